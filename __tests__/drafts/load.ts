// Test helpers: read a tutorial folder and a registry folder from disk into the pure model.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { posix } from 'node:path'
import { claimIdRegExp, defaultConfig, type Config } from '../../src/config/types.js'
import type { SourceFile, Tutorial, Registry } from '../../src/model.js'
import { parseTutorial } from '../../src/tutorial/index.js'
import { parseRegistry } from '../../src/claims/registry.js'
import { draftOf } from '../../src/engine.js'
import type { Draft } from '../../src/drafts/types.js'

/** Every file under `dir` with one of the extensions, as display paths relative to the repo root. */
export function readFiles(dir: string, exts: readonly string[]): SourceFile[] {
  const out: SourceFile[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = posix.join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (exts.some((e) => name.endsWith(e)))
        out.push({ path: p, text: readFileSync(p, 'utf8') })
    }
  }
  walk(dir)
  return out
}

export interface Fixture {
  tutorial: Tutorial
  registry: Registry
  config: Config
}

export function loadFixture(
  tutorialDir: string,
  claimsDir: string,
  config: Partial<Config> = {}
): Fixture {
  const cfg: Config = { ...defaultConfig(), ...config }
  const claimId = claimIdRegExp(cfg.claimIdPattern)
  return {
    tutorial: parseTutorial(tutorialDir, readFiles(tutorialDir, ['.md']), { claimId }),
    registry: parseRegistry(readFiles(claimsDir, ['.md', '.yml', '.yaml']), { claimId }),
    config: cfg
  }
}

/** The repository's example: Tidepool quickstart with its Markdown registry. */
export function tidepool(config: Partial<Config> = {}): Fixture {
  return loadFixture('examples/tidepool-quickstart', 'examples/claims', config)
}

/** The fixture with a different shape: no SUMMARY, no glossary, `Lab 1` exercises, YAML registry. */
export function wavelet(config: Partial<Config> = {}): Fixture {
  return loadFixture(
    '__tests__/fixtures/tutorials/lab-wavelet-ingest',
    '__tests__/fixtures/tutorials/wavelet-claims',
    { claimIdPattern: 'WV-[0-9]{4}', ...config }
  )
}

/** A tutorial's draft as the engine builds it: fact sheet → writer → the guard handed in. */
export function draftFor(
  tutorial: Tutorial,
  registry: Registry,
  config: Config,
  opts: { path: string; strict: boolean }
): Draft {
  return draftOf(
    { tutorials: [], registry: [], config, strict: opts.strict },
    tutorial,
    registry,
    opts.path
  )
}
