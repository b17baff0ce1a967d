// Which findings a pull request's annotations and comment show (pure): `added` keeps findings on
// lines the PR adds, `file` those in files it changes, `nofilter` all. A finding about a claim whose
// registry entry the PR changed (made Deprecated, removed, …) is the PR's doing wherever it lands,
// and so is a stale committed draft of a tutorial the PR changed: both are always kept.
import type { Diagnostic } from '../model.js'
import type { FilterMode } from '../inputs.js'
import { parsePatch, type PullFile } from './affected.js'

/** Added lines per changed file (repository-relative); `all` when every line counts as added. */
export type ChangedLinesByFile = ReadonlyMap<string, ReadonlySet<number> | 'all'>

export function addedLines(files: readonly PullFile[]): ChangedLinesByFile {
  const out = new Map<string, ReadonlySet<number> | 'all'>()
  for (const f of files) {
    if (f.status === 'removed') continue
    // a new file is added whole; a file without a patch (binary, too large) cannot be narrowed
    if (f.status === 'added' || f.patch === undefined) out.set(f.filename, 'all')
    else out.set(f.filename, new Set(parsePatch(f.patch).added))
  }
  return out
}

export interface FilterInput {
  mode: FilterMode
  files: readonly PullFile[]
  /** claim IDs whose registry entries the PR changes */
  changedClaims: readonly string[]
  /** maps a diagnostic's file to its repository-relative path (default: as is) */
  repoPath?: (file: string) => string
}

export interface Filtered {
  /** findings the PR is responsible for under the mode */
  kept: Diagnostic[]
  /** the rest (shown in the job summary only) */
  outside: Diagnostic[]
}

const ALWAYS = new Set(['draft/stale'])

export function filterFindings(diagnostics: readonly Diagnostic[], o: FilterInput): Filtered {
  if (o.mode === 'nofilter') return { kept: [...diagnostics], outside: [] }
  const lines = addedLines(o.files)
  const claims = new Set(o.changedClaims)
  const repoPath = o.repoPath ?? ((f: string) => f)
  const kept: Diagnostic[] = []
  const outside: Diagnostic[] = []
  for (const d of diagnostics) {
    const changed = lines.get(repoPath(d.file))
    const byClaim = d.claim !== undefined && claims.has(d.claim)
    let keep = byClaim || ALWAYS.has(d.rule)
    if (!keep && changed !== undefined) {
      if (o.mode === 'file' || changed === 'all') keep = true
      else {
        // a finding spanning lines counts when any of them was added
        const last = Math.max(d.line, d.endLine ?? d.line)
        for (let l = d.line; l <= last && !keep; l++) keep = changed.has(l)
      }
    }
    ;(keep ? kept : outside).push(d)
  }
  return { kept, outside }
}
