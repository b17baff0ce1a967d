// `draft/absolute-language`: guarantees and promises (the list in ./absolute-phrases.ts) that the
// tutorial does not make itself. Code and URLs are never read. The Open Questions and Checklist
// sections talk *about* the draft ("is 'zero downtime' backed by a claim?"), so they are exempt.
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import type { GuardContext } from '../context.js'
import { type DraftDocument, quote } from '../document.js'
import { allProse, excerpt, forbids, locateIn } from '../prose.js'

const EXEMPT_SECTIONS = new Set(['open-questions', 'checklist'])

export function absoluteLanguage(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  const phrases = ctx.absolute.filter((p) => !p.inTutorial)
  if (!phrases.length) return out
  for (const unit of allProse(doc)) {
    if (unit.section?.id && EXEMPT_SECTIONS.has(unit.section.id)) continue
    if (!forbids(ctx, unit.section, 'absolute-language')) continue
    const hits: { index: number; end: number; text: string }[] = []
    for (const p of phrases) {
      if (!p.word.test(unit.text)) continue
      for (const m of unit.text.matchAll(p.re)) {
        hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] })
      }
    }
    // one finding per span: `the fastest` wins over a shorter overlapping entry
    hits.sort((a, b) => a.index - b.index || b.end - a.end)
    let covered = -1
    for (const h of hits) {
      if (h.index < covered) continue
      covered = h.end
      out.push(
        diagnostic(
          RULES.draftAbsoluteLanguage,
          locateIn(doc, unit, h.index),
          `${quote(h.text)} promises more than the tutorial, which never says it: ${excerpt(unit.text, h.index, h.end - h.index)}`
        )
      )
    }
  }
  return out
}
