import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CLAIM_ID_PATTERN, claimIdRegExp } from '../../src/config/types.js'
import { parseRegistry } from '../../src/claims/registry.js'
import type { SourceFile } from '../../src/model.js'

const claimId = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)

const mixed: SourceFile[] = [
  {
    path: 'claims/ops.yaml',
    text: 'claims:\n  - id: KS-OPS-001\n    claim: Rolling restarts need no data copy.\n    status: Verified\n'
  },
  {
    path: 'claims/architecture.md',
    text: '# Architecture\n\n## KS-ARCH-001\n**Claim:** Brokers are stateless.\n**Status:** Verified\n'
  },
  { path: 'claims/README.md', text: '# Rules\n\n## KS-ARCH-999\n**Claim:** example\n' },
  {
    path: 'claims/perf.yml',
    text: '- id: KS-PERF-001\n  claim: p99 under 50ms\n  status: Draft\n'
  },
  { path: 'claims/notes.txt', text: '## KS-ARCH-002\n**Claim:** ignored\n**Status:** Verified\n' }
]

describe('parseRegistry', () => {
  it('loads a mixed Markdown/YAML folder in path order, skipping README and other files', () => {
    const r = parseRegistry(mixed, { claimId })
    expect(r.diagnostics).toEqual([])
    expect(r.files).toEqual(['claims/architecture.md', 'claims/ops.yaml', 'claims/perf.yml'])
    expect(r.claims.map((c) => [c.id, c.category, c.status, `${c.file}:${c.line}`])).toEqual([
      ['KS-ARCH-001', 'architecture', 'verified', 'claims/architecture.md:3'],
      ['KS-OPS-001', 'ops', 'verified', 'claims/ops.yaml:2'],
      ['KS-PERF-001', 'perf', 'draft', 'claims/perf.yml:1']
    ])
  })

  it('gives the same result whatever order the files arrive in', () => {
    const a = parseRegistry(mixed, { claimId })
    const b = parseRegistry([...mixed].reverse(), { claimId })
    expect(b).toEqual(a)
  })

  it('reports a duplicate ID at its second definition, naming both places, and keeps the first', () => {
    const r = parseRegistry(
      [
        {
          path: 'claims/b.yaml',
          text: 'claims:\n  - id: KS-ARCH-001\n    claim: second\n    status: Draft\n'
        },
        {
          path: 'claims/a.md',
          text: 'intro\n\n## KS-ARCH-001\n**Claim:** first\n**Status:** Verified\n\n## KS-ARCH-001\n**Claim:** again\n**Status:** Verified\n'
        }
      ],
      { claimId }
    )
    expect(r.claims).toHaveLength(1)
    expect(r.claims[0]).toMatchObject({ claim: 'first', file: 'claims/a.md', line: 3 })
    expect(r.diagnostics.map((d) => [d.rule, d.severity, `${d.file}:${d.line}`, d.claim])).toEqual([
      ['registry/duplicate-id', 'error', 'claims/a.md:7', 'KS-ARCH-001'],
      ['registry/duplicate-id', 'error', 'claims/b.yaml:2', 'KS-ARCH-001']
    ])
    expect(r.diagnostics[0]?.message).toContain('claims/a.md:3 and claims/a.md:7')
    expect(r.diagnostics[1]?.message).toContain('claims/a.md:3 and claims/b.yaml:2')
  })

  it('uses the configured ID pattern for headings, successors and YAML IDs', () => {
    const acme = claimIdRegExp('ACME-\\d{4}')
    const r = parseRegistry(
      [
        {
          path: 'claims/core.md',
          text: '## ACME-0001\n**Claim:** one\n**Status:** Deprecated, see ACME-0002\n\n## KS-ARCH-001\n**Claim:** not a claim here\n**Status:** Verified\n'
        },
        { path: 'claims/more.yaml', text: 'id: ACME-0002\nclaim: two\nstatus: Verified\n' },
        { path: 'claims/bad.yaml', text: 'id: KS-ARCH-002\nclaim: three\nstatus: Verified\n' }
      ],
      { claimId: acme }
    )
    expect(r.claims.map((c) => [c.id, c.supersededBy])).toEqual([
      ['KS-ARCH-002', undefined],
      ['ACME-0001', 'ACME-0002'],
      ['ACME-0002', undefined]
    ])
    expect(r.diagnostics.map((d) => [d.rule, d.file, d.claim])).toEqual([
      ['registry/invalid', 'claims/bad.yaml', 'KS-ARCH-002']
    ])
    // the caller's global RegExp is not disturbed
    expect(acme.lastIndex).toBe(0)
  })

  it('reports a file that is not UTF-8 at the first bad character and reads nothing from it', () => {
    const r = parseRegistry(
      [
        {
          path: 'claims/latin1.md',
          text: '## KS-ARCH-001\n**Claim:** Caf\uFFFD\n**Status:** Verified\n'
        },
        { path: 'claims/binary.yaml', text: 'id: KS\u0000' }
      ],
      { claimId }
    )
    expect(r.claims).toEqual([])
    expect(
      r.diagnostics.map((d) => [d.rule, d.severity, `${d.file}:${d.line}:${d.column}`])
    ).toEqual([
      ['registry/parse', 'error', 'claims/binary.yaml:1:7'],
      ['registry/parse', 'error', 'claims/latin1.md:2:15']
    ])
  })
})
