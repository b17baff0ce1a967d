// `draft/uncited-figure`: a draft repeats a performance, durability or cost figure that its tutorial
// states without citing a claim (the tutorial carries `claim/uncited-figure` there). The figure is
// traced — the tutorial does say it — but nothing backs it, and a post amplifies it. A figure the
// registry's claims state, or one the tutorial cites a claim for anywhere, is backed.
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import { claimWorthy, type GuardContext } from '../context.js'
import { type DraftDocument, quote } from '../document.js'
import { draftFigures } from '../draft-figures.js'
import { excerpt, forbids, locateIn } from '../prose.js'
import { tutorialPlace } from './untraced-figure.js'

export function uncitedFigure(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const f of draftFigures(doc, ctx)) {
    if (!claimWorthy(f.kind) || ctx.registryFigures.has(f.normalized)) continue
    if (!forbids(ctx, f.unit.section, 'untraced-figure')) continue
    const stated = ctx.statements.filter((s) => s.normalized === f.normalized)
    const first = stated[0]
    if (!first || stated.some((s) => s.cited)) continue
    out.push(
      diagnostic(
        RULES.draftUncitedFigure,
        locateIn(doc, f.unit, f.index),
        `${quote(f.text)} repeats a ${f.kind} figure the tutorial states without citing a claim (${tutorialPlace(ctx, first)}); cite the registry claim that backs it or leave it out: ${excerpt(f.unit.text, f.index, f.text.length)}`
      )
    )
  }
  return out
}
