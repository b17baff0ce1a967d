// The rule catalogue: every diagnostic the engine can emit, with its stable ID and default
// severity. Severities are overridable per rule in `.github/tutorial-amplifier.yml` (`rules:`).
import type { Diagnostic, RuleDef, Severity } from './model.js'

const def = (id: string, severity: Severity, description: string): RuleDef => ({
  id,
  severity,
  description
})

export const RULES = {
  claimUnknown: def('claim/unknown', 'error', 'A cited claim ID is not in the registry.'),
  claimDeprecated: def('claim/deprecated', 'error', 'A cited claim is Deprecated.'),
  claimDraft: def('claim/draft', 'warning', 'A cited claim is still Draft (not validated).'),
  claimUnreferenced: def('claim/unreferenced', 'info', 'A registry claim no tutorial cites.'),
  claimLookalikeId: def(
    'claim/lookalike-id',
    'error',
    'A token that looks like a claim ID but holds a confusable or invisible character (Cyrillic "А", a zero-width space), so it is no citation.'
  ),
  claimUncitedFigure: def(
    'claim/uncited-figure',
    'warning',
    'A performance, durability or cost figure stated in a sentence that cites no claim.'
  ),
  registryDuplicateId: def('registry/duplicate-id', 'error', 'One claim ID is defined twice.'),
  registryInvalid: def(
    'registry/invalid',
    'error',
    'A registry entry without claim text or status, or with an unknown status.'
  ),
  registryMissing: def(
    'registry/missing',
    'error',
    'Tutorials cite claim IDs but no claims registry file was found.'
  ),
  registryParse: def('registry/parse', 'error', 'A registry file that does not parse.'),
  tutorialStructure: def(
    'tutorial/structure',
    'error',
    'A tutorial that cannot be read as one (empty folder, missing chapter, unreadable file).'
  ),
  draftMissingSection: def('draft/missing-section', 'error', 'A draft lacks a required section.'),
  draftStale: def(
    'draft/stale',
    'warning',
    'A committed generated draft differs from the one the tutorial now produces.'
  ),
  draftLength: def('draft/length', 'warning', 'A draft section breaks its channel limit.'),
  draftMissingElement: def(
    'draft/missing-element',
    'warning',
    "A channel's post lacks an element its channel contract requires (hook, insight, limitation, call to action, exercise path, diagram, product name, scope, non-goals, audience, level, format)."
  ),
  draftUntracedFigure: def(
    'draft/untraced-figure',
    'warning',
    'A figure in a draft found in neither the tutorial nor the registry.'
  ),
  draftUncitedClaim: def(
    'draft/uncited-claim',
    'warning',
    'A draft cites a claim its tutorial never cites.'
  ),
  draftAbsoluteLanguage: def(
    'draft/absolute-language',
    'warning',
    'A guarantee or promise the tutorial does not itself make.'
  ),
  draftUncitedFigure: def(
    'draft/uncited-figure',
    'warning',
    'A draft repeats a figure its tutorial states without citing a claim (an unbacked number, amplified).'
  ),
  draftRoadmapPromise: def(
    'draft/roadmap-promise',
    'warning',
    'A roadmap or future promise ("coming soon", "will support") the tutorial\'s own roadmap section does not make.'
  ),
  draftUnmatched: def(
    'draft/unmatched',
    'warning',
    'A Markdown file in a drafts folder that matches no tutorial, so it cannot be guarded.'
  ),
  draftUnearnedTick: def(
    'draft/unearned-tick',
    'warning',
    "A checklist item ticked ✅ while the guard's findings on the same draft contradict it."
  ),
  draftUnsupportedSentence: def(
    'draft/unsupported-sentence',
    'warning',
    'A sentence of a model-written channel that shares too little content with every fact of the fact sheet.'
  ),
  terminologyInconsistent: def(
    'terminology/inconsistent',
    'warning',
    "A glossary term written differently from the tutorial's glossary."
  )
} as const satisfies Record<string, RuleDef>

export const RULE_LIST: readonly RuleDef[] = Object.values(RULES)

export const RULE_IDS: readonly string[] = RULE_LIST.map((r) => r.id)

