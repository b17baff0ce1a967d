// Pull request runs read part of the registry (src/claims/registry.ts: scanRegistry and
// partialRegistry): a line-level index of every claim, and a parse of only the claims the affected
// tutorials mention plus the registry files the PR changes. The index must find exactly the claims
// a whole read finds, and a run on the partial read must report the same per-tutorial findings
// and build the same draft as a run on the whole registry.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { CLAIM_ID_PATTERN, registryFiles } from '../../bench/corpus.mjs'
import { parseRegistry, partialRegistry, scanRegistry } from '../../src/claims/registry.js'
import { nearestId } from '../../src/claims/validate.js'
import { claimIdRegExp, defaultConfig, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import { generate, type EngineInput } from '../../src/engine.js'
import { idsIn } from '../../src/github/affected.js'
import { missedClaims } from '../../src/github/action.js'
import { claimCount, type Registry, type SourceFile } from '../../src/model.js'

const claimId = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)
const places = (r: Registry) =>
  r.claims.map((c) => ({ id: c.id, file: c.file, line: c.line, column: c.column }))

// Our own small registry over several files: plain sections, a file with a fenced block (read
// whole), sections the index must parse to settle (setext and emphasized headings, an indented
// heading in a list item), YAML, a duplicate across files, and an invalid entry.
const REGISTRY: SourceFile[] = [
  {
    path: 'claims/README.md',
    text: '# Rules\n\n## TP-ARCH-999\n\nThe README explains the format and is never read as claims.\n'
  },
  {
    path: 'claims/architecture.md',
    text: [
      '# Architecture',
      '',
      'Claims about how the relay is put together.',
      '',
      '## TP-ARCH-001',
      '',
      '**Claim:** The relay keeps no state between requests.',
      '**Scope:** Relay 3.x.',
      '**Status:** Verified',
      '',
      '**Evidence:**',
      '- Design note: https://example.invalid/relay/state',
      '',
      '## TP-ARCH-002 ##',
      '',
      '**Claim:** Every relay needs its own disk of 40 GB.',
      '**Scope:** Relay 2.x.',
      '**Status:** Deprecated',
      '**Superseded by:** TP-ARCH-003',
      '',
      '## TP-ARCH-003',
      '',
      '**Claim:** A relay needs no local disk.',
      '**Scope:** Relay 3.x.',
      '**Status:** Verified',
      '',
      '## *TP-ARCH-004*',
      '',
      '**Claim:** Relays restart in under 2 seconds.',
      '**Status:** Verified',
      '',
      'TP-ARCH-005',
      '---',
      '',
      '**Claim:** A setext heading names this claim; 12 relays were measured.',
      '**Status:** Draft',
      '',
      '## TP-ARCH-006',
      '',
      '- item',
      '  ## TP-ARCH-007',
      '',
      '**Claim:** An indented heading inside a list item is no claim of its own.',
      '**Status:** Verified',
      '',
      '## TP-ARCH-008',
      '',
      '**Claim:** Relays answer health checks within 250 ms.',
      '**Status:** Verified',
      ''
    ].join('\n')
  },
  {
    path: 'claims/operations.md',
    text: [
      '# Operations',
      '',
      '## TP-OPS-001',
      '',
      '**Claim:** One command drains a relay.',
      '**Status:** Verified',
      '',
      '```sh',
      '## TP-OPS-009',
      'relay drain --now',
      '```',
      '',
      '## TP-OPS-002',
      '',
      '**Claim:** Drained relays accept no new sessions.',
      '**Status:** Draft',
      ''
    ].join('\n')
  },
  {
    path: 'claims/performance.md',
    text: [
      '# Performance',
      '',
      '## TP-PERF-001',
      '',
      '**Claim:** A relay forwards 9,000 messages per second on one core.',
      '**Status:** Verified',
      '',
      '## TP-PERF-002',
      '',
      '**Claim:** Latency stays flat up to 500 connections.',
      '',
      '## TP-ARCH-001',
      '',
      '**Claim:** A second definition of a claim the architecture file holds.',
      '**Status:** Verified',
      ''
    ].join('\n')
  },
  {
    path: 'claims/limits.yml',
    text: [
      'claims:',
      '  - id: TP-LIM-001',
      '    claim: A relay serves at most 64 tenants.',
      '    status: Verified',
      '  - id: TP-LIM-002',
      '    claim: Tenants share one rate limit.',
      '    status: Draft',
      ''
    ].join('\n')
  }
]

