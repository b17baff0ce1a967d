// The benchmark's corpus generator: deterministic, sized as asked, and shaped so the real engine
// reads it as tutorials, chapters, exercises, citations and a registry of claims.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  CATEGORIES,
  CLAIM_ID_PATTERN,
  configText,
  generateCorpus,
  registryFiles,
  tutorialFiles
} from '../../bench/corpus.mjs'
import { parseConfig } from '../../src/config/parse.js'
import { claimIdRegExp, defaultConfig } from '../../src/config/types.js'
import { check } from '../../src/engine.js'

describe('bench corpus', () => {
  const reg = registryFiles(11, 800)

  it('is deterministic for a seed and differs across seeds', () => {
    expect(tutorialFiles(5, 3, 20_000, reg.ids)).toEqual(tutorialFiles(5, 3, 20_000, reg.ids))
    expect(tutorialFiles(6, 3, 20_000, reg.ids)).not.toEqual(tutorialFiles(5, 3, 20_000, reg.ids))
    expect(registryFiles(11, 800)).toEqual(reg)
  })

  it('writes tutorials of about the asked size, with 5–8 numbered chapters', () => {
    for (const bytes of [40_000, 120_000, 400_000]) {
      const files = tutorialFiles(2, 7, bytes, reg.ids)
      const total = files.reduce((n, [, t]) => n + t.length, 0)
      // each chapter ends once past its share, so it runs over by up to one section
      expect(total).toBeGreaterThanOrEqual(bytes)
      expect(total).toBeLessThan(bytes * 1.35)
      const chapters = files.filter(([n]) => /^\d\d-.*\.md$/.test(n))
      expect(chapters.length).toBeGreaterThanOrEqual(5)
      expect(chapters.length).toBeLessThanOrEqual(8)
    }
  })

  it('spreads the claims over one file per category, IDs matching the configured pattern', () => {
    expect(reg.files.map(([n]) => n)).toEqual([
      'README.md',
      ...CATEGORIES.map((c) => `${c.file}.md`)
    ])
    const ids = reg.ids.flat()
    expect(new Set(ids).size).toBe(800)
    const re = new RegExp(`^(?:${CLAIM_ID_PATTERN})$`)
    for (const id of ids) expect(id).toMatch(re)
  })

  it('is read by the engine as the tutorials and registry it describes', () => {
    const config = parseConfig(configText(), '.github/tutorial-amplifier.yml')
    expect(config.claimIdPattern).toBe(CLAIM_ID_PATTERN)
    const tutorials = [0, 1, 2].map((i) => ({
      dir: `tutorials/t${i}`,
      files: tutorialFiles(9, i, 15_000, reg.ids).map(([n, text]) => ({
        path: `tutorials/t${i}/${n}`,
        text
      }))
    }))
    const registry = reg.files.map(([n, text]) => ({ path: `claims/${n}`, text }))
    const r = check({ tutorials, registry, config: { ...defaultConfig(), ...config } })
    expect(r.registry.claims).toHaveLength(800)
    expect(r.registry.claims.map((c) => c.id)).toEqual(expect.arrayContaining(reg.ids[3]!))
    for (const t of r.tutorials) {
      expect(t.exercises.length).toBeGreaterThan(0)
      expect(t.exercises.every((e) => e.estimatedTime !== undefined)).toBe(true)
      expect(t.citations.length).toBeGreaterThan(0)
      expect(t.glossary.length).toBeGreaterThanOrEqual(4)
      expect(t.timeCommitment).toBeDefined()
      expect(t.prerequisites.length).toBeGreaterThan(0)
      expect(t.figures.length).toBeGreaterThan(0)
      // IDs in fenced code are not citations
      expect(t.citations.some((c) => c.id.endsWith('-9999'))).toBe(false)
    }
    // the claim-ID pattern finds exactly the registry's IDs in its headings
    const heads = registry.flatMap((f) => f.text.match(claimIdRegExp(CLAIM_ID_PATTERN)) ?? [])
    expect(new Set(heads).size).toBeGreaterThanOrEqual(800)
  })

  it('writes a corpus folder with config, registry and tutorials', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'ta-corpus-'))
    try {
      const c = generateCorpus(out, { tutorials: 6, megabytes: 0.3, claims: 100, seed: 1 })
      expect(c.tutorialDirs).toHaveLength(6)
      expect(readdirSync(path.join(out, 'tutorials'))).toHaveLength(6)
      expect(c.tutorialBytes).toBeGreaterThan(0.25 * 1024 * 1024)
      expect(readFileSync(path.join(out, '.github/tutorial-amplifier.yml'), 'utf8')).toContain(
        CLAIM_ID_PATTERN
      )
      // every third tutorial has a SUMMARY.md
      expect(c.markdownFiles.filter((f) => f.endsWith('SUMMARY.md'))).toHaveLength(2)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
