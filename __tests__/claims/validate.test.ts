import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CLAIM_ID_PATTERN, claimIdRegExp } from '../../src/config/types.js'
import { parseRegistry } from '../../src/claims/registry.js'
import {
  indexRegistry,
  nearestId,
  validateCitation,
  validateCitations
} from '../../src/claims/validate.js'
import type { Citation, Claim, Registry, Tutorial } from '../../src/model.js'

const registry = parseRegistry(
  [
    {
      path: 'claims/architecture.md',
      text: [
        '## KS-ARCH-001',
        '**Claim:** Brokers are stateless.',
        '**Status:** Deprecated (superseded by KS-ARCH-002)',
        '',
        '## KS-ARCH-002',
        '**Claim:** Brokers keep only a cache.',
        '**Status:** Verified',
        '',
        '## KS-ARCH-003',
        '**Claim:** Old layout.',
        '**Status:** Deprecated'
      ].join('\n')
    },
    {
      path: 'claims/limitations.yaml',
      text: 'claims:\n  - id: KS-LIMIT-001\n    claim: No transactions.\n    status: Draft\n  - id: KS-LIMIT-002\n    claim: No compaction.\n    status: Verified\n'
    }
  ],
  { claimId: claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN) }
)

const cite = (id: string, line: number, file = 'tut/01-intro.md'): Citation => ({
  id,
  file,
  line,
  column: 7,
  context: 'prose',
  sentence: `see ${id}`
})

const tutorial = (name: string, citations: Citation[]): Tutorial => ({
  dir: `tutorials/${name}`,
  name,
  title: name,
  chapters: [],
  order: 'single',
  skipped: [],
  diagrams: [],
  glossary: [],
  exercises: [],
  figures: [],
  images: [],
  links: [],
  citations,
  prerequisites: [],
  diagnostics: []
})

describe('validateCitation', () => {
  it('accepts a Verified claim', () => {
    expect(registry.diagnostics).toEqual([])
    expect(validateCitation(cite('KS-ARCH-002', 3), registry)).toBeUndefined()
  })

  it('reports an unknown ID at the citation and suggests the nearest existing ID', () => {
    expect(validateCitation(cite('KS-LIMT-001', 12), registry)).toEqual({
      rule: 'claim/unknown',
      severity: 'error',
      message: 'KS-LIMT-001 is not in the claims registry; did you mean KS-LIMIT-001?',
      file: 'tut/01-intro.md',
      line: 12,
      column: 7,
      claim: 'KS-LIMT-001',
      endLine: 12,
      endColumn: 18
    })
  })

  it('suggests nothing when no ID is close', () => {
    const d = validateCitation(cite('KS-PERF-777', 1), registry)
    expect(d?.rule).toBe('claim/unknown')
    expect(d?.message).not.toContain('did you mean')
  })

  it('reports a Deprecated claim as an error, naming its successor when there is one', () => {
    const withSuccessor = validateCitation(cite('KS-ARCH-001', 4), registry)
    expect(withSuccessor).toMatchObject({ rule: 'claim/deprecated', severity: 'error', line: 4 })
    expect(withSuccessor?.message).toContain('superseded by KS-ARCH-002')
    expect(withSuccessor?.message).toContain('claims/architecture.md:1')
    const without = validateCitation(cite('KS-ARCH-003', 5), registry)
    expect(without?.rule).toBe('claim/deprecated')
    expect(without?.message).not.toContain('superseded')
  })

  it('reports a Draft claim as a warning', () => {
    expect(validateCitation(cite('KS-LIMIT-001', 9), registry)).toMatchObject({
      rule: 'claim/draft',
      severity: 'warning',
      line: 9,
      claim: 'KS-LIMIT-001'
    })
  })
})

describe('validateCitations', () => {
  const tutorials = [
    tutorial('101', [cite('KS-ARCH-002', 1), cite('KS-ARCH-001', 2), cite('KS-LIMT-001', 3)]),
    tutorial('102', [cite('KS-LIMIT-001', 8, 'tut2/02.md'), cite('KS-LIMIT-001', 9, 'tut2/02.md')])
  ]

  it('gives one diagnostic per problem citation, in order', () => {
    const out = validateCitations(tutorials, registry, { reportUnreferenced: false })
    expect(out.map((d) => [d.rule, `${d.file}:${d.line}`, d.claim])).toEqual([
      ['claim/deprecated', 'tut/01-intro.md:2', 'KS-ARCH-001'],
      ['claim/unknown', 'tut/01-intro.md:3', 'KS-LIMT-001'],
      ['claim/draft', 'tut2/02.md:8', 'KS-LIMIT-001'],
      ['claim/draft', 'tut2/02.md:9', 'KS-LIMIT-001']
    ])
  })

  it('reports uncited claims at their definition only when asked, skipping Deprecated ones', () => {
    const out = validateCitations(tutorials, registry, { reportUnreferenced: true })
    const unref = out.filter((d) => d.rule === 'claim/unreferenced')
    expect(unref).toEqual([
      {
        rule: 'claim/unreferenced',
        severity: 'info',
        message: 'KS-LIMIT-002 is cited by no tutorial',
        file: 'claims/limitations.yaml',
        line: 5,
        column: 5,
        claim: 'KS-LIMIT-002'
      }
    ])
  })

  it('validates 20,000 citations of a 5,000-claim registry without findings', () => {
    const claims: Claim[] = []
    for (let i = 0; i < 5000; i++) {
      const id = `KS-GEN-${String(i).padStart(4, '0')}`
      claims.push({
        id,
        claim: 'x',
        status: 'verified',
        evidence: [],
        implications: [],
        limitations: [],
        category: 'gen',
        file: 'claims/gen.md',
        line: i + 1,
        column: 1
      })
    }
    const big: Registry = { claims, files: ['claims/gen.md'], diagnostics: [] }
    const many = Array.from({ length: 20000 }, (_, i) => cite(claims[i % 5000]!.id, i + 1))
    // Speed is measured by `npm run bench`, not here: this only checks the large case is correct.
    const out = validateCitations([tutorial('big', many)], big, { reportUnreferenced: true })
    expect(out).toEqual([])
  })
})

describe('indexRegistry / nearestId', () => {
  it('indexes by ID and finds the closest ID within a small edit distance', () => {
    const index = indexRegistry(registry)
    expect([...index.keys()]).toEqual([
      'KS-ARCH-001',
      'KS-ARCH-002',
      'KS-ARCH-003',
      'KS-LIMIT-001',
      'KS-LIMIT-002'
    ])
    expect(nearestId('KS-LIMIT-01', index)).toBe('KS-LIMIT-001')
    expect(nearestId('ks-arch-002', index)).toBe('KS-ARCH-002')
    expect(nearestId('KS-PERF-001', index)).toBeUndefined()
  })
})
