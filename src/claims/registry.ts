// Loads the claims registry: every `.md`, `.yml` and `.yaml` file of the registry folder(s),
// both formats mixed. Files are read in path order and claims in file order, so the output is
// deterministic. README files describe the rules and are skipped, even when they mention IDs.
//
// When one ID is defined twice, the first definition (in that order) is kept and the second is
// reported as `registry/duplicate-id`. Invalid entries that have an ID are kept (see entry.ts).
import type { Claim, ClaimRef, Diagnostic, Registry, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { toClaim, type RawEntry } from './entry.js'
import { idMatcher, type IdMatcher } from './ids.js'
import {
  indexMarkdownEntries,
  readIndexedClaim,
  readMarkdownEntries,
  type IndexedClaim
} from './markdown.js'
import { categoryOf, encodingProblem, extensionOf, isReadme } from './source.js'
import { readYamlEntries } from './yaml.js'
import { append } from '../append.js'

export interface RegistryOptions {
  /** the claim-ID RegExp (`claimIdRegExp()` from src/config/types.ts) */
  claimId: RegExp
  /**
   * Where what one file holds may come from (`--cache`, src/engine.ts): given a file and its
   * reading, gives back what that reading gives (`parseRegistry` only).
   */
  reads?: (file: SourceFile, read: () => RegistryFileRead) => RegistryFileRead
}

/** What one registry file holds, as `parseRegistry` reads it (stored whole by `--cache`). */
export type RegistryFileRead = FileRead

const MARKDOWN = new Set(['md', 'markdown'])
const YAML = new Set(['yml', 'yaml'])

/** Whether a file of the registry folder is read as registry content. */
export function isRegistryFile(path: string): boolean {
  const ext = extensionOf(path)
  return (MARKDOWN.has(ext) || YAML.has(ext)) && !isReadme(path)
}

/** One registry entry as a file read gives it: parsed, or found by the line index only. */
type Item = { raw: RawEntry; report: boolean } | { indexed: IndexedClaim }

/** What reading one registry file gave: its entries, or the problem that stopped the read. */
interface FileRead {
  file: SourceFile
  items: Item[]
  diagnostics: Diagnostic[]
}

/**
 * Reads one registry file. `index`: a Markdown file is indexed line by line
 * (`indexMarkdownEntries`) and only what the index cannot settle is parsed; YAML is always read
 * whole (js-yaml builds no Markdown tree and is fast).
 */
function readFile(file: SourceFile, ids: IdMatcher, index: boolean): FileRead {
  const bad = encodingProblem(file.path, file.text)
  if (bad) return { file, items: [], diagnostics: [bad] }
  try {
    if (YAML.has(extensionOf(file.path))) {
      const result = readYamlEntries(file.path, file.text, ids)
      return { file, items: result.entries, diagnostics: result.diagnostics }
    }
    if (index) {
      const items = indexMarkdownEntries(file.path, file.text, ids).map((e) =>
        'raw' in e ? { raw: e.raw, report: true } : e
      )
      return { file, items, diagnostics: [] }
    }
    const items = readMarkdownEntries(file.path, file.text, ids).map((raw) => ({
      raw,
      report: true
    }))
    return { file, items, diagnostics: [] }
  } catch (e) {
    // A parser giving up on a pathological file (nesting deep enough to exhaust the stack)
    // costs that file, not the run.
    if (!(e instanceof RangeError)) throw e
    const at = { file: file.path, line: 1, column: 1 }
    return {
      file,
      items: [],
      diagnostics: [diagnostic(RULES.registryParse, at, `cannot parse: ${e.message}`)]
    }
  }
}

const byPath = (a: SourceFile, b: SourceFile): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0

/**
 * Claims and diagnostics of files read, in order: the first definition of an ID wins, a later one
 * is `registry/duplicate-id`. An indexed claim is parsed when `wanted` holds its ID; otherwise only
 * its place is kept (in `index`, with every first definition, parsed or not).
 */
function collect(
  reads: readonly FileRead[],
  ids: IdMatcher,
  wanted?: ReadonlySet<string>
): { claims: Claim[]; diagnostics: Diagnostic[]; index: ClaimRef[] } {
  const claims: Claim[] = []
  const diagnostics: Diagnostic[] = []
  const index: ClaimRef[] = []
  const byId = new Map<string, ClaimRef>()
  /** Records a definition; false when the ID was defined before (reported here). */
  const first = (at: ClaimRef): boolean => {
    const before = byId.get(at.id)
    if (before) {
      diagnostics.push(
        diagnostic(
          RULES.registryDuplicateId,
          at,
          `${at.id} is defined twice: ${before.file}:${before.line} and ${at.file}:${at.line} (the first is used)`,
          at.id
        )
      )
      return false
    }
    byId.set(at.id, at)
    index.push(at)
    return true
  }
  for (const read of reads) {
    append(diagnostics, read.diagnostics)
    const category = categoryOf(read.file.path)
    const parsed = (raw: RawEntry, report: boolean): void => {
      const { claim, diagnostics: found } = toClaim(raw, { category, ids, report })
      append(diagnostics, found)
      const at = { id: claim.id, file: claim.file, line: claim.line, column: claim.column }
      if (first(at)) claims.push(claim)
    }
    for (const item of read.items) {
      if ('raw' in item) parsed(item.raw, item.report)
      else if (wanted?.has(item.indexed.id)) {
        try {
          for (const raw of readIndexedClaim(read.file.path, item.indexed, ids)) parsed(raw, true)
        } catch (e) {
          if (!(e instanceof RangeError)) throw e
          const at = { file: read.file.path, line: item.indexed.line, column: 1 }
          diagnostics.push(diagnostic(RULES.registryParse, at, `cannot parse: ${e.message}`))
        }
      } else
        first({ id: item.indexed.id, file: read.file.path, line: item.indexed.line, column: 1 })
    }
  }
  return { claims, diagnostics, index }
}

export function parseRegistry(files: SourceFile[], opts: RegistryOptions): Registry {
  const ids = idMatcher(opts.claimId)
  const sorted = files.filter((f) => isRegistryFile(f.path)).sort(byPath)
  const reads = opts.reads
  const { claims, diagnostics } = collect(
    sorted.map((f) => (reads ? reads(f, () => readFile(f, ids, false)) : readFile(f, ids, false))),
    ids
  )
  return { claims, files: sorted.map((f) => f.path), diagnostics }
}

/**
 * A registry read line by line (`scanRegistry`): where every claim is defined, without the
 * Markdown syntax tree of the files. `partialRegistry` then parses only the claims a run needs.
 */
export interface RegistryScan {
  /** every claim the registry defines (first definitions), in registry order */
  claims: ClaimRef[]
  /** @internal the files as read */
  reads: FileRead[]
  /** @internal */
  ids: IdMatcher
}

/**
 * Indexes a registry without parsing its Markdown claim entries (see `indexMarkdownEntries`):
 * `claims` lists every claim `parseRegistry` would find, at the same places and in the same
 * order. A pull request run plans from it and then reads only what it needs (`partialRegistry`).
 */
export function scanRegistry(files: SourceFile[], opts: RegistryOptions): RegistryScan {
  const ids = idMatcher(opts.claimId)
  const reads = files
    .filter((f) => isRegistryFile(f.path))
    .sort(byPath)
    .map((f) => readFile(f, ids, true))
  return { claims: collect(reads, ids).index, reads, ids }
}

/**
 * Part of a registry, for a pull request run: the files in `files` (the ones the PR changes) are
 * read whole, as `parseRegistry` reads them; of every other Markdown file only the claims in `ids`
 * are parsed (and whatever the line index could not settle without parsing). The result's
 * `index` lists every claim of the registry; `claims` holds the parsed ones, in registry order;
 * `diagnostics` are those of the files read whole, of the claims parsed, and every duplicate ID.
 * For any claim it parsed, the result says what `parseRegistry` says.
 */
export function partialRegistry(
  scan: RegistryScan,
  only: { ids: ReadonlySet<string>; files: ReadonlySet<string> }
): Registry {
  const reads = scan.reads.map((r) =>
    only.files.has(r.file.path) && r.items.some((i) => 'indexed' in i)
      ? readFile(r.file, scan.ids, false)
      : r
  )
  const { claims, diagnostics, index } = collect(reads, scan.ids, only.ids)
  return { claims, files: reads.map((r) => r.file.path), diagnostics, index }
}
