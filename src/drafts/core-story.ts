// Core Story Summary: at most five numbered points — problem, simplification, impact (or a
// limitation stated honestly), exercise flow, production path — each from the fact of that role.
import type { DraftSection } from './types.js'
import type { DraftContext } from './context.js'
import { exerciseSummary, fact, timeStatement, untimedNote } from './context.js'
import { limitOf } from './limits.js'
import { renderFact } from './render-fact.js'
import { summariseItems } from '../facts/sentences.js'
import { escapeInline } from './words.js'

export function exerciseFlow(ctx: DraftContext): string | undefined {
  const flow = exerciseSummary(ctx)
  if (!flow) return undefined
  return [`${flow}.`, untimedNote(ctx), timeStatement(ctx) && `${timeStatement(ctx)}.`]
    .filter((x) => x !== undefined)
    .join(' ')
}

export function productionPathText(ctx: DraftContext): string | undefined {
  if (ctx.production.length === 0) return undefined
  return `Later chapters: ${summariseItems(
    ctx.production.map((p) => escapeInline(p.text)),
    5,
    ' → '
  )}.`
}

/** The simplification: the definition, then the first approach. */
export function simplification(ctx: DraftContext): string | undefined {
  const parts = [fact(ctx, 'definition'), fact(ctx, 'approach')].filter((f) => f !== undefined)
  return parts.length > 0 ? parts.map(renderFact).join(' ') : undefined
}

export function coreStory(ctx: DraftContext): DraftSection {
  const problem = fact(ctx, 'problem')
  const impact = fact(ctx, 'impact')
  const limitation = fact(ctx, 'limitation')
  const points: [string, string | undefined][] = [
    ['Problem', problem && renderFact(problem)],
    ['Simplification', simplification(ctx)],
    impact
      ? ['Impact', renderFact(impact)]
      : ['Trade-off', limitation && renderFact(limitation)],
    ['Exercise flow', exerciseFlow(ctx)],
    ['Production path', productionPathText(ctx)]
  ]
  const lines = points
    .filter((p): p is [string, string] => p[1] !== undefined)
    .slice(0, limitOf(ctx, 'core-story', 'points').max)
    .map(([label, text], i) => `${i + 1}. **${label}**: ${text}`)
  const markdown =
    lines.length > 0 ? lines.join('\n') : '_The tutorial gives no text to summarise._'
  return { id: 'core-story', heading: 'Core Story Summary', markdown }
}
