import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  changedClaims,
  citationScanner,
  claimSpans,
  idsIn,
  isInside,
  parsePatch,
  planAffected,
  type PullFile
} from '../../src/github/affected.js'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'

const claimId = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)

describe('parsePatch', () => {
  it('numbers added lines on the new side and places removals', () => {
    const p = parsePatch(
      [
        '@@ -10,3 +10,4 @@ ## KS-ARCH-001',
        ' keep',
        '-gone',
        '+new one',
        '+new two',
        ' keep',
        '\\ No newline at end of file',
        '@@ -40,2 +41,1 @@',
        '-dropped',
        ' tail'
      ].join('\n')
    )
    expect(p.added).toEqual([11, 12])
    expect(p.addedText).toEqual(['new one', 'new two'])
    expect(p.removedText).toEqual(['gone', 'dropped'])
    expect(p.removedAt).toEqual([10, 11, 40, 41])
  })

  it('agrees with a patch built from random edits', () => {
    // new file = old lines with some replaced; every replaced line number must come out as added
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 10 }), (changed) => {
        const lines: string[] = []
        for (let i = 1; i <= 40; i++) {
          if (changed.includes(i)) lines.push(`-old ${i}`, `+new ${i}`)
          else lines.push(` same ${i}`)
        }
        const p = parsePatch(`@@ -1,40 +1,40 @@\n${lines.join('\n')}`)
        expect(p.added).toEqual([...changed].sort((a, b) => a - b))
      })
    )
  })
})

describe('claimSpans and changedClaims', () => {
  const claims = [
    { id: 'KS-LIMIT-001', file: 'claims/limitations.md', line: 5 },
    { id: 'KS-LIMIT-002', file: 'claims/limitations.md', line: 20 },
    { id: 'KS-ARCH-001', file: 'claims/architecture.md', line: 3 }
  ]
  const isRegistry = (p: string) => p.startsWith('claims/') && !p.endsWith('README.md')

  it('spans run to the next claim of the same file', () => {
    expect(claimSpans(claims)).toEqual([
      { ...claims[0], end: 19 },
      { ...claims[1], end: Infinity },
      { ...claims[2], end: Infinity }
    ])
  })

  it('finds claims by changed lines in their span and by IDs on changed lines', () => {
    const files: PullFile[] = [
      {
        filename: 'claims/limitations.md',
        status: 'modified',
        patch: '@@ -7,1 +7,1 @@\n-**Scope:** v1\n+**Scope:** v2'
      },
      {
        filename: 'claims/README.md',
        status: 'modified',
        patch: '@@ -1 +1 @@\n-see KS-COMP-009\n+see KS-COMP-010'
      },
      {
        filename: 'claims/compatibility.md',
        status: 'modified',
        patch: '@@ -1,2 +1,1 @@\n-## KS-COMP-004\n # Compat'
      }
    ]
    expect(changedClaims(files, { isRegistry, claims, claimId })).toEqual({
      ids: ['KS-COMP-004', 'KS-LIMIT-001'],
      unknown: false
    })
  })

  it('finds the same claims as a line-by-line search over every span, on big random registries', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 5200 }), { minLength: 1, maxLength: 40 }),
        (lines, changed) => {
          // claims spread over two files, in no particular order
          const many = lines.map((line, i) => ({
            id: `KS-PERF-${String(i).padStart(3, '0')}`,
            file: i % 3 === 0 ? 'claims/a.md' : 'claims/b.md',
            line
          }))
          const patch = changed.map((l) => `@@ -${l},0 +${l},1 @@\n+x`).join('\n')
          const files: PullFile[] = [{ filename: 'claims/b.md', status: 'modified', patch }]
          const spans = claimSpans(many)
          const p = parsePatch(patch)
          const expected = spans
            .filter((s) => s.file === 'claims/b.md')
            .filter((s) => [...p.added, ...p.removedAt].some((l) => l >= s.line && l <= s.end))
            .map((s) => s.id)
            .sort()
          const got = changedClaims(files, { isRegistry, claims: many, claimId })
          expect(got.ids).toEqual(expected)
        }
      ),
      { numRuns: 60 }
    )
  })

  it('without a patch counts every claim of the file, and flags what it cannot see', () => {
    expect(
      changedClaims([{ filename: 'claims/limitations.md', status: 'modified' }], {
        isRegistry,
        claims,
        claimId
      })
    ).toEqual({ ids: ['KS-LIMIT-001', 'KS-LIMIT-002'], unknown: false })
    expect(
      changedClaims([{ filename: 'claims/old.md', status: 'removed' }], {
        isRegistry,
        claims,
        claimId
      }).unknown
    ).toBe(true)
  })
})

