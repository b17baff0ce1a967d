// The draft guard: checks any draft document (generated, hand-written or LLM-written) against
// its tutorial and the claims registry. Adding a rule = one file in ./rules, its test, one line below.
import type { Diagnostic, Registry, SourceFile, Tutorial } from '../model.js'
import { sortDiagnostics } from '../rules.js'
import { type GuardContext, type GuardOptions, guardContext } from './context.js'
import { type DraftDocument, parseDraftDocument } from './document.js'
import { absoluteLanguage } from './rules/absolute-language.js'
import { claimStatus } from './rules/claim-status.js'
import { length } from './rules/length.js'
import { missingSection } from './rules/missing-section.js'
import { terminology } from './rules/terminology.js'
import { uncitedClaim } from './rules/uncited-claim.js'
import { untracedFigure } from './rules/untraced-figure.js'
import { unearnedTick } from './rules/unearned-tick.js'

export type GuardRule = (doc: DraftDocument, ctx: GuardContext) => Diagnostic[]

export const GUARD_RULES: readonly GuardRule[] = [
  missingSection,
  length,
  untracedFigure,
  claimStatus,
  uncitedClaim,
  absoluteLanguage,
  terminology
]

export { parseDraftDocument }
export type { DraftDocument, GuardContext }
export { guardContext } from './context.js'

/** Runs every guard rule on one draft; diagnostics sorted worst first, then by place. */
export function guardDraft(
  draft: SourceFile,
  tutorial: Tutorial,
  registry: Registry,
  opts: GuardOptions
): Diagnostic[] {
  const doc = parseDraftDocument(draft)
  const ctx = guardContext(tutorial, registry, opts)
  const findings = GUARD_RULES.flatMap((rule) => rule(doc, ctx))
  // The checklist's ticks are judged against what the rules above found in the same draft.
  return sortDiagnostics([...findings, ...unearnedTick(doc, findings)])
}
