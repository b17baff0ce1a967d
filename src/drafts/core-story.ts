// Core Story Summary: at most five numbered points — problem, simplification, impact (or a
// limitation stated honestly), exercise flow, production path — each from the fact of that role.
import type { SectionTree } from './types.js'
import type { DraftContext } from './context.js'
import { exerciseSummary, fact, timeStatement, untimedNote } from './context.js'
import { limitOf } from './limits.js'
import {
  emphasis,
  inline,
  type Inline,
  joinInline,
  list,
  paragraph,
  plainText,
  strong
} from './mdast.js'
import { renderFact } from './render-fact.js'
import { summariseItems } from '../facts/sentences.js'

/** How long one point may run (a list item a reader takes in at once). */
const MAX_POINT_CHARS = 280

export function exerciseFlow(ctx: DraftContext): string | undefined {
  const time = timeStatement(ctx)
  const compose = (flow: string, withTime: boolean): string =>
    [`${flow}.`, untimedNote(ctx), withTime && time ? `${time}.` : undefined]
      .filter((x) => x !== undefined)
      .join(' ')
  const full = exerciseSummary(ctx)
  if (!full) return undefined
  const short = exerciseSummary(ctx, ', ', true) as string
  const tries = [compose(full, true), compose(short, true), compose(short, false)]
  return tries.find((t) => t.length <= MAX_POINT_CHARS) ?? (tries[2] as string)
}

export function productionPathText(ctx: DraftContext): string | undefined {
  if (ctx.production.length === 0) return undefined
  return `Later chapters: ${summariseItems(
    ctx.production.map((p) => p.text),
    5,
    ' → '
  )}.`
}

/** The length of a point as a reader sees it. */
const chars = (nodes: Inline): number => plainText(paragraph(nodes)).length

/** The simplification: the definition, then the first approach. */
export function simplification(ctx: DraftContext): Inline | undefined {
  const parts = [fact(ctx, 'definition'), fact(ctx, 'approach')].filter((f) => f !== undefined)
  if (parts.length === 0) return undefined
  const rendered = parts.map(renderFact)
  const both = joinInline(rendered, ' ')
  if (chars(both) <= MAX_POINT_CHARS || parts.length === 1) return both
  const shortest = [...rendered].sort((a, b) => chars(a) - chars(b))[0] as Inline
  const approach = rendered[1] as Inline
  return chars(approach) <= MAX_POINT_CHARS ? approach : shortest
}

export function coreStory(ctx: DraftContext): SectionTree {
  const problem = fact(ctx, 'problem')
  const impact = fact(ctx, 'impact')
  const limitation = fact(ctx, 'limitation')
  const points: [string, Inline | string | undefined][] = [
    ['Problem', problem && renderFact(problem)],
    ['Simplification', simplification(ctx)],
    impact ? ['Impact', renderFact(impact)] : ['Trade-off', limitation && renderFact(limitation)],
    ['Exercise flow', exerciseFlow(ctx)],
    ['Production path', productionPathText(ctx)]
  ]
  const items = points
    .filter((p): p is [string, Inline | string] => p[1] !== undefined)
    .slice(0, limitOf(ctx, 'core-story', 'points').max)
    .map(([label, text]) => inline(strong(label), ': ', text))
  const nodes =
    items.length > 0
      ? [list(items, true)]
      : [paragraph(emphasis('The tutorial gives no text to summarise.'))]
  return { id: 'core-story', heading: 'Core Story Summary', nodes }
}
