// `terminology/inconsistent`: glossary terms written as the tutorial writes them.
//
// A spelling is consistent when it is the glossary's, or one the tutorial itself uses
// mid-sentence, give or take a plural (`query nodes`). Also accepted: a capital first letter at
// the start of a sentence, list item or label (`Query node` for `query node`), and Title Case in
// headings. Flagged: other case changes (`Query Node` mid-sentence, `QUERY NODE`, `Kafscale` for
// `KafScale`) and spacing/hyphenation variants (`query-node`, `querynode`, `roll-up` for `rollup`).
import { append } from '../../append.js'
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import { type GlossaryMatcher, type GuardContext, stripPlural } from '../context.js'
import { type DraftDocument, quote } from '../document.js'
import { allProse, atSentenceStart, joinTexts, locateIn, scanTexts } from '../prose.js'

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const titleCase = (s: string): string =>
  s.replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())

function consistent(
  g: GlossaryMatcher,
  form: string,
  sentenceStart: boolean,
  heading: boolean
): boolean {
  for (const a of g.accepted) {
    if (form === a) return true
    if (sentenceStart && form === upperFirst(a)) return true
    if (heading && form === titleCase(a)) return true
  }
  return false
}

export function terminology(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  if (!ctx.glossary.length) return out
  const units = allProse(doc)
  const texts = joinTexts(units.map((u) => u.text))
  // findings unit by unit, then term by term, as a loop over units would give them
  const found: Diagnostic[][] = units.map(() => [])
  for (const g of ctx.glossary) {
    scanTexts(texts, g.re, (i, index, m) => {
      const unit = units[i]!
      const form = stripPlural(m[0], g.term)
      const start = atSentenceStart(unit.text, index)
      if (consistent(g, form, start, unit.kind === 'heading')) return
      const e = g.entry
      found[i]!.push(
        diagnostic(
          RULES.terminologyInconsistent,
          locateIn(doc, unit, index),
          `${quote(m[0])} is written differently from the glossary term ${quote(g.term)} (${e.file}:${e.line})`
        )
      )
    })
  }
  for (const f of found) append(out, f)
  return out
}
