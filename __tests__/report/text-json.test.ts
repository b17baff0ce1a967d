import { ansi } from '../../src/cli/color.js'
import { describe, expect, it } from '@jest/globals'
import { selectAnnotations } from '../../src/report/annotations.js'
import { markerFor, renderComment } from '../../src/report/comment.js'
import { checkJson, generateJson } from '../../src/report/json.js'
import { renderText } from '../../src/report/text.js'
import { checkResult, claim, diag, draft, generateResult, tutorial } from './fixtures.js'

const t1 = tutorial('101_kafscale', {
  citations: [
    {
      id: 'KS-LIMIT-001',
      file: 'tutorials/101_kafscale/01-intro.md',
      line: 4,
      column: 12,
      context: 'prose',
      sentence: 's'
    }
  ]
})
const diagnostics = [
  diag(
    'warning',
    'tutorials/101_kafscale/01-intro.md',
    9,
    'KS-ARCH-002 is Draft',
    'claim/draft',
    'KS-ARCH-002'
  ),
  diag(
    'error',
    'tutorials/101_kafscale/01-intro.md',
    12,
    'KS-NOPE-001 is not in the registry',
    'claim/unknown',
    'KS-NOPE-001'
  ),
  diag('info', 'claims/limitations.md', 3, 'KS-LIMIT-009 is never cited', 'claim/unreferenced')
]

describe('renderText', () => {
  it('prints one aligned line per diagnostic, worst first, then a summary', () => {
    const out = renderText(
      checkResult([t1], diagnostics, [
        claim('KS-LIMIT-001', 'verified', 3),
        claim('KS-ARCH-002', 'draft', 9)
      ])
    )
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toBe(
      'tutorials/101_kafscale/01-intro.md:12:3  error    KS-NOPE-001 is not in the registry  [claim/unknown]'
    )
    expect(lines[1]).toMatch(
      /^tutorials\/101_kafscale\/01-intro\.md:9:3 {3}warning {2}KS-ARCH-002 is Draft {2}\[claim\/draft\]$/
    )
    expect(lines[2]).toMatch(/^claims\/limitations\.md:3:3 +info {5}KS-LIMIT-009/)
    // columns line up
    expect(lines[0]?.indexOf('error')).toBe(lines[2]?.indexOf('info'))
    expect(lines[3]).toBe('')
    expect(lines[4]).toBe('✖ 1 error, 1 warning, 1 info in 1 tutorial, 2 claims')
  })

  it('says so when there is nothing to report', () => {
    expect(renderText(checkResult([t1, tutorial('b')], []))).toBe(
      '✔ no problems in 2 tutorials, 1 claim\n'
    )
    expect(renderText(checkResult([t1], [diagnostics[2]!]))).toContain('✔ 1 info in 1 tutorial')
  })

  it('colours only on request, and never lets content reach the terminal raw', () => {
    const evil = diag('error', 'a.md', 1, 'bad\u001b[2J\nnext\u202eline')
    const plain = renderText(checkResult([], [evil]))
    expect(plain).not.toContain('\u001b')
    expect(plain).not.toContain('\u202e')
    expect(plain.split('\n')[0]).toContain('bad?[2J next?line')
    const coloured = renderText(checkResult([], [evil]), { paint: ansi })
    expect(coloured).toContain('\u001b[31merror\u001b[39m')
    expect(coloured).not.toContain('\u001b[2J')
  })

  it('is deterministic whatever order the diagnostics come in', () => {
    const a = renderText(checkResult([t1], diagnostics))
    const b = renderText({
      ...checkResult([t1], diagnostics),
      diagnostics: [...diagnostics].reverse()
    })
    expect(a).toBe(b)
  })
})

describe('checkJson', () => {
  it('has exactly the contract keys', () => {
    const json = checkJson(checkResult([t1], diagnostics, [claim('KS-LIMIT-001', 'verified', 3)]))
    expect(Object.keys(json).sort()).toEqual([
      'diagnostics',
      'drafts',
      'registry',
      'summary',
      'tutorials'
    ])
    expect(json.drafts).toEqual([])
    expect(Object.keys(json.registry)).toEqual(['claims'])
    expect(json.registry.claims).toEqual([
      { id: 'KS-LIMIT-001', status: 'verified', file: 'claims/limitations.md', line: 3 }
    ])
    expect(json.tutorials).toEqual([
      {
        path: 'tutorials/101_kafscale',
        title: 'Title of 101_kafscale',
        order: 'single',
        chapters: [],
        skipped: [],
        exercises: [],
        diagrams: [],
        citations: [
          { id: 'KS-LIMIT-001', file: 'tutorials/101_kafscale/01-intro.md', line: 4, column: 12 }
        ]
      }
    ])
    expect(json.diagnostics[0]).toEqual({
      rule: 'claim/unknown',
      severity: 'error',
      message: 'KS-NOPE-001 is not in the registry',
      file: 'tutorials/101_kafscale/01-intro.md',
      line: 12,
      column: 3,
      claim: 'KS-NOPE-001'
    })
    expect(Object.keys(json.diagnostics[2]!)).toEqual([
      'rule',
      'severity',
      'message',
      'file',
      'line',
      'column'
    ])
    expect(json.summary).toEqual({ errors: 1, warnings: 1, infos: 1 })
  })

  it('maps every path through cwdRelative', () => {
    const json = checkJson(checkResult([t1], diagnostics), (p) => `../${p}`)
    const paths = [
      ...json.registry.claims.map((c) => c.file),
      ...json.tutorials.flatMap((t) => [t.path, ...t.citations.map((c) => c.file)]),
      ...json.diagnostics.map((d) => d.file)
    ]
    expect(paths.length).toBeGreaterThan(4)
    for (const p of paths) expect(p.startsWith('../')).toBe(true)
  })
})

