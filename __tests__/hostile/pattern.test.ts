// The claim-ID pattern check (issue 14, item 3) on its own: which user patterns are refused, and
// how open-ended quantifiers are bounded. The CLI cases in cases.ts show the same end to end.
import { describe, expect, it } from '@jest/globals'
import { MAX_REPEAT, safeClaimIdPattern } from '../../src/config/pattern.js'
import { claimIdRegExp } from '../../src/config/types.js'

describe('safeClaimIdPattern', () => {
  it.each(['(a+)+b', '(a|a)*b', '\\S+\\S+x', '([A-Z]+)*-\\d'])('refuses %s', (p) => {
    const r = safeClaimIdPattern(p)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(/backtrack catastrophically/)
  })

  it.each([
    ['KS-(?:ARCH|COMP|LIMIT|PERF)-\\d{3}', 'KS-(?:ARCH|COMP|LIMIT|PERF)-\\d{3}'],
    ['[A-Z]+-[A-Z]+-\\d+', `[A-Z]{1,${MAX_REPEAT}}-[A-Z]{1,${MAX_REPEAT}}-\\d{1,${MAX_REPEAT}}`],
    ['E\\d*?', `E\\d{0,${MAX_REPEAT}}?`],
    ['X-\\d{2,}', `X-\\d{2,${MAX_REPEAT}}`]
  ])('accepts %s and bounds it as %s', (p, bounded) => {
    expect(safeClaimIdPattern(p)).toEqual({ ok: true, source: bounded })
  })

  it('still finds real IDs with the bounded pattern', () => {
    const r = safeClaimIdPattern('[A-Z]+-[A-Z]+-\\d+')
    if (!r.ok) throw new Error(r.reason)
    const ids = [...'see KS-ARCH-001 and TP-LIMIT-1234.'.matchAll(claimIdRegExp(r.source))]
    expect(ids.map((m) => m[0])).toEqual(['KS-ARCH-001', 'TP-LIMIT-1234'])
  })

  it('keeps matching linear in the line length', () => {
    const r = safeClaimIdPattern('[A-Z]+-\\S+')
    if (!r.ok) throw new Error(r.reason)
    // unbounded, this line costs ~ (n/4)·n steps; bounded, ~ (n/4)·64: count matches, not time
    const line = 'A-a.'.repeat(50_000)
    const found = [...line.matchAll(claimIdRegExp(r.source))].length
    expect(found).toBeGreaterThan(0)
  })

  it('refuses what does not parse', () => {
    expect(safeClaimIdPattern('[A-').ok).toBe(false)
  })
})