export type SeverityOverride = Severity | 'off'

/** Builds a diagnostic for a rule at its default severity (overrides are applied later, once). */
export function diagnostic(
  rule: RuleDef,
  at: { file: string; line: number; column: number },
  message: string,
  claim?: string
): Diagnostic {
  const d: Diagnostic = {
    rule: rule.id,
    severity: rule.severity,
    message,
    file: at.file,
    line: at.line,
    column: at.column
  }
  if (claim !== undefined) d.claim = claim
  return d
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Applies per-rule severity overrides (dropping rules set to `off`), sorts worst first, then by
 * place, and caps the list (see `capDiagnostics`).
 */
export function applyRuleConfig(
  diagnostics: readonly Diagnostic[],
  overrides: Readonly<Record<string, SeverityOverride>> = {}
): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const d of diagnostics) {
    const o = overrides[d.rule]
    if (o === 'off') continue
    out.push(o ? { ...d, severity: o } : d)
  }
  return capDiagnostics(sortDiagnostics(out))
}

const MORE =
  /^and \d+ more \S+ findings? in (?:this file|other files) \(only the first \d+ are listed\)$/

function isMoreFinding(d: Diagnostic): boolean {
  return d.omitted !== undefined && MORE.test(d.message)
}

/** Findings listed per file and rule, and per rule over all files; the rest are counted. */
export const MAX_FINDINGS = { perFileAndRule: 100, perRule: 1000 } as const

/**
 * Keeps the first findings of each rule in each file (and of each rule overall) of a sorted list
 * and replaces the rest by one "and N more" finding of the same rule and severity, placed where
 * the first one left out was. A hostile input can yield hundreds of thousands of findings; no
 * report is useful past a few hundred, and none may be lost for it. Sorted in, sorted out.
 */
export function capDiagnostics(
  sorted: readonly Diagnostic[],
  limits: { perFileAndRule: number; perRule: number } = MAX_FINDINGS
): Diagnostic[] {
  const perFile = new Map<string, number>()
  const perRule = new Map<string, number>()
  const omitted = new Map<string, { first: Diagnostic; count: number; scope: 'file' | 'rule' }>()
  const kept: Diagnostic[] = []
  for (const d of sorted) {
    if (isMoreFinding(d)) {
      kept.push(d) // already a count from an earlier pass
      continue
    }
    const fileKey = `${d.severity}\u0000${d.rule}\u0000${d.file}`
    const ruleKey = `${d.severity}\u0000${d.rule}`
    const nFile = perFile.get(fileKey) ?? 0
    const nRule = perRule.get(ruleKey) ?? 0
    if (nFile < limits.perFileAndRule && nRule < limits.perRule) {
      perFile.set(fileKey, nFile + 1)
      perRule.set(ruleKey, nRule + 1)
      kept.push(d)
      continue
    }
    const key = nRule >= limits.perRule ? ruleKey : fileKey
    const o = omitted.get(key)
    if (o) o.count++
    else omitted.set(key, { first: d, count: 1, scope: nRule >= limits.perRule ? 'rule' : 'file' })
  }
  if (omitted.size === 0) return kept
  for (const { first, count, scope } of omitted.values()) {
    const where = scope === 'file' ? 'in this file' : 'in other files'
    const limit = scope === 'file' ? limits.perFileAndRule : limits.perRule
    const more: Diagnostic = {
      rule: first.rule,
      severity: first.severity,
      message: `and ${count} more ${first.rule} finding${count === 1 ? '' : 's'} ${where} (only the first ${limit} are listed)`,
      file: first.file,
      line: first.line,
      column: first.column,
      omitted: count
    }
    kept.push(more)
  }
  return sortDiagnostics(kept)
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): {
  errors: number
  warnings: number
  infos: number
} {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const d of diagnostics) {
    // an "and N more" finding (capDiagnostics) counts as the N findings it stands for
    const n = d.omitted ?? 1
    if (d.severity === 'error') errors += n
    else if (d.severity === 'warning') warnings += n
    else infos += n
  }
  return { errors, warnings, infos }
}
