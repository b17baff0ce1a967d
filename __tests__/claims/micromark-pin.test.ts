// The micromark pin (package.json "overrides"): micromark 4.0.3 and micromark-core-commonmark
// 2.0.4 apply list-item and setext edits through micromark-util-edit-map, which copies the whole
// event array on every edit, so a big list-heavy registry file parses in quadratic time. These
// tests hold what the pin must not break — a large list-heavy registry reads whole and right —
// and say when the pin is still in effect. Drop the overrides (and the last test) once an
// upstream release fixes EditMap.consume. Timing belongs to `npm run bench`, not here.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CLAIM_ID_PATTERN, claimIdRegExp } from '../../src/config/types.js'
import { parseRegistry } from '../../src/claims/registry.js'

const claimId = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)
const N = 1000

const pad = (n: number): string => String(n).padStart(3, '0')
const idOf = (i: number): string => `LH-L${String.fromCharCode(65 + (i % 26))}-${pad(i % 1000)}`

/** One claim per section, each with nested bullets and a setext heading now and then. */
function listHeavyRegistry(): string {
  const out = ['# Limits of the example service', '']
  for (let i = 0; i < N; i++) {
    out.push(`## ${idOf(i)}`, '')
    out.push(`**Claim:** The example queue number ${i} keeps its order per key.`)
    out.push('**Scope:** One partition, default settings.')
    out.push(`**Status:** ${i % 7 === 0 ? 'Draft' : 'Verified'}`)
    out.push('**Last reviewed:** 2026-03-01')
    out.push('**Evidence:**')
    for (let e = 0; e < 4; e++) {
      out.push(`- Run ${e} of test ${i}: https://example.invalid/runs/${i}/${e}`)
      if (e === 1) out.push(`  - nested note ${i}.${e}`, `  - second note ${i}.${e}`)
    }
    out.push('', '**Limitations:**', `- Only checked on ${i % 3} nodes`, `- Not under failover`)
    if (i % 50 === 49) out.push('', `Remarks on block ${i}`, '---------------------')
    out.push('')
  }
  return out.join('\n')
}

describe('micromark pin: a large list-heavy registry file', () => {
  const text = listHeavyRegistry()
  const r = parseRegistry([{ path: 'claims/limits.md', text }], { claimId })

  it('reads every claim with all its bullets', () => {
    // IDs repeat every 26,000; N is below that, so every claim is distinct
    expect(r.claims).toHaveLength(N)
    expect(r.diagnostics.filter((d) => d.rule !== 'claim/draft')).toEqual([])
    for (const i of [0, 1, 777, N - 1]) {
      const c = r.claims[i]!
      expect(c.id).toBe(idOf(i))
      expect(c.claim).toBe(`The example queue number ${i} keeps its order per key.`)
      expect(c.status).toBe(i % 7 === 0 ? 'draft' : 'verified')
      expect(c.evidence).toEqual([
        `Run 0 of test ${i}: https://example.invalid/runs/${i}/0`,
        `Run 1 of test ${i}: https://example.invalid/runs/${i}/1 nested note ${i}.1 second note ${i}.1`,
        `Run 2 of test ${i}: https://example.invalid/runs/${i}/2`,
        `Run 3 of test ${i}: https://example.invalid/runs/${i}/3`
      ])
      expect(c.limitations).toEqual([`Only checked on ${i % 3} nodes`, 'Not under failover'])
    }
  })

  it('places each claim at its heading line', () => {
    const lines = text.split('\n')
    for (const c of r.claims) expect(lines[c.line - 1]).toBe(`## ${c.id}`)
  })

  it('reads the same claims when the file is split into one file per section', () => {
    const parts = text.split(/\n(?=## )/)
    const files = parts
      .slice(1)
      .map((p, i) => ({ path: `claims/split-${pad(i % 1000)}-${i}.md`, text: p }))
    const split = parseRegistry(files, { claimId })
    const strip = (c: (typeof r.claims)[number]) => ({
      id: c.id,
      claim: c.claim,
      status: c.status,
      evidence: c.evidence,
      limitations: c.limitations
    })
    const byId = new Map(split.claims.map((c) => [c.id, strip(c)]))
    expect(r.claims.map(strip)).toEqual(r.claims.map((c) => byId.get(c.id)))
  })
})

describe('micromark pin: still in effect', () => {
  it('resolves the pinned versions from remark-parse (drop this test with the overrides)', () => {
    const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as {
      overrides?: Record<string, string>
    }
    const fromMarkdown = createRequire(
      createRequire(path.resolve('package.json')).resolve('mdast-util-from-markdown')
    )
    const version = (name: string, req: NodeJS.Require): string => {
      const main = req.resolve(name)
      const root = main.slice(
        0,
        main.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length
      )
      return (
        JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
      ).version
    }
    expect(version('micromark', fromMarkdown)).toBe(pkg.overrides?.micromark)
    const micromark = createRequire(fromMarkdown.resolve('micromark'))
    expect(version('micromark-core-commonmark', micromark)).toBe(
      pkg.overrides?.['micromark-core-commonmark']
    )
  })
})