// A tutorial citing a Deprecated claim (with successor), a Draft one, one in the changed file, a
// claim of the file read whole, and two unknown IDs whose nearest IDs are claims nobody cites.
const TUTORIAL: SourceFile[] = [
  {
    path: 'guides/relay-lab/README.md',
    text: [
      '# Relay lab',
      '',
      'Run a relay on your laptop and watch it forward messages.',
      '',
      '**Time commitment:** 30 minutes',
      ''
    ].join('\n')
  },
  {
    path: 'guides/relay-lab/01-start.md',
    text: [
      '# Start a relay',
      '',
      'The relay keeps no state between requests (see claim: TP-ARCH-001).',
      '',
      'Older guides asked for a 40 GB disk per relay (TP-ARCH-002); that is no longer true.',
      '',
      'A relay forwards 9,000 messages per second on one core (TP-PERF-001).',
      '',
      'Drained relays accept no new sessions (TP-OPS-002), and health checks answer fast (TP-ARCH-018).',
      '',
      'Drains are quick (TP-OPS-012).',
      ''
    ].join('\n')
  }
]

function input(registry: SourceFile[], parsedRegistry?: Registry): EngineInput {
  return {
    tutorials: [{ dir: 'guides/relay-lab', files: TUTORIAL }],
    registry,
    config: defaultConfig(),
    ...(parsedRegistry ? { parsedRegistry } : {})
  }
}

/** What the action parses: the IDs the tutorial mentions, and the files the PR changes. */
function partialFor(files: SourceFile[], changed: string[]): Registry {
  const ids = new Set(TUTORIAL.flatMap((f) => idsIn(f.text, claimId)))
  return partialRegistry(scanRegistry(files, { claimId }), { ids, files: new Set(changed) })
}

