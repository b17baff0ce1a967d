// Checks claim citations against the registry: unknown IDs (with the nearest existing ID as a
// suggestion), Deprecated claims (naming the successor), Draft claims, and, on request, claims no
// tutorial cites. Lookups go through an index built once, so checking m citations against n
// claims costs O(n + m) (plus a suggestion search only for IDs that are not found).
import { distance } from 'fastest-levenshtein'
import type { Claim, Diagnostic, Registry, Tutorial } from '../model.js'
import { RULES, diagnostic } from '../rules.js'

/** Registry claims by ID (first definition wins, as in `parseRegistry`). */
export type ClaimIndex = ReadonlyMap<string, Claim>

const indexes = new WeakMap<Registry, ClaimIndex>()

/**
 * The index of a registry, built once per Registry object and then shared by every tutorial of
 * the run (citations, drafts, guard). A registry is not changed after parsing.
 */
export function indexRegistry(registry: Registry): ClaimIndex {
  let index = indexes.get(registry)
  if (index) return index
  const built = new Map<string, Claim>()
  for (const c of registry.claims) if (!built.has(c.id)) built.set(c.id, c)
  indexes.set(registry, (index = built))
  return index
}

/** Registries up to this size are searched whole for a suggestion; bigger ones through buckets. */
export const FULL_SEARCH_LIMIT = 2000

/**
 * At most this many IDs are compared with one unknown ID. A registry whose IDs share their last
 * part (`XX-A1-001`, `XX-A2-001`, … 100,000 times) would otherwise put the whole registry in one
 * bucket, and 5,000 unknown IDs would cost 500 million comparisons.
 */
export const MAX_CANDIDATES = FULL_SEARCH_LIMIT

interface SuggestionIndex {
  /** every ID in registry order, upper-cased, with its place in that order */
  ids: { id: string; upper: string; order: number }[]
  /** IDs by their leading part (all but the last `-` segment) and by their last part */
  buckets: Map<string, number[]>
  /** answers already given, per upper-cased unknown ID */
  memo: Map<string, string | undefined>
}

const suggestionIndexes = new WeakMap<ReadonlyMap<string, unknown>, SuggestionIndex>()

/**
 * Bucket keys of an ID, split into a leading and a last part at its last `-` (halves when it has
 * none): the last part alone, and the leading part with the last part or any one character of
 * it left out. Two IDs one edit apart share a key: an edit in the leading part leaves the last
 * part equal; an edit in the last part leaves one deletion of each side equal.
 */
function bucketKeys(upper: string): string[] {
  const cut = upper.lastIndexOf('-')
  const at = cut > 0 ? cut : Math.floor(upper.length / 2)
  const lead = upper.slice(0, at)
  const last = upper.slice(cut > 0 ? cut + 1 : at)
  // the most specific keys first: candidates are taken from them before the broad `>last`
  const keys = new Set([`<${lead}|${last}`])
  for (let i = 0; i < last.length; i++) keys.add(`<${lead}|${last.slice(0, i)}${last.slice(i + 1)}`)
  keys.add(`>${last}`)
  return [...keys]
}

function suggestionIndex(index: ReadonlyMap<string, unknown>): SuggestionIndex {
  let si = suggestionIndexes.get(index)
  if (si) return si
  const ids = [...index.keys()].map((id, order) => ({ id, upper: id.toUpperCase(), order }))
  const buckets = new Map<string, number[]>()
  if (ids.length > FULL_SEARCH_LIMIT) {
    for (const e of ids) {
      for (const k of bucketKeys(e.upper)) {
        const list = buckets.get(k)
        if (list) list.push(e.order)
        else buckets.set(k, [e.order])
      }
    }
  }
  si = { ids, buckets, memo: new Map() }
  suggestionIndexes.set(index, si)
  return si
}

/**
 * The registry ID closest to `id` by edit distance, when it is close enough to be a typo. Small
 * registries are searched whole; in big ones (more than FULL_SEARCH_LIMIT IDs) only IDs sharing
 * the last part (`001` of `KS-ARCH-001`), or the leading part and all but one character of the
 * last part, are candidates, so one typo is always found and a search never walks the whole registry. Answers are remembered per ID.
 */
export function nearestId(id: string, index: ReadonlyMap<string, unknown>): string | undefined {
  const wanted = id.toUpperCase()
  const si = suggestionIndex(index)
  if (si.memo.has(wanted)) return si.memo.get(wanted)
  // roughly one edit per four characters, at least one
  const limit = Math.max(1, Math.floor(id.length / 4))
  let candidates: { id: string; upper: string }[]
  if (si.ids.length <= FULL_SEARCH_LIMIT) candidates = si.ids
  else {
    const orders = new Set<number>()
    gather: for (const k of bucketKeys(wanted)) {
      for (const o of si.buckets.get(k) ?? []) {
        orders.add(o)
        if (orders.size >= MAX_CANDIDATES) break gather
      }
    }
    candidates = [...orders].sort((a, b) => a - b).map((o) => si.ids[o]!)
  }
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    if (Math.abs(candidate.upper.length - wanted.length) >= bestDistance) continue
    const d = distance(wanted, candidate.upper)
    if (d < bestDistance) {
      best = candidate.id
      bestDistance = d
    }
  }
  si.memo.set(wanted, best)
  return best
}

