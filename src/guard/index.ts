// The draft guard: checks any draft document (generated, hand-written or LLM-written) against
// its tutorial and the claims registry. Adding a rule = one file in ./rules, its test, one line below.
import type { Diagnostic, Registry, SourceFile, Tutorial } from '../model.js'
import { sortDiagnostics } from '../rules.js'
import { type GuardContext, type GuardOptions, guardContext } from './context.js'
import { type DraftDocument, type DraftOptions, parseDraftDocument } from './document.js'
import { absoluteLanguage } from './rules/absolute-language.js'
import { claimStatus } from './rules/claim-status.js'
import { length } from './rules/length.js'
import { missingElement } from './rules/missing-element.js'
import { missingSection } from './rules/missing-section.js'
import { roadmapPromise } from './rules/roadmap-promise.js'
import { terminology } from './rules/terminology.js'
import { uncitedClaim } from './rules/uncited-claim.js'
import { uncitedFigure } from './rules/uncited-figure.js'
import { untracedFigure } from './rules/untraced-figure.js'
import { unearnedTick } from './rules/unearned-tick.js'

export type GuardRule = (doc: DraftDocument, ctx: GuardContext) => Diagnostic[]

export const GUARD_RULES: readonly GuardRule[] = [
  missingSection,
  length,
  missingElement,
  untracedFigure,
  uncitedFigure,
  claimStatus,
  uncitedClaim,
  absoluteLanguage,
  roadmapPromise,
  terminology
]

export { parseDraftDocument }
export type { DraftDocument, DraftOptions, GuardContext }
export { guardContext } from './context.js'

/**
 * Runs every guard rule on one draft; diagnostics sorted worst first, then by place. `read` says
 * how to read a committed draft (its format and channel from its name or first heading); without
 * it the draft is read in our combined format.
 */
export function guardDraft(
  draft: SourceFile,
  tutorial: Tutorial,
  registry: Registry,
  opts: GuardOptions,
  read?: DraftOptions
): Diagnostic[] {
  return guardDocument(
    parseDraftDocument(draft, { channels: opts.channels, ...read }),
    tutorial,
    registry,
    opts
  )
}

/** Runs every guard rule on a parsed draft (see `guardDraft`). */
export function guardDocument(
  doc: DraftDocument,
  tutorial: Tutorial,
  registry: Registry,
  opts: GuardOptions
): Diagnostic[] {
  const ctx = guardContext(tutorial, registry, opts)
  const findings = GUARD_RULES.flatMap((rule) => rule(doc, ctx))
  // The checklist's ticks are judged against what the rules above found in the same draft.
  return sortDiagnostics([...findings, ...unearnedTick(doc, findings)])
}
