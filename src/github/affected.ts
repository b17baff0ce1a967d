// Which tutorials a pull request affects (pure). A tutorial is affected when the PR changes a file
// inside its folder or its committed draft, or when it cites a claim whose registry entry changed.
// Changed claims come from the files' unified-diff `patch`: IDs on added or removed lines, and the
// claims whose entry (from its heading to the next claim) holds a changed line.
import parseDiff from 'parse-diff'

/** One entry of `GET /repos/{owner}/{repo}/pulls/{n}/files` (the fields we read). */
export interface PullFile {
  filename: string
  status: string
  /** absent for binary files and very large diffs */
  patch?: string
  previous_filename?: string
}

export interface ChangedLines {
  /** new-file line numbers of added lines */
  added: number[]
  /** new-file lines next to which lines were removed */
  removedAt: number[]
  addedText: string[]
  removedText: string[]
}

/**
 * Reads a unified-diff patch (as GitHub returns it per file: hunks without file headers) into
 * changed line numbers and text. parse-diff does the parsing.
 */
export function parsePatch(patch: string): ChangedLines {
  const out: ChangedLines = { added: [], removedAt: [], addedText: [], removedText: [] }
  const removedAt = new Set<number>()
  for (const file of parseDiff(patch.replace(/\r\n/g, '\n'))) {
    for (const chunk of file.chunks) {
      // the new-file line the next added or kept line will have
      let next = chunk.newStart
      for (const c of chunk.changes) {
        if (c.content.startsWith('\\')) continue // `\ No newline at end of file`
        if (c.type === 'add') {
          out.added.push(c.ln)
          out.addedText.push(c.content.slice(1))
          next = c.ln + 1
        } else if (c.type === 'del') {
          // a removal sits between new lines next-1 and next: count both neighbours
          if (next > 1) removedAt.add(next - 1)
          removedAt.add(Math.max(1, next))
          out.removedText.push(c.content.slice(1))
        } else {
          next = c.ln2 + 1
        }
      }
    }
  }
  out.removedAt = [...removedAt]
  return out
}

/** Every match of a claim-ID RegExp in `text` (a fresh global copy, so callers' state is untouched). */
export function idsIn(text: string, claimId: RegExp): string[] {
  const re = new RegExp(
    claimId.source,
    claimId.flags.includes('g') ? claimId.flags : `${claimId.flags}g`
  )
  return [...text.matchAll(re)].map((m) => m[0])
}

export interface ClaimAt {
  id: string
  /** display path of its registry file (repository-relative) */
  file: string
  /** line of its heading or entry */
  line: number
}

export interface ClaimSpan extends ClaimAt {
  /** last line of the entry (Infinity for a file's last claim) */
  end: number
}

/** Each claim's entry spans from its line to the line before the next claim of the same file. */
export function claimSpans(claims: readonly ClaimAt[]): ClaimSpan[] {
  return [...spansByFile(claims).values()].flat()
}

/** The spans of each file, sorted by line (O(n log n) in all). */
function spansByFile(claims: readonly ClaimAt[]): Map<string, ClaimSpan[]> {
  const byFile = new Map<string, ClaimAt[]>()
  for (const c of claims) {
    const list = byFile.get(c.file)
    if (list) list.push(c)
    else byFile.set(c.file, [c])
  }
  const out = new Map<string, ClaimSpan[]>()
  for (const [file, list] of byFile) {
    const sorted = [...list].sort((a, b) => a.line - b.line)
    out.set(
      file,
      sorted.map((c, i) => {
        const next = sorted[i + 1]
        return { ...c, end: next ? next.line - 1 : Infinity }
      })
    )
  }
  return out
}

/** The span holding `line` in spans sorted by line (binary search), if any. */
function spanAt(spans: readonly ClaimSpan[], line: number): ClaimSpan | undefined {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]!
    if (line < s.line) hi = mid - 1
    else if (line > s.end) lo = mid + 1
    else return s
  }
  return undefined
}

