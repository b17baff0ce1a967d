import { describe, expect, it } from '@jest/globals'
import { claimStatus } from '../../src/guard/rules/claim-status.js'
import { uncitedClaim } from '../../src/guard/rules/uncited-claim.js'
import type { Citation } from '../../src/model.js'
import { claim, registry, run, tutorial, where } from './helpers.js'

const reg = registry([
  claim('KS-ARCH-001'),
  claim('KS-COMP-001'),
  claim('KS-LIMIT-002', 'draft'),
  claim('KS-PERF-009', 'deprecated')
])
const cite = (id: string): Citation => ({
  id,
  file: 'tut/README.md',
  line: 3,
  column: 1,
  context: 'prose',
  sentence: `see ${id}`
})
const tut = tutorial({
  citations: [cite('KS-ARCH-001'), cite('KS-LIMIT-002'), cite('KS-PERF-009')]
})

const text = [
  '## Core Story Summary',
  '',
  '1. Stateless (claim: **KS-ARCH-001**), limited (see KS-LIMIT-002).',
  '2. Fast, per KS-PERF-009 and KS-NOPE-123.',
  '',
  'Compatible: [KS-COMP-001](https://example.com/KS-GONE-404).',
  '',
  '`KS-CODE-777` in code is not a citation.',
  '',
  '```',
  'KS-FENCE-888',
  '```',
  ''
].join('\n')

describe('claim rules on drafts', () => {
  it('validates every claim ID in the prose, at its exact place', () => {
    const out = run(claimStatus, text, tut, reg)
    const got = out.map((d) => ({ rule: d.rule, line: d.line, column: d.column }))
    expect(got).toEqual([
      { rule: 'claim/draft', ...where(text, 'KS-LIMIT-002') },
      { rule: 'claim/deprecated', ...where(text, 'KS-PERF-009') },
      { rule: 'claim/unknown', ...where(text, 'KS-NOPE-123') }
    ])
    expect(out.map((d) => d.claim)).toEqual(['KS-LIMIT-002', 'KS-PERF-009', 'KS-NOPE-123'])
  })

  it('flags registry claims the tutorial never cites', () => {
    const out = run(uncitedClaim, text, tut, reg)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({
      rule: 'draft/uncited-claim',
      severity: 'warning',
      claim: 'KS-COMP-001',
      ...where(text, 'KS-COMP-001')
    })
    expect(out[0]?.message).toContain('KS-COMP-001')
  })
})
