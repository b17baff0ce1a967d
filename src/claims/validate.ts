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

/** The registry ID closest to `id` by edit distance, when it is close enough to be a typo. */
export function nearestId(id: string, index: ClaimIndex): string | undefined {
  const wanted = id.toUpperCase()
  // roughly one edit per four characters, at least one
  const limit = Math.max(1, Math.floor(id.length / 4))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of index.keys()) {
    const d = distance(wanted, candidate.toUpperCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
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
  const d = citationProblem(c, index)
  // the span of the ID itself, for reports that show ranges (SARIF, workflow commands)
  if (d) Object.assign(d, { endLine: c.line, endColumn: c.column + c.id.length })
  return d
}

function citationProblem(c: CitationRef, index: ClaimIndex): Diagnostic | undefined {
  const claim = index.get(c.id)
  if (!claim) {
    const near = nearestId(c.id, index)
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
