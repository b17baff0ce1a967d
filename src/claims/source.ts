// Small helpers over a registry file's text: offsets to 1-based positions, the category name,
// and the check that the text was decoded from UTF-8 without loss.
import type { Diagnostic, Location } from '../model.js'
import { lineStarts, locate } from '../locate.js'
import { RULES, diagnostic } from '../rules.js'

/** Maps 0-based offsets of one text to 1-based line/column locations. */
export function locator(file: string, text: string): (offset: number) => Location {
  const starts = lineStarts(text)
  return (offset) => locate(starts, file, offset)
}

/** `claims/limitations.md` → `limitations`. */
export function categoryOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

export function isReadme(path: string): boolean {
  return /^readme\.(md|markdown)$/i.test(path.slice(path.lastIndexOf('/') + 1))
}

/**
 * A file that was not valid UTF-8 reaches us with U+FFFD replacement characters (or NUL bytes
 * when it is binary): report it at the first such character.
 */
export function encodingProblem(file: string, text: string): Diagnostic | undefined {
  const found = [text.indexOf('\uFFFD'), text.indexOf('\u0000')].filter((i) => i >= 0)
  if (found.length === 0) return undefined
  const bad = found.reduce((a, b) => Math.min(a, b), Infinity)
  const what = text.charCodeAt(bad) === 0 ? 'a NUL byte' : 'bytes that are not valid UTF-8'
  return diagnostic(
    RULES.registryParse,
    locator(file, text)(bad),
    `${file} is not UTF-8 text: ${what} at this position`
  )
}
