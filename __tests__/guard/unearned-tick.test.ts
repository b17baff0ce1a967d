import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { guardDraft } from '../../src/guard/index.js'
import { CLAIM_ID, sample } from './helpers.js'

const { tutorial, registry } = sample()
const opts = { claimId: CLAIM_ID, strict: false }

/**
 * The committed (generated) example draft with its checklist section replaced, and a sentence
 * citing the Draft claim TP-LIMIT-003 added (our writer leaves Draft claims out; people do not).
 */
function withChecklist(lines: string[]): { path: string; text: string } {
  const text = readFileSync('examples/publication-drafts/tidepool-quickstart.draft.md', 'utf8')
  const head = text
    .slice(0, text.indexOf('## Amplification Checklist'))
    .replace(
      '## Talk Abstract',
      'One tenant needs its ingest load split by hand past a certain size (claim: **TP-LIMIT-003**).\n\n## Talk Abstract'
    )
  return { path: 'd.draft.md', text: `${head}## Amplification Checklist\n\n${lines.join('\n')}\n` }
}

const ticks = (text: { path: string; text: string }) =>
  guardDraft(text, tutorial, registry, opts).filter((d) => d.rule === 'draft/unearned-tick')

describe('draft/unearned-tick', () => {
  it('accepts the checklist our generator computed', () => {
    const text = readFileSync('examples/publication-drafts/tidepool-quickstart.draft.md', 'utf8')
    expect(ticks({ path: 'd.draft.md', text })).toEqual([])
  })

  it('flags a ✅ the findings contradict, at the item name, and spares an honest ⚠️', () => {
    const draft = withChecklist([
      '- ✅ **No Overclaiming**',
      '- ✅ **Claims Registry Compliance**: all verified',
      '- ⚠️ **Claims Registry Compliance** — one Draft claim'
    ])
    const found = ticks(draft)
    // the draft cites the Draft claim TP-LIMIT-003: compliance is not earned; nothing
    // in it overclaims, so that tick stands
    expect(found).toHaveLength(1)
    const line = draft.text.split('\n').findIndex((l) => l.includes('all verified')) + 1
    expect(found[0]).toMatchObject({ line, column: 7, severity: 'warning' })
    expect(found[0]!.message).toContain('"Claims Registry Compliance"')
    expect(found[0]!.message).toContain('claim/draft')
  })

  it('judges an overclaim added to the draft against a ticked No Overclaiming', () => {
    const draft = withChecklist(['✅ No Overclaiming'])
    const overclaim = draft.text.replace(
      '## LinkedIn Draft\n',
      '## LinkedIn Draft\n\nUptime is guaranteed.\n'
    )
    const found = ticks({ path: 'd.draft.md', text: overclaim })
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('"No Overclaiming", but the guard found draft/absolute-language')
    ])
  })
})