describe('planAffected', () => {
  const base = {
    tutorialDirs: ['tutorials/a', 'tutorials/ab', 'b'],
    draftPaths: new Map([['b', 'drafts/b.draft.md']]),
    configFiles: ['.github/tutorial-amplifier.yml'],
    isRegistry: (p: string) => p.startsWith('claims/'),
    claims: [{ id: 'KS-ARCH-001', file: 'claims/a.md', line: 1 }],
    claimId
  }

  it('picks folders holding a changed file or whose draft changed', () => {
    const plan = planAffected({
      ...base,
      files: [
        { filename: 'tutorials/a/01-x.md', status: 'modified' },
        { filename: 'drafts/b.draft.md', status: 'modified' },
        { filename: 'src/x.ts', status: 'modified' }
      ]
    })
    expect(plan).toEqual({
      all: false,
      direct: ['tutorials/a', 'b'],
      claimIds: [],
      registryFiles: []
    })
  })

  it('follows a rename out of a tutorial folder', () => {
    const plan = planAffected({
      ...base,
      files: [
        { filename: 'elsewhere/x.md', previous_filename: 'tutorials/ab/x.md', status: 'renamed' }
      ]
    })
    expect(plan.direct).toEqual(['tutorials/ab'])
  })

  it('a config change affects everything', () => {
    const plan = planAffected({
      ...base,
      files: [{ filename: '.github/tutorial-amplifier.yml', status: 'modified' }]
    })
    expect(plan.all).toBe(true)
  })

  it('a registry change yields claim IDs to look for', () => {
    const plan = planAffected({
      ...base,
      files: [{ filename: 'claims/a.md', status: 'modified', patch: '@@ -2 +2 @@\n-x\n+y' }]
    })
    expect(plan).toEqual({
      all: false,
      direct: [],
      claimIds: ['KS-ARCH-001'],
      registryFiles: ['claims/a.md']
    })
  })
})

describe('helpers', () => {
  it('isInside compares whole path segments', () => {
    expect(isInside('tutorials/a/x.md', 'tutorials/a')).toBe(true)
    expect(isInside('tutorials/ab/x.md', 'tutorials/a')).toBe(false)
    expect(isInside('x.md', '.')).toBe(true)
  })

  it('citationScanner matches whole IDs only', () => {
    const cites = citationScanner(['KS-ARCH-001', 'KS-A.B-002'])
    expect(cites('see **KS-ARCH-001**.')).toBe(true)
    expect(cites('see KS-ARCH-0011')).toBe(false)
    expect(cites('see XKS-ARCH-001')).toBe(false)
    expect(cites('see KS-AxB-002')).toBe(false) // regex characters are escaped
    expect(citationScanner([])('KS-ARCH-001')).toBe(false)
  })

  it('idsIn leaves the caller’s RegExp state alone', () => {
    claimId.lastIndex = 3
    expect(idsIn('KS-ARCH-001 and KS-PERF-002', claimId)).toEqual(['KS-ARCH-001', 'KS-PERF-002'])
    expect(claimId.lastIndex).toBe(3)
    claimId.lastIndex = 0
  })
})
