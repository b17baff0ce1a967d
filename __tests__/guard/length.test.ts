import { describe, expect, it } from '@jest/globals'
import { length } from '../../src/guard/rules/length.js'
import { draftText, run, where, words } from './helpers.js'

const ok = {
  'core-story': '1. One.\n2. Two.\n3. Three.',
  linkedin: words(150),
  'readme-snippet': ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n'),
  'talk-abstract': words(150)
}

describe('draft/length', () => {
  it('accepts sections within their limits', () => {
    expect(run(length, draftText(ok))).toEqual([])
  })

  it('counts core story points and points at the first one too many', () => {
    const core = [
      '- A.',
      '- B.',
      '  - nested, not a point',
      '- C.',
      '- D.',
      '- E.',
      '- F sixth.'
    ].join('\n')
    const text = draftText({ ...ok, 'core-story': core })
    const out = run(length, text)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({
      rule: 'draft/length',
      severity: 'warning',
      ...where(text, '- F sixth.')
    })
    expect(out[0]?.message).toContain('6 points (limit 5)')
    expect(out[0]?.message).toContain('"F sixth."')
  })

  it('counts LinkedIn words, hashtags included, and reports the count and the limit', () => {
    const text = draftText({ ...ok, linkedin: `First ${words(178)}\n\n#one #two` })
    const out = run(length, text)
    expect(out).toHaveLength(1)
    expect(out[0]?.message).toContain('181 words (limit 120–180)')
    expect(out[0]).toMatchObject(where(text, 'First word'))
  })

  it('reports a too short LinkedIn draft', () => {
    const out = run(length, draftText({ ...ok, linkedin: words(119) }))
    expect(out.map((d) => d.message)).toEqual([expect.stringContaining('too short: 119 words')])
  })

  it('counts non-empty README lines, not thematic breaks', () => {
    const snippet = ['a', '', 'b', '', 'c', 'd', 'e', '', '---'].join('\n')
    const text = draftText({ ...ok, 'readme-snippet': snippet })
    const out = run(length, text)
    expect(out).toHaveLength(1)
    expect(out[0]?.message).toContain('5 non-empty lines (limit 6–8)')
    const nine = draftText({ ...ok, 'readme-snippet': Array(9).fill('x').join('\n') })
    expect(run(length, nine)[0]?.message).toContain('9 non-empty lines')
  })

  it('excludes the talk metadata lines from the word count, as the generator does', () => {
    const talk = (n: number) =>
      [
        '**Title**: A title with several words in it',
        '',
        words(n),
        '',
        '- **Audience**: platform engineers and architects evaluating storage',
        '- **Level:** Intermediate',
        '**Format**: 30-minute talk with a live demo and questions'
      ].join('\n')
    // 125 words of prose: in the band only when the 24 metadata words are left out
    expect(run(length, draftText({ ...ok, 'talk-abstract': talk(125) }))).toEqual([])
    const short = run(length, draftText({ ...ok, 'talk-abstract': talk(100) }))
    expect(short.map((d) => d.message)).toEqual([
      expect.stringContaining('too short: 100 words (limit 120–180)')
    ])
    const long = run(length, draftText({ ...ok, 'talk-abstract': talk(170) }))
    expect(long).toEqual([])
  })
})
