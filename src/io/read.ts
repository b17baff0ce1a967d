// Reading source files at the edge: size cap, strict UTF-8, no NUL bytes. Problems become
// diagnostics (with line:col of the first bad byte) so one bad file never stops the run.
import { readFileSync, statSync } from 'node:fs'
import type { Diagnostic, RuleDef, SourceFile } from '../model.js'
import { diagnostic } from '../rules.js'

/** Files larger than this are not read (a tutorial chapter or registry file is far smaller). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024

const strict = new TextDecoder('utf-8', { fatal: true })
const lossy = new TextDecoder('utf-8')

/** 1-based line and column of `offset` in `text`. */
function lineColAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const nl = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: [...before.slice(nl + 1)].length + 1 }
}

/**
 * Deepest nesting of lists and blockquotes we read. Markdown parsers recurse per level (remark
 * overflows the stack near 10,000 and slows down quadratically long before); real documents stay
 * under ten.
 */
export const MAX_NESTING = 100

// A line opening more than MAX_NESTING containers (`- - - …`, `>>>…`), or indented that deep.
const DEEP_MARKERS = new RegExp(
  `^(?:[ \\t]*(?:[-*+>]|\\d{1,9}[.)])(?=[ \\t>]|$)){${MAX_NESTING + 1},}`,
  'm'
)
const DEEP_INDENT = new RegExp(`^[ \\t]{${4 * MAX_NESTING},}\\S`, 'm')

/** Where a text nests deeper than MAX_NESTING, or -1. */
function tooDeep(text: string): number {
  const a = DEEP_MARKERS.exec(text)
  const b = DEEP_INDENT.exec(text)
  const at = [a?.index, b?.index].filter((x): x is number => x !== undefined)
  return at.length === 0 ? -1 : Math.min(...at)
}

export type ReadResult = { file: SourceFile } | { diagnostic: Diagnostic }

/** Reads one file as strict UTF-8 text; `display` is its display path, `rule` the rule for problems. */
export function readSource(abs: string, display: string, rule: RuleDef): ReadResult {
  const at = { file: display, line: 1, column: 1 }
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`
  let bytes: Uint8Array
  try {
    const size = statSync(abs).size
    if (size > MAX_FILE_BYTES) {
      const why = `file is too large to read (${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)})`
      return { diagnostic: diagnostic(rule, at, why) }
    }
    bytes = readFileSync(abs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    return { diagnostic: diagnostic(rule, at, `cannot read file (${code})`) }
  }
  let text: string
  try {
    text = strict.decode(bytes)
  } catch {
    // The lossy decoding marks the first bad byte with U+FFFD: that is where we point.
    const shown = lossy.decode(bytes)
    const at = lineColAt(shown, Math.max(0, shown.indexOf('\uFFFD')))
    return {
      diagnostic: diagnostic(rule, { file: display, ...at }, 'file is not valid UTF-8 text')
    }
  }
  const nul = text.indexOf('\0')
  if (nul >= 0) {
    const at = lineColAt(text, nul)
    return {
      diagnostic: diagnostic(rule, { file: display, ...at }, 'binary file (NUL byte), not text')
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const deep = tooDeep(text)
  if (deep >= 0) {
    const at = lineColAt(text, deep)
    const why = `lists or blockquotes nest deeper than ${MAX_NESTING} levels; not read`
    return { diagnostic: diagnostic(rule, { file: display, ...at }, why) }
  }
  return { file: { path: display, text } }
}