const place = (c: Claim) => `${c.file}:${c.line}`

export interface CitationRef {
  id: string
  file: string
  line: number
  column: number
}

/** The problem with one citation, if any: `claim/unknown`, `claim/deprecated` or `claim/draft`. */
export function validateCitation(
  c: CitationRef,
  registry: Registry,
  index: ClaimIndex = indexRegistry(registry)
): Diagnostic | undefined {
  const d = citationProblem(c, index, allIds(registry, index))
  // the span of the ID itself, for reports that show ranges (SARIF, workflow commands)
  if (d) Object.assign(d, { endLine: c.line, endColumn: c.column + c.id.length })
  return d
}

const idIndexes = new WeakMap<Registry, ReadonlyMap<string, unknown>>()

/**
 * Every ID of a registry, for suggestions: the claim index, or, when only part of the registry
 * was parsed, its line index (complete: a typo is matched against every claim).
 */
function allIds(registry: Registry, index: ClaimIndex): ReadonlyMap<string, unknown> {
  if (!registry.index) return index
  let ids = idIndexes.get(registry)
  if (!ids) idIndexes.set(registry, (ids = new Map(registry.index.map((c) => [c.id, c]))))
  return ids
}

function citationProblem(
  c: CitationRef,
  index: ClaimIndex,
  ids: ReadonlyMap<string, unknown>
): Diagnostic | undefined {
  const claim = index.get(c.id)
  if (!claim) {
    const near = nearestId(c.id, ids)
    const hint = near ? `; did you mean ${near}?` : ''
    return diagnostic(RULES.claimUnknown, c, `${c.id} is not in the claims registry${hint}`, c.id)
  }
  if (claim.status === 'deprecated') {
    const next = claim.supersededBy ? `; superseded by ${claim.supersededBy}` : ''
    return diagnostic(
      RULES.claimDeprecated,
      c,
      `${c.id} is Deprecated (${place(claim)})${next}`,
      c.id
    )
  }
  if (claim.status === 'draft') {
    return diagnostic(
      RULES.claimDraft,
      c,
      `${c.id} is still Draft, not yet verified (${place(claim)})`,
      c.id
    )
  }
  return undefined
}

export interface ValidateOptions {
  /** also report claims that no tutorial cites (only meaningful when every tutorial was read) */
  reportUnreferenced: boolean
}

/**
 * One diagnostic per problem citation, in tutorial and citation order; then, when asked,
 * `claim/unreferenced` at the definition of every claim no tutorial cites. Deprecated claims
 * are not reported as unreferenced: they are kept for history and should not be cited.
 */
export function validateCitations(
  tutorials: readonly Tutorial[],
  registry: Registry,
  opts: ValidateOptions
): Diagnostic[] {
  const index = indexRegistry(registry)
  const out: Diagnostic[] = []
  const cited = new Set<string>()
  if (registry.files.length === 0 && registry.claims.length === 0) return missingRegistry(tutorials)
  for (const t of tutorials) {
    for (const c of t.citations) {
      cited.add(c.id)
      const d = validateCitation(c, registry, index)
      if (d) out.push(d)
    }
  }
  if (opts.reportUnreferenced) {
    for (const claim of index.values()) {
      if (cited.has(claim.id) || claim.status === 'deprecated') continue
      out.push(
        diagnostic(RULES.claimUnreferenced, claim, `${claim.id} is cited by no tutorial`, claim.id)
      )
    }
  }
  return out
}

/**
 * Without any registry file every citation would be "unknown": one `registry/missing` finding at
 * the first citation says so instead.
 */
function missingRegistry(tutorials: readonly Tutorial[]): Diagnostic[] {
  const all = tutorials.flatMap((t) => t.citations)
  const first = all[0]
  if (!first) return []
  const ids = new Set(all.map((c) => c.id)).size
  return [
    diagnostic(
      RULES.registryMissing,
      first,
      `no claims registry was found, so ${all.length === 1 ? 'the citation' : `these ${all.length} citations`} of ${ids === 1 ? 'one claim ID' : `${ids} claim IDs`} cannot be checked; name the registry folder (config "claims:", CLI --claims, action input "claims") or keep it in a folder named "claims"`
    )
  ]
}
