// `draft/roadmap-promise`: a promise about the future ("coming soon", "will support", "ships next
// quarter", "on the roadmap") that the tutorial's own roadmap section does not make. A promise is
// the tutorial's when one of its roadmap blocks (a section the reader gives the `roadmap` role, or
// a heading such as "Roadmap", "Future work", "Coming soon") uses the same phrase and shares a
// content word with the draft's line. The Open Questions and Checklist sections talk *about* the
// draft, so they are exempt.
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import { contentWords, type GuardContext, phraseMatcher } from '../context.js'
import { type DraftDocument, quote } from '../document.js'
import { allProse, excerpt, forbids, locateIn } from '../prose.js'
import { ROADMAP_PHRASES } from './roadmap-phrases.js'

const EXEMPT_SECTIONS = new Set(['open-questions', 'checklist'])
const PATTERNS = ROADMAP_PHRASES.map(phraseMatcher)

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1
  const nl = text.indexOf('\n', index)
  return text.slice(start, nl < 0 ? text.length : nl)
}

/** True when a roadmap block of the tutorial makes the same promise. */
function inRoadmap(ctx: GuardContext, re: RegExp, phrase: string, line: string): boolean {
  const words = contentWords(line)
  for (const w of contentWords(phrase)) words.delete(w)
  return ctx.roadmap.some((block) => {
    re.lastIndex = 0
    if (!re.test(block)) return false
    const theirs = contentWords(block)
    return [...words].some((w) => theirs.has(w))
  })
}

export function roadmapPromise(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const unit of allProse(doc)) {
    if (unit.section?.id && EXEMPT_SECTIONS.has(unit.section.id)) continue
    if (!forbids(ctx, unit.section, 'roadmap-promise')) continue
    const hits: { index: number; end: number; text: string; phrase: string; re: RegExp }[] = []
    for (const p of PATTERNS) {
      if (!p.word.test(unit.text)) continue
      for (const m of unit.text.matchAll(p.re)) {
        hits.push({
          index: m.index,
          end: m.index + m[0].length,
          text: m[0],
          phrase: p.phrase,
          re: p.re
        })
      }
    }
    // one finding per span: the longest phrase at a place wins
    hits.sort((a, b) => a.index - b.index || b.end - a.end)
    let covered = -1
    for (const h of hits) {
      if (h.index < covered) continue
      covered = h.end
      if (inRoadmap(ctx, new RegExp(h.re.source, 'iu'), h.phrase, lineAround(unit.text, h.index)))
        continue
      out.push(
        diagnostic(
          RULES.draftRoadmapPromise,
          locateIn(doc, unit, h.index),
          `${quote(h.text)} promises something the tutorial's roadmap does not: ${excerpt(unit.text, h.index, h.end - h.index)}`
        )
      )
    }
  }
  return out
}
