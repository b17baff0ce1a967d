// Reading source files at the edge, through one gate: the file must lie inside the workspace once
// symbolic links are resolved, be a regular file (no FIFO, device, socket or folder), stay under a
// size cap, be strict UTF-8 without NUL bytes. Problems become diagnostics (with line:col of the
// first bad byte) so one bad file never stops the run.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import path from 'node:path'
import type { Diagnostic, RuleDef, SourceFile } from '../model.js'
import { diagnostic } from '../rules.js'
import { MAX_NESTING, tooDeep } from '../nesting.js'
import { lineStarts, locate } from '../locate.js'
import { noteRead } from './heap.js'

/** Files larger than this are not read (a tutorial chapter or registry file is far smaller). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024

const strict = new TextDecoder('utf-8', { fatal: true })
const lossy = new TextDecoder('utf-8')

/** 1-based line and column (in characters) of `offset` in `text`, lines counted as `lineStarts` does. */
function lineColAt(text: string, offset: number): { line: number; column: number } {
  const { line, column } = locate(lineStarts(text), '', offset)
  const start = offset - (column - 1)
  return { line, column: [...text.slice(start, offset)].length + 1 }
}

/** What kind of thing a non-regular file is, for messages. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  return 'not a regular file'
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** Why a file was not read: `code` is an errno-like code, `message` says it for people. */
export interface Refusal {
  code: string
  message: string
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`

/**
 * The one gate every file we read goes through (config, chapters, registry, drafts). `root` is
 * the workspace. The path is resolved (symbolic links followed) and must stay inside the
 * workspace; it must name a regular file of at most `maxBytes`. The file is opened without
 * following a link and without blocking, and checked again on the open descriptor (so a file
 * swapped for a FIFO or a link in between is refused too), then read up to the cap only.
 */
export function readInside(
  root: string,
  abs: string,
  maxBytes: number
): { bytes: Buffer } | { refused: Refusal } {
  const fail = (code: string, message: string) => ({ refused: { code, message } })
  let real: string
  let realRoot: string
  try {
    realRoot = realpathSync(root)
    real = realpathSync(abs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    return fail(code, `cannot read file (${code})`)
  }
  if (!inside(realRoot, real)) {
    return fail('EOUTSIDE', 'symbolic link leads outside the workspace; not read')
  }
  let fd: number
  try {
    const st = statSync(real)
    if (st.isDirectory()) return fail('EISDIR', 'cannot read file (EISDIR)')
    if (!st.isFile()) return fail('ENOTREG', `${kindOf(st)}, not a regular file; not read`)
    if (st.size > maxBytes) {
      return fail(
        'EFBIG',
        `file is too large to read (${mb(st.size)}; the limit is ${mb(maxBytes)})`
      )
    }
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    return fail(code, `cannot read file (${code})`)
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return fail('ENOTREG', `${kindOf(st)}, not a regular file; not read`)
    // read at most one byte past the cap: a file growing while we read is cut off, not followed
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1)
    let n = 0
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null)
      if (got === 0) break
      n += got
      if (n === buf.length) break
    }
    if (n > maxBytes) {
      return fail('EFBIG', `file is too large to read (more than ${mb(maxBytes)})`)
    }
    noteRead(n)
    return { bytes: buf.subarray(0, n) }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    return fail(code, `cannot read file (${code})`)
  } finally {
    closeSync(fd)
  }
}

export type ReadResult = { file: SourceFile } | { diagnostic: Diagnostic }

/**
 * Reads one file as strict UTF-8 text through the workspace gate (`readInside`); `display` is its
 * display path, `rule` the rule for problems.
 */
export function readSource(root: string, abs: string, display: string, rule: RuleDef): ReadResult {
  const at = { file: display, line: 1, column: 1 }
  const r = readInside(root, abs, MAX_FILE_BYTES)
  if ('refused' in r) return { diagnostic: diagnostic(rule, at, r.refused.message) }
  const bytes = r.bytes
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
  if (deep) {
    const at = lineColAt(text, deep.offset)
    const why = `${deep.what} nest deeper than ${MAX_NESTING} levels; not read`
    return { diagnostic: diagnostic(rule, { file: display, ...at }, why) }
  }
  return { file: { path: display, text } }
}
