// `terminology/inconsistent`: glossary terms written as the tutorial writes them.
//
// A spelling is consistent when it is the glossary's, or one the tutorial itself uses
// mid-sentence, give or take a plural (`query nodes`). Also accepted: a capital first letter at
// the start of a sentence, list item or label (`Query node` for `query node`), and Title Case in
// headings. Flagged: other case changes (`Query Node` mid-sentence, `QUERY NODE`, `Kafscale` for
// `KafScale`) and spacing/hyphenation variants (`query-node`, `querynode`, `roll-up` for `rollup`).
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import { type GlossaryMatcher, type GuardContext, stripPlural } from '../context.js'
import { type DraftDocument, quote } from '../document.js'
import { allProse, atSentenceStart, locateIn } from '../prose.js'

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
  for (const unit of allProse(doc)) {
    for (const g of ctx.glossary) {
      for (const m of unit.text.matchAll(g.re)) {
        const form = stripPlural(m[0], g.term)
        const start = atSentenceStart(unit.text, m.index)
        if (consistent(g, form, start, unit.kind === 'heading')) continue
        const e = g.entry
        out.push(
          diagnostic(
            RULES.terminologyInconsistent,
            locateIn(doc, unit, m.index),
            `${quote(m[0])} is written differently from the glossary term ${quote(g.term)} (${e.file}:${e.line})`
          )
        )
      }
    }
  }
  return out
}
