// `claim/lookalike-id`: IDs written with a confusable or invisible character are reported at the
// character, naming its code point and the ASCII ID it looks like; real IDs, words of other
// scripts and invisible characters around an ID stay quiet. Through the engine, in chapters,
// registry files and committed drafts alike.
import { describe, expect, it } from '@jest/globals'
import { describeChar, findLookalikes, lookalikeDiagnostics } from '../../src/claims/lookalike.js'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN, defaultConfig } from '../../src/config/types.js'
import { check } from '../../src/engine.js'

const ID = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)
const ids = (text: string, re = ID) => findLookalikes(text, re).map((l) => l.ascii)

describe('findLookalikes', () => {
  it('maps confusable letters, fullwidth forms, other dashes and digits to the ID they imitate', () => {
    expect(ids('see XX-\u0410RCH-001 now')).toEqual(['XX-ARCH-001']) // Cyrillic А
    expect(ids('(claim: **KS-\u0391RCH-002**)')).toEqual(['KS-ARCH-002']) // Greek Α
    expect(ids('\uff2b\uff33-ARCH-003')).toEqual(['KS-ARCH-003']) // fullwidth
    expect(ids('KS\u2011ARCH\u2013004')).toEqual(['KS-ARCH-004']) // non-breaking hyphen, en dash
    expect(ids('KS-ARCH-00\u0661')).toEqual(['KS-ARCH-001']) // Arabic-Indic one
    expect(ids('KS-ARCH-\ud835\udfce\ud835\udfcf\ud835\udfd0')).toEqual(['KS-ARCH-012']) // math digits
  })

  it('finds invisible characters inside an ID, not around it', () => {
    expect(ids('KS-ARCH\u200b-005')).toEqual(['KS-ARCH-005'])
    expect(ids('KS-AR\u00adCH-006 and KS-\u2060ARCH-007')).toEqual(['KS-ARCH-006', 'KS-ARCH-007'])
    expect(ids('KS-ARCH-008\u200b, \ufeffKS-ARCH-009')).toEqual([])
  })

  it('leaves real IDs, ordinary words of any script and non-IDs alone', () => {
    expect(ids('KS-ARCH-001 is cited, «Привет мир», café, naïve, ΑΒΓ, ١٢٣, 45–60 minutes')).toEqual(
      []
    )
    expect(ids('XX-АRCH-01 has two digits')).toEqual([])
  })

  it('follows the configured pattern', () => {
    const wavelet = claimIdRegExp('WV-[0-9]{4}')
    expect(ids('WV-12\u200b34 and WV-\u0661\u0662\u0663\u0664', wavelet)).toEqual([
      'WV-1234',
      'WV-1234'
    ])
    expect(ids('XX-\u0410RCH-001', wavelet)).toEqual([])
  })

  it('names each character by code point and what it imitates', () => {
    expect(describeChar('\u0410')).toBe('U+0410 (Cyrillic "А", like "A")')
    expect(describeChar('\u200b')).toBe('U+200B (invisible: ZERO WIDTH SPACE)')
    expect(describeChar('\u2011')).toBe('U+2011 ("‑", like "-")')
  })
})

describe('lookalikeDiagnostics', () => {
  it('reports at the line and column of the first odd character, with the ASCII ID', () => {
    const text = '# Title\n\nQuery nodes keep no state (see claim: **TP-\u0410RCH-001**).\n'
    const [d, ...rest] = lookalikeDiagnostics([{ path: 'tut/01.md', text }], ID)
    expect(rest).toEqual([])
    expect(d).toMatchObject({
      rule: 'claim/lookalike-id',
      severity: 'error',
      file: 'tut/01.md',
      line: 3,
      column: 44,
      claim: 'TP-ARCH-001'
    })
    expect(d?.message).toBe(
      '"TP-АRCH-001" looks like the claim ID TP-ARCH-001 but is not one: it contains U+0410 (Cyrillic "А", like "A"), so it is no citation and its claim is never checked; write TP-ARCH-001 in ASCII'
    )
    const zw = lookalikeDiagnostics([{ path: 'r.md', text: '## TP-HOST\u200b-001\n' }], ID)[0]
    expect(zw?.message).toContain('"TP-HOST<U+200B>-001"')
    expect([zw?.line, zw?.column]).toEqual([1, 11])
  })

  it('runs in check on chapters, registry files and committed drafts, and can be silenced', () => {
    const config = defaultConfig()
    const chapter = '# Intro\n\nThe store is stateless (see claim: **TP-\u0410RCH-001**).\n'
    const input = {
      tutorials: [{ dir: 'tut', files: [{ path: 'tut/README.md', text: chapter }] }],
      registry: [
        {
          path: 'claims/a.md',
          text: '# A\n\n## TP-ARCH-001\n\n**Claim:** Stateless.\n**Status:** Verified\n\n## TP-ARCH\u200b-002\n\n**Claim:** Hidden.\n**Status:** Verified\n'
        }
      ],
      config,
      drafts: [
        {
          tutorial: 'tut',
          file: {
            path: 'drafts/linkedin-draft__tut.md',
            text: 'Stateless (claim: TP-ARCH-00\u0661).\n'
          }
        }
      ]
    }
    const found = check(input).diagnostics.filter((d) => d.rule === 'claim/lookalike-id')
    expect(found.map((d) => [d.file, d.line, d.claim])).toEqual([
      ['claims/a.md', 8, 'TP-ARCH-002'],
      ['drafts/linkedin-draft__tut.md', 1, 'TP-ARCH-001'],
      ['tut/README.md', 3, 'TP-ARCH-001']
    ])
    const silenced = {
      ...input,
      tutorials: [
        {
          dir: 'tut',
          files: [
            {
              path: 'tut/README.md',
              text: chapter.replace(
                '\n\nThe store',
                '\n\n<!-- tutorial-amplifier-disable-next-line claim/lookalike-id -->\nThe store'
              )
            }
          ]
        }
      ]
    }
    const left = check(silenced).diagnostics.filter((d) => d.rule === 'claim/lookalike-id')
    expect(left.map((d) => d.file)).not.toContain('tut/README.md')
  })
})
