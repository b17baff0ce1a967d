// The mistakes of the LLM-written seed draft (/work/shared/seed-example-draft.md), adapted to the
// sample tutorial, whose time commitment is "30 minutes (core path), 45-60 minutes with the
// optional exercise": a whole-tutorial "60 minutes", invented reading and hands-on estimates, and
// a ticked "No Overclaiming" beside a promise.
import { describe, expect, it } from '@jest/globals'
import { derivedLabel, derivedValues } from '../../src/channels/derived-text.js'
import { guardDraft } from '../../src/guard/index.js'
import { CLAIM_ID, draftText, sample, where } from './helpers.js'

const { tutorial, registry } = sample()

const text = draftText({
  linkedin: 'A hands-on guide that takes you from zero to production-ready in ~60 minutes.',
  'blog-outline': [
    '- **E10** — Run the local demo (5-10 minutes)',
    '',
    '**Estimated reading time**: 12-15 minutes',
    '**Estimated hands-on time**: 45-90 minutes (depending on optional exercises)'
  ].join('\n'),
  checklist: '✅ **No Overclaiming**: Qualified statements, no absolute performance promises'
})

describe('the seed draft mistakes', () => {
  const found = guardDraft({ path: 'seed.draft.md', text }, tutorial, registry, {
    claimId: CLAIM_ID,
    strict: false
  })
  const figures = found.filter((d) => d.rule === 'draft/untraced-figure')

  it('catches the whole-tutorial "60 minutes" that the tutorial never states', () => {
    expect(figures).toContainEqual(
      expect.objectContaining({
        ...where(text, '60 minutes'),
        message: expect.stringContaining('"60 minutes"')
      })
    )
  })

  it('catches the invented reading and hands-on estimates', () => {
    expect(figures).toContainEqual(expect.objectContaining(where(text, '12-15 minutes')))
    expect(figures).toContainEqual(expect.objectContaining(where(text, '45-90 minutes')))
    expect(figures).toHaveLength(3)
  })

  it('catches the promise beside the ticked "No Overclaiming"', () => {
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'draft/absolute-language',
        ...where(text, 'production-ready')
      })
    )
  })

  it('accepts the same estimates when labelled as derived and equal to the derived values', () => {
    const v = derivedValues(tutorial)
    const fixed = text
      .replace(
        '**Estimated reading time**: 12-15 minutes',
        `**${derivedLabel('reading')}**: ${v.reading}`
      )
      .replace(
        '**Estimated hands-on time**: 45-90 minutes (depending on optional exercises)',
        `**${derivedLabel('hands-on')}**: ${v.handsOn}`
      )
      .replace('in ~60 minutes', 'in 30 minutes')
    const again = guardDraft({ path: 'seed.draft.md', text: fixed }, tutorial, registry, {
      claimId: CLAIM_ID,
      strict: true
    })
    expect(again.filter((d) => d.rule === 'draft/untraced-figure')).toEqual([])
  })
})
