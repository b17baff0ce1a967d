import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CLAIM_ID_PATTERN, claimIdRegExp } from '../../src/config/types.js'
import { parseRegistry } from '../../src/claims/registry.js'

const claimId = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)
const md = (text: string, path = 'claims/architecture.md') =>
  parseRegistry([{ path, text }], { claimId })

describe('Markdown registry: field layout variants', () => {
  it('reads fields separated by blank lines, with evidence bullets holding URLs', () => {
    const r = md(
      [
        '# Architecture claims',
        '',
        '## KS-ARCH-001',
        '',
        '**Claim:** KafScale brokers are stateless.',
        '',
        '**Scope:** Broker processes in the default deployment.',
        '',
        '**Status:** Verified',
        '',
        '**Last reviewed:** 2025-01-10',
        '',
        '**Evidence:**',
        '- Design doc: https://example.org/design',
        '- [Broker restart test](https://example.org/tests/restart)',
        '',
        '**Implications:**',
        '- Brokers can be replaced freely',
        '',
        '**Limitations:**',
        '- Cache is lost on restart',
        ''
      ].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    expect(r.files).toEqual(['claims/architecture.md'])
    expect(r.claims).toEqual([
      {
        id: 'KS-ARCH-001',
        claim: 'KafScale brokers are stateless.',
        scope: 'Broker processes in the default deployment.',
        status: 'verified',
        lastReviewed: '2025-01-10',
        evidence: [
          'Design doc: https://example.org/design',
          'Broker restart test (https://example.org/tests/restart)'
        ],
        implications: ['Brokers can be replaced freely'],
        limitations: ['Cache is lost on restart'],
        category: 'architecture',
        file: 'claims/architecture.md',
        line: 3,
        column: 1
      }
    ])
  })

  it('reads one paragraph of fields joined by soft breaks, with lists straight after labels', () => {
    const r = md(
      [
        '## KS-ARCH-002',
        '**Claim:** Storage is S3.',
        '**Scope:** All clusters',
        '**Status:** Draft',
        '**Evidence:**',
        '- https://example.org/s3',
        '**Implications:**',
        '- No local disks',
        '**Limitations:**',
        '- Latency depends on the bucket region'
      ].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    const [c] = r.claims
    expect(c).toMatchObject({
      id: 'KS-ARCH-002',
      claim: 'Storage is S3.',
      scope: 'All clusters',
      status: 'draft',
      evidence: ['https://example.org/s3'],
      implications: ['No local disks'],
      limitations: ['Latency depends on the bucket region']
    })
  })

  it('reads hard breaks (two trailing spaces) and a colon outside the bold', () => {
    const r = md(
      [
        '## KS-ARCH-003',
        '**Claim**: Brokers are **not** the source of truth.  ',
        '**Scope** : Everything  ',
        '**Status**: verified  ',
        '**Last reviewed**: 2024-12-01'
      ].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    expect(r.claims[0]).toMatchObject({
      claim: 'Brokers are not the source of truth.',
      scope: 'Everything',
      status: 'verified',
      lastReviewed: '2024-12-01'
    })
  })

  it('joins values that continue onto following lines', () => {
    const r = md(
      [
        '## KS-ARCH-004',
        '',
        '**Claim:** Brokers keep no partition data',
        'on local disk; segments go to object storage',
        'before they are acknowledged.',
        '',
        '**Status:** Verified'
      ].join('\n')
    )
    expect(r.claims[0]?.claim).toBe(
      'Brokers keep no partition data on local disk; segments go to object storage before they are acknowledged.'
    )
  })

  it('reads status case-insensitively and the successor from the status text or a field', () => {
    const r = md(
      [
        '## KS-ARCH-005',
        '**Claim:** a',
        '**Status:** DEPRECATED (superseded by KS-ARCH-007)',
        '',
        '## KS-ARCH-006',
        '**Claim:** b',
        '**Status:** deprecated',
        '**Replaced by:** KS-ARCH-007',
        '',
        '## KS-ARCH-007',
        '**Claim:** c',
        '**Status:** vErIfIeD'
      ].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    expect(r.claims.map((c) => [c.id, c.status, c.supersededBy])).toEqual([
      ['KS-ARCH-005', 'deprecated', 'KS-ARCH-007'],
      ['KS-ARCH-006', 'deprecated', 'KS-ARCH-007'],
      ['KS-ARCH-007', 'verified', undefined]
    ])
  })

  it('accepts a claim whose fields are written as a bullet list', () => {
    const r = md(
      ['## KS-ARCH-008', '- **Claim:** Listed claim', '- **Status:** Verified'].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    expect(r.claims[0]).toMatchObject({ claim: 'Listed claim', status: 'verified' })
  })
})

describe('Markdown registry: what is not a claim', () => {
  it('ends a claim at any other heading, and such headings are not claims', () => {
    const r = md(
      [
        '## KS-LIMIT-001',
        '**Claim:** No transactions.',
        '**Status:** Verified',
        '',
        '## Rules',
        '',
        'Every claim needs evidence, see KS-LIMIT-001 for an example.',
        '',
        '**Evidence:**',
        '- not part of any claim',
        '',
        '## Naming Convention',
        '',
        '`KS-LIMIT-NNN` for limitations, e.g. KS-LIMIT-002.',
        '',
        '### KS-LIMIT-003',
        '**Claim:** level-3 heading is not a claim',
        '**Status:** Verified',
        '',
        '## KS-LIMIT-004: with a title',
        '**Claim:** not only an ID',
        '**Status:** Verified'
      ].join('\n'),
      'claims/limitations.md'
    )
    expect(r.diagnostics).toEqual([])
    expect(r.claims.map((c) => c.id)).toEqual(['KS-LIMIT-001'])
    expect(r.claims[0]?.evidence).toEqual([])
    expect(r.claims[0]?.category).toBe('limitations')
  })

  it('skips README files (any case) entirely, even when they define ID headings', () => {
    const readme = '## KS-ARCH-001\n**Claim:** example\n**Status:** Verified\n'
    const r = parseRegistry(
      [
        { path: 'claims/README.md', text: readme },
        { path: 'claims/nested/readme.MD', text: readme }
      ],
      { claimId }
    )
    expect(r).toEqual({ claims: [], files: [], diagnostics: [] })
  })

  it('ignores front matter and unlabelled bold text inside values', () => {
    const r = md(
      [
        '---',
        'title: "## KS-ARCH-009"',
        '---',
        '## KS-ARCH-010',
        '**Claim:** Data is **durable:** yes, after acknowledgement.',
        '**Status:** Verified'
      ].join('\n')
    )
    expect(r.claims.map((c) => c.id)).toEqual(['KS-ARCH-010'])
    expect(r.claims[0]?.claim).toBe('Data is durable: yes, after acknowledgement.')
  })
})

describe('Markdown registry: invalid entries', () => {
  it('reports a missing claim text, a missing status and an unknown status at the heading', () => {
    const r = md(
      [
        '## KS-PERF-001',
        '**Status:** Verified',
        '',
        '## KS-PERF-002',
        '**Claim:** fast',
        '',
        '## KS-PERF-003',
        '**Claim:** faster',
        '**Status:** Verifed'
      ].join('\n'),
      'claims/performance.md'
    )
    expect(r.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.claim])).toEqual([
      ['registry/invalid', 'error', 1, 1, 'KS-PERF-001'],
      ['registry/invalid', 'error', 4, 1, 'KS-PERF-002'],
      ['registry/invalid', 'error', 7, 1, 'KS-PERF-003']
    ])
    expect(r.diagnostics[0]?.message).toMatch(/no claim text/)
    expect(r.diagnostics[1]?.message).toMatch(/no status/)
    expect(r.diagnostics[2]?.message).toContain('"Verifed"')
    expect(r.diagnostics[2]?.message).toContain('Draft, Verified, Deprecated')
    // kept, so citations are not "unknown"; an unusable status counts as draft
    expect(r.claims.map((c) => [c.id, c.status, c.claim])).toEqual([
      ['KS-PERF-001', 'verified', ''],
      ['KS-PERF-002', 'draft', 'fast'],
      ['KS-PERF-003', 'draft', 'faster']
    ])
  })
})
