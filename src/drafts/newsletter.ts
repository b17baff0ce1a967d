// Newsletter Blurb (limits from the channel contract, 60–120 words by default): one paragraph —
// the problem, what the product is and does, the hands-on path with the tutorial's own time — and
// a link back. A per-channel post: not part of the combined draft.
import type { Fact } from '../facts/types.js'
import type { RootContent } from 'mdast'
import type { SectionTree } from './types.js'
import type { DraftContext } from './context.js'
import { fact, timeStatement } from './context.js'
import { summariseItems } from '../facts/sentences.js'
import { joinInline, paragraph } from './mdast.js'
import { callToAction, extraFacts } from './compose.js'
import { dropFirst, fitWords } from './fit.js'
import { limitOf } from './limits.js'
import { renderFact } from './render-fact.js'

export function newsletter(ctx: DraftContext): SectionTree {
  const problem = fact(ctx, 'problem')
  const definition = fact(ctx, 'definition')
  const approach = fact(ctx, 'approach')
  const titles = ctx.sheet.facts
    .filter((f) => f.role === 'exercise')
    .map((f) => `${f.text}${f.exercise?.optional ? ' (optional)' : ''}`)
  const time = timeStatement(ctx)
  const path =
    titles.length > 0 ? `The hands-on exercises: ${summariseItems(titles, 5, ', ')}.` : undefined
  const droppable = [approach, path].filter((p) => p !== undefined).length
  const render = (pads: readonly Fact[], drops: number): RootContent[] => {
    const keep = dropFirst(drops)
    const a = keep(approach)
    const p = keep(path)
    const body = [problem, definition, a, ...pads]
      .filter((x): x is Fact => x !== undefined)
      .map(renderFact)
    return [joinInline([...body, p, time && `${time}.`], ' '), callToAction(ctx)]
      .map((x) => paragraph(x))
      .filter((x) => x.children.length > 0)
  }
  const used = [problem, definition, approach].filter((f): f is Fact => f !== undefined)
  const pool = extraFacts(ctx, used).filter((f) => f.role === 'approach')
  const nodes = fitWords(render, pool, droppable, limitOf(ctx, 'newsletter', 'words'))
  return { id: 'newsletter', heading: 'Newsletter Blurb', nodes }
}
