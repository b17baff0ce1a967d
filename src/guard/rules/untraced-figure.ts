// `draft/untraced-figure`: every figure in a draft is stated by the tutorial or the registry.
//
// Tracing is by exact canonical form (`normalizeFigure`): `45–60 min` traces to `45-60 minutes`,
// but a figure inside a stated range does not (`45 minutes` or `60 minutes` against `45-60
// minutes`), nor does a range that merely contains stated figures (`45-90 minutes`). A derived
// estimate is accepted only on a line that carries its label (`derivedLabel(kind)` from
// src/channels/derived-text.ts) and only when it equals the value derived from the tutorial.
// Not read as figures: code, URLs, claim and exercise IDs, list numbers, ordinals (`Part 2`,
// `(1)`), Markdown file names, and the talk abstract's metadata lines (format, audience, level).
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import { findFigures, normalizeFigure } from '../../tutorial/figures.js'
import type { GuardContext } from '../context.js'
import { type DraftDocument, quote } from '../document.js'
import { TALK_META_LINE } from '../../channels/contract.js'
import { allProse, blank, excerpt, locateIn, type ProseUnit } from '../prose.js'

const HEADING_ORDINAL = /^\s*\d+(?:\.\d+)*[.:)]?(?=\s)/

/** The text of the line before `index`. */
function lineBefore(text: string, index: number): string {
  return text.slice(text.lastIndexOf('\n', index - 1) + 1, index)
}

/** True for a talk-abstract metadata line such as `Format: 40-minute talk`. */
function isTalkMeta(unit: ProseUnit, doc: DraftDocument, index: number): boolean {
  if (unit.section?.id !== 'talk-abstract') return false
  const before = lineBefore(unit.text, index)
  // the unit text lost the `**`; look at the draft's own line instead
  const at = locateIn(doc, unit, index)
  const sourceLine = doc.source.slice(doc.lineStarts[at.line - 1] ?? 0).split('\n', 1)[0] ?? ''
  return TALK_META_LINE.test(sourceLine) || /^\s*(?:format|audience|level)\s*:/i.test(before)
}

export function untracedFigure(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const unit of allProse(doc)) {
    if (!/\d|nines/i.test(unit.text)) continue
    let text = blank(unit.text, [ctx.claimId, ...ctx.figureMasks])
    if (unit.kind === 'heading') text = blank(text, [HEADING_ORDINAL])
    for (const f of findFigures(text)) {
      const normalized = normalizeFigure(f.text)
      if (ctx.figures.has(normalized)) continue
      const before = lineBefore(text, f.index)
      const flat = before.toLowerCase().replace(/\s+/g, ' ')
      const derived = ctx.derived.find((d) => flat.includes(d.label))
      if (derived && derived.normalized === normalized) continue
      if (isTalkMeta(unit, doc, f.index)) continue
      const why = derived
        ? `is labelled as the derived ${derived.kind} estimate, which is ${quote(derived.value)}`
        : 'is stated in neither the tutorial nor the claims registry'
      const d = diagnostic(
        RULES.draftUntracedFigure,
        locateIn(doc, unit, f.index),
        `figure ${quote(f.text)} ${why}: ${excerpt(unit.text, f.index, f.text.length)}`
      )
      out.push(ctx.strict ? { ...d, severity: 'error' } : d)
    }
  }
  return out
}
