import { describe, expect, it } from '@jest/globals'
import { derivedLabel, derivedValues } from '../../src/channels/derived-text.js'
import { untracedFigure } from '../../src/guard/rules/untraced-figure.js'
import { block, claim, exercise, registry, run, tutorial, where } from './helpers.js'

const tut = tutorial({
  blocks: [
    block('Time commitment: 30 minutes (core path 45-60 minutes with the optional exercise).'),
    block('The demo writes 25 messages.', 'paragraph', 5)
  ],
  exercises: [exercise('E10', '15-20 minutes', 15, 20), exercise('E20', '10 minutes', 10)]
})
const reg = registry([claim('KS-PERF-001', 'verified', 'Object storage adds 10-50ms per read.')])

function draft(...lines: string[]): string {
  return ['# Draft', '', '## Core Story Summary', '', ...lines, ''].join('\n')
}

describe('draft/untraced-figure', () => {
  it('accepts figures stated by the tutorial, its exercises or the registry', () => {
    const text = draft(
      'It takes 30 minutes; with the option 45–60 min.',
      'E10 needs 15-20 minutes and E20 10 min.',
      'Reads add 10–50 ms (claim: **KS-PERF-001**) and the demo writes 25 messages.'
    )
    expect(run(untracedFigure, text, tut, reg)).toEqual([])
  })

  it('flags a duration that is not stated, at its exact place, quoting it', () => {
    const text = draft('Intro line.', 'Go from zero to a running cluster in 60 minutes.')
    const out = run(untracedFigure, text, tut, reg)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({
      rule: 'draft/untraced-figure',
      severity: 'warning',
      file: 'drafts/demo.draft.md',
      ...where(text, '60 minutes')
    })
    expect(out[0]?.message).toContain('"60 minutes"')
  })

  it('quotes the statement about the same thing, not one that only shares a number', () => {
    // "20" is in E10's "15-20 minutes"; "core path" is the time commitment's sentence
    const timed = tutorial({
      ...tut,
      timeCommitment: {
        text: 'Core path: 30 minutes',
        estimate: { text: '30 minutes', minMinutes: 30, maxMinutes: 30 },
        file: 'README.md',
        line: 3,
        column: 1
      }
    })
    const out = run(untracedFigure, draft('The core path takes 20 minutes.'), timed, reg)
    expect(out).toHaveLength(1)
    expect(out[0]?.message).toMatch(
      /^"20 minutes" is not in the tutorial; it states "30 minutes" as the core path \(README\.md:3\)/
    )
  })

  it('does not trace a sub-range or a wider range of a stated range', () => {
    const text = draft('Plan 45 minutes.', '', 'Or 45-90 minutes.')
    const out = run(untracedFigure, text, tut, reg)
    expect(out.map((d) => [d.line, d.column])).toEqual([
      [where(text, '45 minutes').line, where(text, '45 minutes').column],
      [where(text, '45-90').line, where(text, '45-90').column]
    ])
  })

  it('is an error under strict', () => {
    const out = run(untracedFigure, draft('Adds 99.99% uptime.'), tut, reg, true)
    expect(out.map((d) => d.severity)).toEqual(['error'])
  })

  it('skips list numbers, claim and exercise IDs, ordinals, code, URLs and file names', () => {
    const text = draft(
      '1. First point about KS-PERF-001 and E20.',
      '2. See [docs](https://example.com/?t=500ms) and https://example.com/?t=30s, www.example.com/?t=20s.',
      '3. Run `sleep 90s` and read `01-introduction.md` or 02-local-demo.md.',
      '',
      '### Part 2: Hands-on',
      '',
      '### 3. Production',
      '',
      'You learn (1) this and (2) that. Introduction (2-3 paragraphs).',
      '',
      '```',
      'retention: 15 days',
      '```'
    )
    expect(run(untracedFigure, text, tut, reg)).toEqual([])
  })

  it('accepts a derived estimate only with its label and only when it equals the derived value', () => {
    const values = derivedValues(tut)
    expect(values.handsOn).toBeDefined()
    const label = derivedLabel('hands-on')
    const good = draft(`**${label}**: ${values.handsOn}`)
    expect(run(untracedFigure, good, tut, reg)).toEqual([])
    // the same value without the label is just an untraced figure (unless the tutorial states it)
    const wrong = draft(`**${label}**: 45-90 minutes`)
    const out = run(untracedFigure, wrong, tut, reg)
    expect(out).toHaveLength(1)
    expect(out[0]?.message).toContain(`"${values.handsOn}"`)
    expect(out[0]).toMatchObject(where(wrong, '45-90'))
  })

  it('ignores the talk format line but not the abstract prose', () => {
    const text = [
      '## Talk Abstract',
      '',
      'A talk about a 3x speed-up.',
      '',
      '**Format**: 40-minute talk + 10-minute Q&A'
    ].join('\n')
    const out = run(untracedFigure, text, tut, reg)
    expect(out.map((d) => d.message)).toEqual([expect.stringContaining('"3x"')])
  })
})
