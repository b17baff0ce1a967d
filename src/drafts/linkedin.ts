// LinkedIn Draft (limits from the channel contract, 120–180 words by default). Hook (the problem)
// → insight (definition + approach + the claim backing it) → why it matters (the impact and one
// limitation) → the exercise path with the tutorial's own time → call to action, then hashtags.
import type { Fact } from '../facts/types.js'
import type { RootContent } from 'mdast'
import type { SectionTree } from './types.js'
import type { DraftContext } from './context.js'
import { exerciseSummary, fact, timeStatement } from './context.js'
import { callToAction, extraFacts, insightFacts, limitationSentence } from './compose.js'
import { dropFirst, fitWords } from './fit.js'
import { limitOf } from './limits.js'
import { renderFact } from './render-fact.js'
import { joinInline, paragraph } from './mdast.js'

export { callToAction }

export function linkedin(ctx: DraftContext): SectionTree {
  const problem = fact(ctx, 'problem')
  const hook = problem ?? fact(ctx, 'definition')
  const insight = insightFacts(ctx, hook !== undefined && hook.role === 'definition')
  const impact = fact(ctx, 'impact')
  const limitation = limitationSentence(ctx)
  const flow = exerciseSummary(ctx)
  const time = timeStatement(ctx)
  const path = flow ? `The hands-on path: ${flow}.${time ? ` ${time}.` : ''}` : undefined
  const claim = insight.find((f) => f.role === 'claim')
  // parts that may be left out when the post runs long, first dropped first
  const optional = [claim, impact, path]
  const droppable = optional.filter((p) => p !== undefined).length
  const render = (pads: readonly Fact[], drops: number): RootContent[] => {
    const keep = dropFirst(drops)
    const c = keep(claim)
    const i = keep(impact)
    const p = keep(path)
    const paragraphs = [
      hook && renderFact(hook),
      joinInline([...insight.filter((f) => f !== claim || c), ...pads].map(renderFact), ' '),
      joinInline([i && renderFact(i), limitation], ' '),
      p,
      callToAction(ctx),
      ctx.hashtags.join(' ')
    ]
    return paragraphs.map((x) => paragraph(x)).filter((x) => x.children.length > 0)
  }
  const used = [hook, ...insight, impact].filter((f): f is Fact => f !== undefined)
  const nodes = fitWords(
    render,
    extraFacts(ctx, used),
    droppable,
    limitOf(ctx, 'linkedin', 'words')
  )
  return { id: 'linkedin', heading: 'LinkedIn Draft', nodes }
}
