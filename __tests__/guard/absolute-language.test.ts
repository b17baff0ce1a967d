import { describe, expect, it } from '@jest/globals'
import { absoluteLanguage } from '../../src/guard/rules/absolute-language.js'
import { block, draftText, run, tutorial, where } from './helpers.js'

const tut = tutorial({
  blocks: [
    block('Always stop the demo before you switch profiles.'),
    block('Vendors like to promise "zero downtime"; we do not.', 'paragraph', 3),
    block('echo production-ready', 'code', 5),
    block('Our product is bulletproof.', 'blockquote', 7)
  ]
})

describe('draft/absolute-language', () => {
  it('flags promises the tutorial does not make, at their exact place', () => {
    const text = draftText({
      linkedin:
        'You always stop the demo first. Upgrades with Zero-Downtime and a\n' +
        'production-ready setup, scaling instantly; `instantly` in code is fine.',
      'readme-snippet': 'It is bulletproof and the fastest option.',
      checklist: '✅ **No Overclaiming**: no guarantees are made'
    })
    const out = run(absoluteLanguage, text, tut)
    expect(out.map((d) => [d.line, d.column])).toEqual(
      ['Zero-Downtime', 'production-ready', 'instantly;', 'bulletproof', 'the fastest'].map((n) => {
        const w = where(text, n)
        return [w.line, w.column]
      })
    )
    expect(out.every((d) => d.rule === 'draft/absolute-language' && d.severity === 'warning')).toBe(
      true
    )
    expect(out[0]?.message).toContain('"Zero-Downtime"')
  })

  it('reports nothing when the draft makes no promises', () => {
    expect(run(absoluteLanguage, draftText({ linkedin: 'A calm, factual post.' }), tut)).toEqual([])
  })
})
