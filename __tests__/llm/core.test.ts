// The model writer's pure parts on hand-made fact sheets: the support check, answer confinement,
// prompts, cache record and key, completion checking and fault messages.
import { describe, expect, it } from '@jest/globals'
import { APIError } from 'openai'
import { CHANNELS, channelById } from '../../src/channels/contract.js'
import type { FactSheet } from '../../src/facts/types.js'
import { parseDraftDocument } from '../../src/guard/document.js'
import { sentenceSupport, supportCheck, supportIndex } from '../../src/guard/support.js'
import { extractAnswer } from '../../src/llm/answer.js'
import {
  cacheKey,
  committedSection,
  hash,
  lookup,
  parseRecord,
  renderRecord,
  withoutRecord,
  type WriterRecord
} from '../../src/llm/cache.js'
import { completionText, faultOf, modelKey } from '../../src/llm/client.js'
import { channelMessages, factLine, PROMPT_VERSION, repairMessages } from '../../src/llm/prompt.js'
import { parseConfig } from '../../src/config/parse.js'
import { parseInputs } from '../../src/inputs.js'
import { RULE_IDS } from '../../src/rules.js'
import type { UsageError } from '../../src/errors.js'
import schema from '../../tutorial-amplifier.schema.json' with { type: 'json' }

const SHEET: FactSheet = {
  tutorial: 'harbor-lab',
  dir: 'labs/harbor-lab',
  title: 'Harbor Lab: Queues Without Brokers',
  facts: [
    {
      id: 'F1',
      role: 'problem',
      text: 'Teams running a message broker spend their evenings resizing its disks.',
      source: { file: 'labs/harbor-lab/01-intro.md', line: 4 }
    },
    {
      id: 'F2',
      role: 'approach',
      text: 'Harbor writes every queue segment to object storage and keeps no local state.',
      source: { file: 'labs/harbor-lab/01-intro.md', line: 9, claim: 'HB-ARCH-001' },
      status: 'verified'
    },
    {
      id: 'F3',
      role: 'exercise',
      text: 'E10: Start a local harbor (10-15 minutes)',
      source: { file: 'labs/harbor-lab/02-local.md', line: 1 },
      exercise: {
        id: 'E10',
        title: 'Start a local harbor',
        minutes: { min: 10, max: 15 },
        optional: false
      }
    },
    {
      id: 'F4',
      role: 'limitation',
      text: 'Harbor does not offer exactly-once delivery.',
      source: { file: 'labs/harbor-lab/05-limits.md', line: 12 }
    }
  ]
}

const linkedin = channelById('linkedin')!
const core = channelById('core-story')!

describe('support check', () => {
  const index = supportIndex(SHEET, linkedin)

  it('accepts sentences that restate facts, in other word forms', () => {
    expect(
      sentenceSupport('Harbor keeps no local state: queue segments go to object storage.', index)
        .supported
    ).toBe(true)
    expect(
      sentenceSupport('Teams that run a broker resize disks in the evening.', index).supported
    ).toBe(true)
  })

  it('rejects sentences that bring content of their own, naming the closest fact', () => {
    const r = sentenceSupport(
      'Harbor is trusted by thousands of enterprises across every continent.',
      index
    )
    expect(r.supported).toBe(false)
    expect(r.closest?.id).toBe('F2')
    expect(r.unknown).toEqual(expect.arrayContaining(['trusted', 'thousands', 'enterprises']))
  })

  it('lets short connective sentences pass and reports findings at their line', () => {
    const doc = parseDraftDocument({
      path: 'd.md',
      text: '# T\n\n## LinkedIn Draft\n\nWhy it matters.\n\nHarbor keeps no local state.\nTeams also bake sourdough bread and mend fences every single day.\n'
    })
    const found = supportCheck(doc, SHEET, ['linkedin'], { channels: CHANNELS })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ rule: 'draft/unsupported-sentence', line: 8, column: 1 })
    expect(found[0]!.message).toContain('labs/harbor-lab/01-intro.md')
  })

  it('is a catalogued rule the config accepts', () => {
    expect(RULE_IDS).toContain('draft/unsupported-sentence')
    const names = (schema.properties.rules.propertyNames as { enum: string[] }).enum
    expect(names).toContain('draft/unsupported-sentence')
  })
})

