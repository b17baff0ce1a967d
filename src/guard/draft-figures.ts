// The figures a draft states, as the figure rules read them: outside code, URLs, claim and
// exercise IDs, list numbers, ordinals (`Part 2`, `(1)`), Markdown file names and the talk
// abstract's metadata lines (format, audience, level). Versions (`v1`, `2.3.1`), dates, counts of
// the tutorial's own parts (`4 exercises`, `6 labs`) and counts of the post itself (`280
// characters`, `3 hashtags`) are not figures. Notes blocks never reach here (see ./document.ts).
import { TALK_META_LINE } from '../channels/contract.js'
import type { FigureKind } from '../model.js'
import { findFigures, normalizeFigure } from '../tutorial/figures.js'
import type { GuardContext } from './context.js'
import type { DraftDocument } from './document.js'
import { allProse, blank, lineStartNear, locateIn, type ProseUnit } from './prose.js'

const HEADING_ORDINAL = /^\s*\d+(?:\.\d+)*[.:)]?(?=\s)/

/** Plural nouns that make `<n> <noun>` a count of parts or of the post, not a claim. */
const NOT_FIGURE_NOUNS = new Set([
  'exercises',
  'labs',
  'chapters',
  'modules',
  'lessons',
  'steps',
  'parts',
  'sections',
  'units',
  'tasks',
  'challenges',
  'examples',
  'characters',
  'chars',
  'words',
  'hashtags',
  'emojis',
  'tweets',
  'posts',
  'slides',
  'paragraphs',
  'bullets',
  'sentences',
  'lines'
])

export interface DraftFigure {
  unit: ProseUnit
  /** index in `unit.text` */
  index: number
  text: string
  normalized: string
  kind: FigureKind
}

/**
 * The text of the line before `index`, at most `max` characters of it (a label or a lead-in sits
 * right before its figure; a megabyte-long line must not be copied once per figure).
 */
export function lineBefore(text: string, index: number, max = 400): string {
  return text.slice(Math.max(0, index - max, lineStartNear(text, index, max)), index)
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

/** Every figure of the draft's post, in document order. */
export function draftFigures(doc: DraftDocument, ctx: GuardContext): readonly DraftFigure[] {
  // two rules read them: found once per document and tutorial context
  const known = found.get(doc)
  if (known && known.claimId === ctx.claimId && known.masks === ctx.figureMasks)
    return known.figures
  const figures = findDraftFigures(doc, ctx)
  found.set(doc, { claimId: ctx.claimId, masks: ctx.figureMasks, figures })
  return figures
}

const found = new WeakMap<
  DraftDocument,
  { claimId: RegExp; masks: GuardContext['figureMasks']; figures: readonly DraftFigure[] }
>()

function findDraftFigures(doc: DraftDocument, ctx: GuardContext): DraftFigure[] {
  const out: DraftFigure[] = []
  for (const unit of allProse(doc)) {
    if (!/\d|nines/i.test(unit.text)) continue
    let text = blank(unit.text, [ctx.claimId, ...ctx.figureMasks])
    if (unit.kind === 'heading') text = blank(text, [HEADING_ORDINAL])
    for (const f of findFigures(text)) {
      if (f.kind === 'version') continue
      if (f.kind === 'count') {
        const noun = /([a-z][a-z-]*)$/i.exec(f.text)?.[1]?.toLowerCase()
        if (noun && NOT_FIGURE_NOUNS.has(noun)) continue
      }
      if (isTalkMeta(unit, doc, f.index)) continue
      out.push({
        unit,
        index: f.index,
        text: f.text,
        normalized: normalizeFigure(f.text),
        kind: f.kind
      })
    }
  }
  return out
}
