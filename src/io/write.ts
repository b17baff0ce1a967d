// Writing drafts atomically: every file is first written in full to a temporary file beside its
// target, then all are renamed into place. Targets that cannot take a file (a folder in the way)
// are refused before anything is written; if a rename still fails, the files already renamed get
// their earlier content back. Either every draft is new or every draft is as it was.
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
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

function current(p: string): string | undefined {
  try {
    return readFileSync(p, 'utf8')
  } catch {
    return undefined
  }
}

function refuseUnwritable(f: FileToWrite): void {
  let stat
  try {
    stat = lstatSync(f.path)
  } catch {
    return // nothing there yet
  }
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? 'a folder' : 'not a regular file'
    throw new UsageError(`cannot write the draft: ${f.display ?? f.path} is ${what}`)
  }
}

interface Staged {
  tmp: string
  file: FileToWrite
  /** content before this write; undefined when the file did not exist */
  before: string | undefined
}

export function writeFilesAtomically(files: FileToWrite[]): WriteOutcome {
  const outcome: WriteOutcome = { written: [], unchanged: [] }
  const changed: { file: FileToWrite; before: string | undefined }[] = []
  for (const f of files) {
    refuseUnwritable(f)
    const before = current(f.path)
    if (before === f.content) outcome.unchanged.push(f.path)
    else changed.push({ file: f, before })
  }
  const staged: Staged[] = []
  const renamed: Staged[] = []
  try {
    for (const { file, before } of changed) {
      mkdirSync(path.dirname(file.path), { recursive: true })
      const tmp = path.join(
        path.dirname(file.path),
        `.${path.basename(file.path)}.${process.pid}.${staged.length}.tmp`
      )
      writeFileSync(tmp, file.content, { encoding: 'utf8', flag: 'wx' })
      staged.push({ tmp, file, before })
    }
    for (const s of staged) {
      renameSync(s.tmp, s.file.path)
      renamed.push(s)
    }
  } catch (e) {
    for (const s of staged) if (!renamed.includes(s)) rmSync(s.tmp, { force: true })
    for (const s of renamed) {
      if (s.before === undefined) rmSync(s.file.path, { force: true })
      else writeFileSync(s.file.path, s.before, 'utf8')
    }
    throw e
  }
  for (const s of renamed) outcome.written.push(s.file.path)
  return outcome
}
