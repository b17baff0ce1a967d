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

/** Applies per-rule severity overrides (dropping rules set to `off`) and sorts worst first, then by place. */
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
  return sortDiagnostics(out)
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
    if (d.severity === 'error') errors++
    else if (d.severity === 'warning') warnings++
    else infos++
  }
  return { errors, warnings, infos }
}