describe('answers are confined to their section', () => {
  it('unwraps a fence around the whole answer and drops a repeated heading', () => {
    const r = extractAnswer(
      '```markdown\n## LinkedIn Draft\n\nHarbor keeps no local state.\n```',
      linkedin
    )
    expect(r).toEqual({ ok: true, markdown: 'Harbor keeps no local state.' })
  })

  it('demotes headings of level 1 and 2, setext ones too, and escapes HTML and markers', () => {
    const r = extractAnswer(
      'Intro line.\n\n# Big\n\nSneaky\n---\n\n<!-- tutorial-amplifier:default -->\n\n</details> @octocat',
      core
    )
    expect(r.ok).toBe(true)
    const md = r.ok ? r.markdown : ''
    expect(md).toContain('### Big')
    expect(md).toContain('### Sneaky')
    expect(md).not.toMatch(/^#{1,2} /m)
    expect(md).not.toContain('<!--')
    expect(md).not.toContain('</details>')
    expect(md).not.toMatch(/@(?=[A-Za-z0-9])/)
  })

  it('refuses empty and oversized answers', () => {
    expect(extractAnswer('```\n```', core).ok).toBe(false)
    expect(extractAnswer('## Core Story Summary', core).ok).toBe(false)
    expect(extractAnswer('x'.repeat(20001), core).ok).toBe(false)
  })
})

describe('prompts', () => {
  it('names the channel, its contract and every fact with ID and source', () => {
    const [system, user] = channelMessages(linkedin, SHEET)
    expect(system!.role).toBe('system')
    expect(user!.content).toMatch(/^Channel: LinkedIn \(linkedin\)\./)
    expect(user!.content).toContain('Limits: 120–180 words.')
    expect(user!.content).toContain('- call-to-action:')
    expect(user!.content).toContain('- untraced-figure:')
    for (const f of SHEET.facts) expect(user!.content).toContain(factLine(f))
    expect(JSON.parse(factLine(SHEET.facts[1]!))).toEqual({
      id: 'F2',
      role: 'approach',
      text: SHEET.facts[1]!.text,
      source: 'labs/harbor-lab/01-intro.md:9',
      claim: 'HB-ARCH-001',
      status: 'verified'
    })
  })

  it('fences the facts with more backticks than any fact holds', () => {
    const sheet = { ...SHEET, facts: [{ ...SHEET.facts[0]!, text: 'uses ```` fences' }] }
    expect(channelMessages(linkedin, sheet)[1]!.content).toContain('`````jsonl')
  })

  it('a repair request carries the answer and the findings', () => {
    const first = channelMessages(core, SHEET)
    const m = repairMessages(first, 'old answer', [
      { rule: 'draft/untraced-figure', severity: 'warning', message: 'figure "90%" …', line: 2 }
    ])
    expect(m.map((x) => x.role)).toEqual(['system', 'user', 'assistant', 'user'])
    expect(m[3]!.content).toContain('- line 2: draft/untraced-figure — figure "90%" …')
  })
})

describe('cache', () => {
  const key = cacheKey(core, SHEET, 'm/one')

  it('keys on fact sheet, contract, model and prompt version', () => {
    expect(cacheKey(core, SHEET, 'm/one')).toBe(key)
    expect(cacheKey(core, SHEET, 'm/two')).not.toBe(key)
    expect(cacheKey(linkedin, SHEET, 'm/one')).not.toBe(key)
    const other = { ...core, limits: { points: { min: 1, max: 4 } } }
    expect(cacheKey(other, SHEET, 'm/one')).not.toBe(key)
    const moved = {
      ...SHEET,
      facts: SHEET.facts.map((f, i) => (i === 0 ? { ...f, source: { ...f.source, line: 5 } } : f))
    }
    expect(cacheKey(core, moved, 'm/one')).not.toBe(key)
    expect(PROMPT_VERSION).toBeGreaterThan(0)
  })

  const body = '1. Harbor keeps no local state.'
  const record: WriterRecord = {
    model: 'm/one',
    channels: [{ name: 'core-story', source: 'llm', rounds: 1, key, text: hash(body) }]
  }
  const draft = `# T\n\n_provenance_\n\n${renderRecord(record)}\n\n## Core Story Summary\n\n${body}\n\n## LinkedIn Draft\n\nx\n`

  it('round-trips the record and finds the committed section', () => {
    expect(parseRecord(draft)).toEqual(record)
    expect(committedSection(draft, core)).toBe(body)
    expect(lookup({ markdown: draft, record }, core, key, 'm/one')).toEqual({
      kind: 'text',
      markdown: body,
      rounds: 1
    })
    expect(withoutRecord(draft)).not.toContain('tutorial-amplifier-writer')
  })

  it('reuses nothing when the model, the key or the text changed, or the record is garbage', () => {
    expect(lookup({ markdown: draft, record }, core, key, 'm/two').kind).toBe('none')
    expect(lookup({ markdown: draft, record }, core, 'other', 'm/one').kind).toBe('none')
    const edited = draft.replace(body, '1. Harbor is the best.')
    expect(lookup({ markdown: edited, record }, core, key, 'm/one').kind).toBe('none')
    expect(parseRecord('<!-- tutorial-amplifier-writer {"v":1,"model":3} -->')).toBeUndefined()
    expect(parseRecord('<!-- tutorial-amplifier-writer {not json} -->')).toBeUndefined()
  })

  it('remembers a non-compliant fallback, never a faulty one', () => {
    const fb: WriterRecord = {
      model: 'm/one',
      channels: [
        { name: 'core-story', source: 'fallback', rounds: 2, key, rules: ['draft/length'] },
        { name: 'linkedin', source: 'fallback', rounds: 0, fault: 'timeout' }
      ]
    }
    expect(lookup({ markdown: '', record: fb }, core, key, 'm/one')).toEqual({
      kind: 'fallback',
      rounds: 2,
      rules: ['draft/length']
    })
    expect(lookup({ markdown: '', record: fb }, linkedin, key, 'm/one').kind).toBe('none')
  })
})

describe('client helpers', () => {
  it('reads the key from TUTORIAL_AMPLIFIER_LLM_KEY, else GITHUB_TOKEN, else the fallback', () => {
    expect(modelKey({ TUTORIAL_AMPLIFIER_LLM_KEY: 'a', GITHUB_TOKEN: 'b' }, 'c')).toBe('a')
    expect(modelKey({ GITHUB_TOKEN: 'b' }, 'c')).toBe('b')
    expect(modelKey({}, 'c')).toBe('c')
    expect(modelKey({ TUTORIAL_AMPLIFIER_LLM_KEY: ' ' })).toBeUndefined()
  })

  it('accepts only a completion with text that was not cut off', () => {
    const ok = { choices: [{ message: { content: 'hi' }, finish_reason: 'stop' }] }
    expect(completionText(ok)).toEqual({ text: 'hi' })
    expect(completionText('<html>')).toHaveProperty('problem')
    expect(completionText({ choices: [] })).toHaveProperty('problem')
    expect(completionText({ choices: [{ message: { content: '' } }] })).toHaveProperty('problem')
    expect(
      completionText({ choices: [{ message: { content: 'hi' }, finish_reason: 'length' }] })
    ).toHaveProperty('problem')
  })

  it('turns an API error into one line without the key', () => {
    const e = APIError.generate(
      403,
      { message: 'token sk-live-123 lacks models: read\nBearer sk-live-123' },
      undefined,
      new Headers()
    )
    const f = faultOf(e, 'sk-live-123', 60)
    expect(f.kind).toBe('refused')
    expect(f.message).not.toContain('sk-live-123')
    expect(f.message).not.toContain('\n')
  })
})

describe('configuration', () => {
  it('parses writer: and refuses unknown channels with the line', () => {
    const c = parseConfig(
      'writer:\n  kind: llm\n  model: llama3.2:3b\n  endpoint: http://127.0.0.1:11434/v1\n  maxRounds: 1\n  timeoutSeconds: 120\n  channels: [linkedin]\n',
      'cfg.yml'
    )
    expect(c.writer).toEqual({
      kind: 'llm',
      model: 'llama3.2:3b',
      endpoint: 'http://127.0.0.1:11434/v1',
      maxRounds: 1,
      timeoutSeconds: 120,
      channels: ['linkedin']
    })
    const where = (text: string): string => {
      try {
        parseConfig(text, 'cfg.yml')
      } catch (e) {
        return (e as UsageError).line
      }
      return ''
    }
    // a known post channel is not "unknown": it is one only the deterministic writer writes
    expect(where('writer:\n  channels: [newsletter]\n')).toMatch(
      /^cfg\.yml:2:1: invalid config: writer\.channels names "newsletter", a post of its own that only the deterministic writer writes \(the model writes: core-story, linkedin, /
    )
    expect(where('writer:\n  channels: [x-thread]\n')).toMatch(
      /names "x-thread", a post of its own/
    )
    expect(where('writer:\n  channels: [mastodon]\n')).toMatch(
      /^cfg\.yml:2:1: invalid config: writer\.channels names an unknown channel "mastodon"/
    )
    expect(where('writer:\n  model: "a b"\n')).toMatch(/^cfg\.yml:2:1: invalid config/)
    expect(() => parseConfig('writer:\n  kind: gpt\n', 'cfg.yml')).toThrow(/invalid config/)
  })

  it('reads the action inputs writer, llm-model and llm-endpoint', () => {
    const get = (v: Record<string, string>) => (n: string) => v[n] ?? ''
    expect(parseInputs(get({})).writer).toEqual({
      kind: 'deterministic',
      model: 'openai/gpt-4.1-mini',
      endpoint: 'https://models.github.ai/inference'
    })
    expect(parseInputs(get({ writer: 'llm', 'llm-model': 'x/y' })).writer.kind).toBe('llm')
    expect(() => parseInputs(get({ writer: 'gpt' }))).toThrow(/input "writer"/)
    expect(() => parseInputs(get({ 'llm-endpoint': 'ftp://x' }))).toThrow(/input "llm-endpoint"/)
  })
})
