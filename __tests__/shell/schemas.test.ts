// The precompiled schema validators (scripts/compile-schemas.mjs) are generated from the schemas
// we ship; a schema edited without regenerating them would validate against the old schema.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/parse.js'
import { validateEntry } from '../../src/claims/schema.js'

describe('precompiled schema validators', () => {
  it('match the schemas (node scripts/compile-schemas.mjs --check)', () => {
    const r = spawnSync(process.execPath, ['scripts/compile-schemas.mjs', '--check'], {
      encoding: 'utf8'
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('reject an unknown config key and a too-short string, naming the line', () => {
    expect(() => parseConfig('tutorials: [a]\nhashtag: [x]\n', 'c.yml')).toThrow(
      /unknown setting "hashtag"/
    )
    expect(() => parseConfig('tutorials:\n  - ""\n', 'c.yml')).toThrow(/invalid config/)
  })

  it('describe a claim entry with a wrong status and a missing field', () => {
    const errors = validateEntry({ id: 'KS-ARCH-001', status: 'Maybe' }, 'claims[0]')
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/claims\[0\]\.status is "Maybe", must be one of/)
      ])
    )
    expect(errors.some((e) => /missing required field "claim"/.test(e.message))).toBe(true)
  })
})