export interface ChangedClaims {
  ids: string[]
  /** a registry file changed in a way we cannot read (no patch): every claim may be concerned */
  unknown: boolean
}

/** Claim IDs a PR's changes to registry files touch. */
export function changedClaims(
  files: readonly PullFile[],
  opts: { isRegistry: (path: string) => boolean; claims: readonly ClaimAt[]; claimId: RegExp }
): ChangedClaims {
  const ids = new Set<string>()
  let unknown = false
  const spans = spansByFile(opts.claims)
  for (const f of files) {
    const paths = [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]
    if (!paths.some(opts.isRegistry)) continue
    if (f.patch === undefined) {
      // binary or too large to diff: count every claim still in the file, and flag the rest
      const inFile = spans.get(f.filename) ?? []
      for (const s of inFile) ids.add(s.id)
      if (inFile.length === 0 || f.status === 'removed' || f.previous_filename) unknown = true
      continue
    }
    const p = parsePatch(f.patch)
    for (const t of [...p.addedText, ...p.removedText]) {
      for (const id of idsIn(t, opts.claimId)) ids.add(id)
    }
    const inFile = spans.get(f.filename) ?? []
    for (const l of [...p.added, ...p.removedAt]) {
      const s = spanAt(inFile, l)
      if (s) ids.add(s.id)
    }
  }
  return { ids: [...ids].sort(), unknown }
}

/** True when `file` (repository-relative, POSIX) lies inside folder `dir`. */
export function isInside(file: string, dir: string): boolean {
  const d = dir.replace(/\/+$/, '')
  return d === '.' || d === '' || file === d || file.startsWith(`${d}/`)
}

export interface AffectedPlan {
  /** every tutorial is affected (the config changed, or a registry change we cannot read) */
  all: boolean
  /** tutorial folders affected directly (a file inside, or their draft, changed) */
  direct: string[]
  /** claim IDs whose citing tutorials are affected too */
  claimIds: string[]
  /** registry files the PR changes */
  registryFiles: string[]
}

export interface PlanInput {
  files: readonly PullFile[]
  /** tutorial folders, display paths relative to the repository root */
  tutorialDirs: readonly string[]
  /** draft paths per tutorial folder (same keys): ours and the committed ones */
  draftPaths?: ReadonlyMap<string, string | readonly string[]>
  /** config files whose change affects everything */
  configFiles: readonly string[]
  isRegistry: (path: string) => boolean
  claims: readonly ClaimAt[]
  claimId: RegExp
}

function draftsOf(o: PlanInput, dir: string): readonly string[] {
  const d = o.draftPaths?.get(dir)
  return d === undefined ? [] : typeof d === 'string' ? [d] : d
}

export function planAffected(o: PlanInput): AffectedPlan {
  const paths = o.files.flatMap((f) => [
    f.filename,
    ...(f.previous_filename ? [f.previous_filename] : [])
  ])
  const claims = changedClaims(o.files, o)
  const all = claims.unknown || paths.some((p) => o.configFiles.includes(p))
  const direct = o.tutorialDirs.filter(
    (d) => paths.some((p) => isInside(p, d)) || draftsOf(o, d).some((p) => paths.includes(p))
  )
  return {
    all,
    direct,
    claimIds: claims.ids,
    registryFiles: [...new Set(paths.filter(o.isRegistry))].sort()
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A cheap test over raw Markdown text: does it mention any of `ids` as a whole word? No parsing, so
 * an ID inside a code block counts too (the tutorial is then parsed, and the engine decides).
 */
export function citationScanner(ids: readonly string[]): (text: string) => boolean {
  if (ids.length === 0) return () => false
  const re = new RegExp(
    `(?<![A-Za-z0-9_-])(?:${[...ids]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![A-Za-z0-9_-])`
  )
  return (text) => re.test(text)
}