describe('the line-level registry index', () => {
  it('finds every claim a whole read finds, at the same places and in the same order', () => {
    const scan = scanRegistry(REGISTRY, { claimId })
    const full = parseRegistry(REGISTRY, { claimId })
    expect(scan.claims).toEqual(places(full))
    // the setext claim is one; the indented heading in a list item and the fenced one are not
    const ids = scan.claims.map((c) => c.id)
    expect(ids).toContain('TP-ARCH-005')
    expect(ids).toContain('TP-ARCH-004')
    expect(ids).not.toContain('TP-ARCH-007')
    expect(ids).not.toContain('TP-OPS-009')
    expect(ids).not.toContain('TP-ARCH-999')
  })

  it('indexes the bench registry and the example registry like a whole read', () => {
    const bench = registryFiles(7, 600).files.map(([name, text]: [string, string]) => ({
      path: `claims/${name}`,
      text
    }))
    const example = readdirSync('examples/claims').map((name) => ({
      path: `examples/claims/${name}`,
      text: readFileSync(path.join('examples/claims', name), 'utf8')
    }))
    for (const [files, re] of [
      [bench, claimIdRegExp(CLAIM_ID_PATTERN)],
      [example, claimId]
    ] as const) {
      const full = parseRegistry(files, { claimId: re })
      expect(scanRegistry(files, { claimId: re }).claims).toEqual(places(full))
      // asked for every claim, the partial read is the whole read
      const all = new Set(full.claims.map((c) => c.id))
      const part = partialRegistry(scanRegistry(files, { claimId: re }), {
        ids: all,
        files: new Set()
      })
      expect(part.claims).toEqual(full.claims)
      expect(part.diagnostics).toEqual(full.diagnostics)
      expect(claimCount(part)).toBe(full.claims.length)
    }
  })

  it('indexes random registry-like files like a whole read', () => {
    const line = fc.constantFrom(
      '## TP-ARCH-001',
      '## TP-PERF-002',
      '## TP-PERF-002 ##',
      '## TP-PERF-003 #',
      '## `TP-ARCH-010`',
      '## TP\\-ARCH-011',
      '  ## TP-LIM-003',
      '    ## TP-OPS-004',
      '### TP-ARCH-005',
      '# Title',
      '##',
      '## #',
      '## Rules',
      '**Claim:** Relays keep no state.',
      '**Status:** Verified',
      '**Status:** Deprecated',
      '**Evidence:**',
      '- a bullet with https://example.invalid/x',
      '  - a nested bullet',
      '1. numbered',
      '> quoted **Claim:** text',
      '    indented code',
      'TP-ARCH-012',
      'plain text line',
      '===',
      '---',
      '',
      '## TP-ARCH-013\r',
      '```',
      'text with a trailing break  '
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const files = [{ path: 'claims/a.md', text: lines.join('\n') }]
        const full = parseRegistry(files, { claimId })
        expect(scanRegistry(files, { claimId }).claims).toEqual(places(full))
        const wanted = new Set(['TP-ARCH-001', 'TP-PERF-002', 'TP-ARCH-012'])
        const part = partialRegistry(scanRegistry(files, { claimId }), {
          ids: wanted,
          files: new Set()
        })
        // what it parsed reads as in the whole read, in the same order, and holds every wanted claim
        expect(part.claims).toEqual(
          full.claims.filter((c) => part.claims.some((p) => p.id === c.id))
        )
        for (const c of full.claims.filter((c) => wanted.has(c.id))) {
          expect(part.claims).toContainEqual(c)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('a run on part of the registry', () => {
  const changed = ['claims/performance.md']

  it('parses the claims the tutorial mentions and the changed file, and indexes the rest', () => {
    const part = partialFor(REGISTRY, changed)
    const full = parseRegistry(REGISTRY, { claimId })
    const parsed = part.claims.map((c) => c.id)
    expect(parsed).toEqual(
      expect.arrayContaining([
        'TP-ARCH-001',
        'TP-ARCH-002',
        'TP-PERF-001',
        'TP-PERF-002',
        'TP-OPS-002'
      ])
    )
    // an uncited claim in an untouched file is indexed only
    expect(parsed).not.toContain('TP-ARCH-008')
    expect(part.index?.map((c) => c.id)).toEqual(full.claims.map((c) => c.id))
    expect(claimCount(part)).toBe(full.claims.length)
    // every parsed claim reads as in the whole read
    for (const c of part.claims) expect(full.claims).toContainEqual(c)
    // registry findings: those of the changed file (the duplicate, the entry without status),
    // each also found by the whole read
    for (const d of part.diagnostics) expect(full.diagnostics).toContainEqual(d)
    const inChanged = full.diagnostics.filter((d) => d.file === 'claims/performance.md')
    expect(inChanged.length).toBeGreaterThanOrEqual(2)
    for (const d of inChanged) expect(part.diagnostics).toContainEqual(d)
  })

  it('reports the same per-tutorial findings and builds the same draft as a whole read', () => {
    const draftPath = () => 'out/relay-lab.draft.md'
    const full = generate(input(REGISTRY), draftPath)
    const part = generate(input(REGISTRY, partialFor(REGISTRY, changed)), draftPath)
    const ofTutorial = (r: typeof full) =>
      r.diagnostics.filter((d) => !d.file.startsWith('claims/'))
    expect(ofTutorial(part)).toEqual(ofTutorial(full))
    const messages = ofTutorial(full).map((d) => `${d.rule} ${d.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^claim\/deprecated TP-ARCH-002 is Deprecated .*superseded by TP-ARCH-003/
        ),
        expect.stringMatching(/^claim\/draft TP-OPS-002/),
        // suggestions come from the complete index: these claims are cited by nobody
        expect.stringMatching(/^claim\/unknown TP-ARCH-018 .*did you mean TP-ARCH-008\?/),
        expect.stringMatching(/^claim\/unknown TP-OPS-012 .*did you mean TP-OPS-002\?/)
      ])
    )
    expect(part.drafts.map((d) => d.markdown)).toEqual(full.drafts.map((d) => d.markdown))
    expect(part.tutorials.map((t) => t.citations)).toEqual(full.tutorials.map((t) => t.citations))
    expect(missedClaims(part, part.registry)).toBe(false)
  })

  it('notices a cited claim the raw-text scan missed, so the run is done again on the whole registry', () => {
    // `TP\-ARCH-003` reads as TP-ARCH-003, but the raw text does not hold that ID
    const escaped: SourceFile = {
      path: 'guides/relay-lab/02-more.md',
      text: '# More\n\nA relay needs no local disk (TP\\-ARCH-003).\n'
    }
    const tutorial = [...TUTORIAL, escaped]
    const ids = new Set(tutorial.flatMap((f) => idsIn(f.text, claimId)))
    expect(ids.has('TP-ARCH-003')).toBe(false)
    const part = partialRegistry(scanRegistry(REGISTRY, { claimId }), { ids, files: new Set() })
    const run = generate(
      { ...input(REGISTRY, part), tutorials: [{ dir: 'guides/relay-lab', files: tutorial }] },
      () => 'out/relay-lab.draft.md'
    )
    expect(run.tutorials[0]?.citations.map((c) => c.id)).toContain('TP-ARCH-003')
    expect(missedClaims(run, part)).toBe(true)
    const whole = generate(
      { ...input(REGISTRY), tutorials: [{ dir: 'guides/relay-lab', files: tutorial }] },
      () => 'out/relay-lab.draft.md'
    )
    expect(missedClaims(whole, whole.registry)).toBe(false)
  })

  it('suggests against every ID, not only the parsed ones', () => {
    const part = partialFor(REGISTRY, [])
    expect(part.claims.map((c) => c.id)).not.toContain('TP-ARCH-008')
    const ids = new Map(part.index!.map((c) => [c.id, c]))
    expect(nearestId('TP-ARCH-018', ids)).toBe('TP-ARCH-008')
  })
})