describe('generateJson', () => {
  it('lists each draft with its sections, question count and checklist', () => {
    const guard = diag(
      'warning',
      'tutorials/101_kafscale/publication-drafts/101_kafscale.draft.md',
      5,
      'untraced 45-90 minutes',
      'draft/untraced-figure'
    )
    const fact = {
      id: 'F1',
      role: 'product' as const,
      text: 'KafScale',
      source: { file: 'tutorials/101_kafscale/README.md', line: 1, column: 1 }
    }
    const d = draft(t1, {
      diagnostics: [guard],
      facts: { tutorial: t1.name, dir: t1.dir, title: t1.title, facts: [fact] },
      posts: [
        {
          channel: 'newsletter',
          fileName: 'newsletter-draft__101_kafscale.md',
          path: 'tutorials/101_kafscale/publication-drafts/newsletter-draft__101_kafscale.md',
          markdown: '# Newsletter Blurb — x\n',
          diagnostics: []
        }
      ]
    })
    const json = generateJson(generateResult([t1], diagnostics, [d]))
    expect(Object.keys(json).sort()).toEqual(['diagnostics', 'drafts', 'summary'])
    expect(json.drafts).toEqual([
      {
        tutorial: '101_kafscale',
        path: 'tutorials/101_kafscale/publication-drafts/101_kafscale.draft.md',
        sections: [
          'Core Story Summary',
          'LinkedIn Draft',
          'Medium / Blog Outline',
          'GitHub README Snippet',
          'Talk Abstract',
          'Open Questions / Clarifications Needed',
          'Amplification Checklist'
        ],
        openQuestions: 1,
        checklist: [
          { item: 'Technical Accuracy', status: 'pass' },
          { item: 'No Overclaiming', status: 'warn', reason: 'one figure untraced' }
        ],
        facts: [fact],
        posts: [
          {
            channel: 'newsletter',
            path: 'tutorials/101_kafscale/publication-drafts/newsletter-draft__101_kafscale.md',
            markdown: '# Newsletter Blurb — x\n'
          }
        ]
      }
    ])
    // the renderer lists the run's diagnostics; the engine puts the guard's findings on its own
    // drafts there (see __tests__/engine/self-check.test.ts), the renderer adds none of its own
    expect(json.diagnostics.filter((x) => x.rule === 'draft/untraced-figure')).toHaveLength(0)
    expect(json.summary).toEqual({ errors: 1, warnings: 1, infos: 1 })
  })
})

describe('committed drafts in the reports', () => {
  const file = 'tutorials/publication-drafts/linkedin-draft__101_kafscale.md'
  const found = {
    rule: 'draft/untraced-figure',
    severity: 'warning' as const,
    message: '"60 minutes" is not in the tutorial',
    file,
    line: 7,
    column: 3
  }
  const result = {
    ...checkResult([t1], [found]),
    guarded: [{ path: file, tutorial: '101_kafscale', channel: 'linkedin' }]
  }

  it('lists each guarded draft in the check JSON, paths mapped like the rest', () => {
    expect(checkJson(result, (p) => `./${p}`).drafts).toEqual([
      { path: `./${file}`, tutorial: '101_kafscale', channel: 'linkedin' }
    ])
  })

  it("shows the draft's findings under its own file in the comment", () => {
    const body = renderComment({ ...result, drafts: [] }, { marker: markerFor() })
    expect(body).toContain(`| ${file} | 101_kafscale | linkedin | 0 | 1 |`)
    expect(body).toContain(`| ⚠️ | ${file}:7 | draft/untraced-figure |`)
    const [a] = selectAnnotations([found]).annotations
    expect([a?.file, a?.startLine, a?.startColumn]).toEqual([file, 7, 3])
  })
})
