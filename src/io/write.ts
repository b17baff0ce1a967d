// Writing drafts atomically. Every file is first written in full (and flushed) to a temporary file
// beside its target, then all are renamed into place. A rename is atomic, so even a run killed
// outright (SIGKILL, power loss) leaves each draft either old or new, never half-written: the
// all-or-nothing promise holds per file under SIGKILL; across several drafts it holds for every
// failure the process lives through (a failed rename puts back what was renamed before it).
//
// Temporary names are unique (random, not the PID, which repeats: PID 1 in every container) and
// carry our suffix, so leftovers of a killed run are recognised and removed by a later one once
// they are older than STALE_TEMP_MS. Earlier drafts are kept as bytes, so a rollback restores them
// byte for byte whatever their encoding. Every error names the file.
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'

export interface FileToWrite {
  /** absolute path */
  path: string
  content: string
  /** how the path is shown in messages (default: the absolute path) */
  display?: string
}

export interface WriteOutcome {
  /** absolute paths whose content changed */
  written: string[]
  /** absolute paths already holding exactly this content */
  unchanged: string[]
}

/** Suffix of our temporary files: `.<draft name>.<12 hex digits>.ta.tmp`. */
export const TEMP_SUFFIX = '.ta.tmp'
/** A temporary file of ours older than this belongs to a run that died; it is removed. */
export const STALE_TEMP_MS = 10 * 60 * 1000

const shown = (f: FileToWrite): string => f.display ?? f.path

function fail(f: FileToWrite, e: unknown): never {
  if (e instanceof UsageError) throw e
  const code = (e as NodeJS.ErrnoException).code ?? 'error'
  throw new UsageError(`cannot write the draft ${shown(f)} (${code})`)
}

function current(p: string): Buffer | undefined {
  try {
    return readFileSync(p)
  } catch {
    return undefined
  }
}

/** Refuses targets that cannot take a file: a folder or special file there, a file on the way. */
function refuseUnwritable(f: FileToWrite): void {
  // every existing ancestor must be a folder (a file named `publication-drafts` is not)
  for (let dir = path.dirname(f.path); ; dir = path.dirname(dir)) {
    let st
    try {
      st = statSync(dir)
    } catch {
      if (path.dirname(dir) === dir) break
      continue // does not exist yet: made below
    }
    if (!st.isDirectory()) {
      throw new UsageError(`cannot write the draft ${shown(f)}: ${dir} is a file, not a folder`)
    }
    break
  }
  let stat
  try {
    stat = lstatSync(f.path)
  } catch {
    return // nothing there yet
  }
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? 'a folder' : 'not a regular file'
    throw new UsageError(`cannot write the draft: ${shown(f)} is ${what}`)
  }
}

/** Removes our temporary files for `target` that a killed run left behind. */
function removeStaleTemps(target: string, now: number): void {
  const dir = path.dirname(target)
  const prefix = `.${path.basename(target)}.`
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue
    if (!/^[0-9a-f]{12}$/.test(name.slice(prefix.length, -TEMP_SUFFIX.length))) continue
    const p = path.join(dir, name)
    try {
      const st = lstatSync(p)
      if (st.isFile() && now - st.mtimeMs > STALE_TEMP_MS) rmSync(p, { force: true })
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** Writes `content` to a new temporary file beside `target`, flushed to disk; returns its path. */
function writeTemp(target: string, content: string): string {
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`
  )
  const fd = openSync(tmp, 'wx', 0o644)
  try {
    const data = Buffer.from(content, 'utf8')
    let off = 0
    while (off < data.length) off += writeSync(fd, data, off, data.length - off)
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    rmSync(tmp, { force: true }) // a full disk leaves no partial file
    throw e
  }
  closeSync(fd)
  return tmp
}

interface Staged {
  tmp: string
  file: FileToWrite
  /** bytes before this write; undefined when the file did not exist */
  before: Buffer | undefined
}

export function writeFilesAtomically(files: FileToWrite[], now: number = Date.now()): WriteOutcome {
  const outcome: WriteOutcome = { written: [], unchanged: [] }
  const changed: { file: FileToWrite; before: Buffer | undefined }[] = []
  for (const f of files) {
    refuseUnwritable(f)
    const before = current(f.path)
    if (before !== undefined && before.equals(Buffer.from(f.content, 'utf8'))) {
      outcome.unchanged.push(f.path)
    } else changed.push({ file: f, before })
  }
  const staged: Staged[] = []
  const renamed: Staged[] = []
  let doing: FileToWrite | undefined
  try {
    for (const { file, before } of changed) {
      doing = file
      mkdirSync(path.dirname(file.path), { recursive: true })
      removeStaleTemps(file.path, now)
      staged.push({ tmp: writeTemp(file.path, file.content), file, before })
    }
    for (const s of staged) {
      doing = s.file
      renameSync(s.tmp, s.file.path)
      renamed.push(s)
    }
  } catch (e) {
    for (const s of staged) if (!renamed.includes(s)) rmSync(s.tmp, { force: true })
    for (const s of renamed) {
      try {
        if (s.before === undefined) rmSync(s.file.path, { force: true })
        else writeFileSync(s.file.path, s.before)
      } catch {
        // best effort: the error below names the draft that failed
      }
    }
    fail(doing ?? files[0]!, e)
  }
  for (const s of renamed) outcome.written.push(s.file.path)
  return outcome
}
