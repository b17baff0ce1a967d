import { describe, expect, it } from '@jest/globals'
import { applyRuleConfig, RULES, diagnostic } from '../src/rules.js'

describe('rules', () => {
  it('applies overrides and drops rules set to off', () => {
    const at = { file: 'a.md', line: 1, column: 1 }
    const d = [diagnostic(RULES.claimDraft, at, 'x'), diagnostic(RULES.claimUnknown, at, 'y')]
    const out = applyRuleConfig(d, { 'claim/draft': 'error', 'claim/unknown': 'off' })
    expect(out).toEqual([{ ...d[0], severity: 'error' }])
  })
})
