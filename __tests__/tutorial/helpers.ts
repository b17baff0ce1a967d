// Test helpers for the tutorial reader: load fixture folders (tests may touch fs; src/ may not).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import type { SourceFile, Tutorial } from '../../src/model.js'
import { parseTutorial } from '../../src/tutorial/index.js'

export const FIXTURES = '__tests__/tutorial/fixtures'

/**
 * Every `.md` and `.mdx` file under `dir` (a path relative to the repository root), and each
 * Docusaurus `_category_` file, as display paths: what the CLI reads of a tutorial folder.
 */
export function loadFolder(dir: string): SourceFile[] {
  const out: SourceFile[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = `${d}/${name}`
      if (statSync(join(process.cwd(), path)).isDirectory()) walk(path)
      else if (/\.mdx?$|^_category_\.(?:json|ya?ml)$/.test(name))
        out.push({ path, text: readFileSync(path, 'utf8') })
    }
  }
  walk(dir)
  return out
}

export const claimId = (): RegExp => claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)

export function readFixture(name: string): Tutorial {
  const dir = `${FIXTURES}/${name}`
  return parseTutorial(dir, loadFolder(dir), { claimId: claimId() })
}

/** Parses an in-memory tutorial: `files` maps names inside `dir` to Markdown text. */
export function fromText(files: Record<string, string>, dir = 'docs/demo'): Tutorial {
  const list = Object.entries(files).map(([name, text]) => ({ path: `${dir}/${name}`, text }))
  return parseTutorial(dir, list, { claimId: claimId() })
}

/** 1-based line and column of the `nth` occurrence of `needle` in `text`. */
export function positionOf(
  text: string,
  needle: string,
  nth = 0
): { line: number; column: number } {
  let index = -1
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1)
    if (index === -1) throw new Error(`"${needle}" not found`)
  }
  const before = text.slice(0, index)
  const line = before.split('\n').length
  return { line, column: index - before.lastIndexOf('\n') }
}

export function fixtureText(path: string): string {
  return readFileSync(`${FIXTURES}/${path}`, 'utf8')
}
