import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import schema from '../../tutorial-amplifier.schema.json' with { type: 'json' }
import { parseConfig } from '../../src/config/parse.js'
import { loadConfig } from '../../src/config/load.js'
import { DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import { UsageError } from '../../src/errors.js'
import { RULE_IDS } from '../../src/rules.js'

function usage(fn: () => unknown): UsageError {
  try {
    fn()
  } catch (e) {
    if (e instanceof UsageError) return e
    throw e
  }
  throw new Error('expected a UsageError')
}

describe('parseConfig', () => {
  it('applies defaults to an empty file', () => {
    const c = parseConfig('', 'c.yml')
    expect(c.claimIdPattern).toBe(DEFAULT_CLAIM_ID_PATTERN)
    expect(c.draftFileName).toBe('{tutorial}.draft.md')
    expect(c.tutorials).toEqual([])
    expect(c.source).toBe('c.yml')
  })

  it('reads every documented setting', () => {
    const c = parseConfig(
      [
        'tutorials: [a/t1]',
        'claims: [reg]',
        'drafts: { dir: out, fileName: "{tutorial}.md" }',
        "claimIdPattern: 'ACME-[0-9]{4}'",
        'rules: { claim/draft: error, claim/uncited-figure: off }',
        'tutorialUrl: https://docs.example.com/{tutorial}',
        'hashtags: [Metrics, "#Ops"]',
        'talk: { format: 30-minute talk, audience: SREs, level: Intermediate }'
      ].join('\n'),
      'c.yml'
    )
    expect(c).toMatchObject({
      tutorials: ['a/t1'],
      claims: ['reg'],
      draftsDir: 'out',
      draftFileName: '{tutorial}.md',
      claimIdPattern: 'ACME-[0-9]{4}',
      rules: { 'claim/draft': 'error', 'claim/uncited-figure': 'off' },
      tutorialUrls: { '*': 'https://docs.example.com/{tutorial}' },
      hashtags: ['#Metrics', '#Ops'],
      talk: { format: '30-minute talk', audience: 'SREs', level: 'Intermediate' }
    })
  })

  it('accepts a per-tutorial URL map', () => {
    const c = parseConfig('tutorialUrl:\n  t1: https://x/1\n  "*": https://x/other\n', 'c.yml')
    expect(c.tutorialUrls).toEqual({ t1: 'https://x/1', '*': 'https://x/other' })
  })

  it('names file, line and column of a YAML syntax error', () => {
    const e = usage(() => parseConfig('tutorials:\n  - a\n  b: [\n', 'cfg.yml'))
    expect(e.where).toMatch(/^cfg\.yml:\d+:\d+$/)
    expect(e.message).toMatch(/^invalid YAML/)
  })

  it('refuses unknown settings and unknown rules, with the line', () => {
    const e1 = usage(() => parseConfig('tutorials: []\nhashtag: [x]\n', 'cfg.yml'))
    expect(e1.line).toBe('cfg.yml:2:1: invalid config: unknown setting "hashtag"')
    const e2 = usage(() => parseConfig('rules:\n  claim/nope: error\n', 'cfg.yml'))
    expect(e2.message).toContain('unknown rule "claim/nope"')
    expect(e2.where).toBe('cfg.yml:2:1')
  })

  it('refuses a bad severity and a wrong type', () => {
    expect(usage(() => parseConfig('rules: { claim/draft: loud }', 'c.yml')).message).toMatch(
      /rules\/claim~1draft|allowed values/
    )
    expect(usage(() => parseConfig('tutorials: examples', 'c.yml')).message).toContain(
      '/tutorials must be array'
    )
  })

  it('refuses a claim-ID pattern that does not compile or matches nothing', () => {
    expect(usage(() => parseConfig("claimIdPattern: '[A-'", 'c.yml')).message).toContain(
      'claimIdPattern'
    )
    expect(usage(() => parseConfig("claimIdPattern: 'X*'", 'c.yml')).message).toContain(
      'empty string'
    )
  })

  it('keeps the schema rule list equal to the rule catalogue', () => {
    const rules = schema.properties.rules.propertyNames.enum
    expect([...rules].sort()).toEqual([...RULE_IDS].sort())
  })
})

describe('loadConfig', () => {
  const ws = (): { root: string; cwd: string } => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ta-config-'))
    return { root, cwd: root }
  }

  it('finds .github/tutorial-amplifier.yml, else uses defaults', () => {
    const w = ws()
    expect(loadConfig(w).source).toBeUndefined()
    mkdirSync(path.join(w.root, '.github'))
    writeFileSync(path.join(w.root, '.github/tutorial-amplifier.yml'), 'hashtags: [A]\n')
    const c = loadConfig(w)
    expect(c.source).toBe('.github/tutorial-amplifier.yml')
    expect(c.hashtags).toEqual(['#A'])
  })

  it('refuses a missing explicit file and one outside the workspace', () => {
    const w = ws()
    expect(usage(() => loadConfig(w, 'nope.yml')).message).toBe(
      'config file "nope.yml" does not exist'
    )
    expect(usage(() => loadConfig(w, '../elsewhere.yml')).message).toContain(
      'outside the workspace'
    )
  })

  it('ships this repository a config that validates', () => {
    const text = readFileSync('.github/tutorial-amplifier.yml', 'utf8')
    expect(parseConfig(text, 'x').tutorials).toEqual(['examples/tidepool-quickstart'])
  })
})
