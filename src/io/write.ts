// Writing drafts atomically: every file is first written in full to a temporary file beside its
// target, then all are renamed into place. If anything fails before the renames, the temporary
// files are removed and every earlier draft stays exactly as it was.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface FileToWrite {
  /** absolute path */
  path: string
  content: string
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

export function writeFilesAtomically(files: FileToWrite[]): WriteOutcome {
  const outcome: WriteOutcome = { written: [], unchanged: [] }
  const staged: { tmp: string; target: string }[] = []
  try {
    for (const f of files) {
      if (current(f.path) === f.content) {
        outcome.unchanged.push(f.path)
        continue
      }
      mkdirSync(path.dirname(f.path), { recursive: true })
      const tmp = path.join(
        path.dirname(f.path),
        `.${path.basename(f.path)}.${process.pid}.${staged.length}.tmp`
      )
      writeFileSync(tmp, f.content, { encoding: 'utf8', flag: 'wx' })
      staged.push({ tmp, target: f.path })
    }
    for (const s of staged) {
      renameSync(s.tmp, s.target)
      outcome.written.push(s.target)
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true })
    throw e
  }
  return outcome
}
