// Shared pieces of the prose channels (LinkedIn, talk, newsletter): the insight, the call to
// action, the pool of role-appropriate facts a post may add to reach its floor. Nothing here pads
// with sentences of other roles: a channel that cannot reach its floor says so as an open question.
import type { Fact } from '../facts/types.js'
import type { DraftContext } from './context.js'
import { fact, facts } from './context.js'
import { tutorialLink } from './context.js'
import { inline, type Inline } from './mdast.js'
import { renderCited, renderFact } from './render-fact.js'

/** The claim backing the approach: the first cited Verified claim that is not a limitation or a figure. */
export function backingClaim(ctx: DraftContext): Fact | undefined {
  return facts(ctx, 'claim').find(
    (f) =>
      f.status === 'verified' &&
      !/limit|perf/i.test(f.section ?? '') &&
      !/-(?:LIMIT|PERF)-/i.test(f.source.claim ?? '') &&
      !facts(ctx, 'approach').some((a) => a.cites?.includes(f.source.claim ?? ''))
  )
}

/** The insight, first to last: definition, approach, backing claim (in the registry's words). */
export function insightFacts(ctx: DraftContext, skipDefinition = false): Fact[] {
  return [
    skipDefinition ? undefined : fact(ctx, 'definition'),
    fact(ctx, 'approach'),
    backingClaim(ctx)
  ].filter((f): f is Fact => f !== undefined)
}

/** Facts a post may add, in order, when it is under its floor: more approach, components, more limits. */
export function extraFacts(ctx: DraftContext, used: readonly Fact[]): Fact[] {
  const pool = [
    ...facts(ctx, 'approach').slice(1),
    ...facts(ctx, 'component').filter((c) => c.section === undefined),
    ...facts(ctx, 'limitation').slice(1, 3),
    ...facts(ctx, 'non-goal')
      .filter((f) => !/:/.test(f.text))
      .slice(0, 2)
  ]
  return pool.filter((f) => !used.includes(f) && !used.some((u) => u.text === f.text))
}

/** `Try the hands-on tutorial "Title": <link>` (the product named when the title does not). */
export function callToAction(ctx: DraftContext): Inline {
  const lead = ctx.tutorial.title.includes(ctx.product)
    ? 'Try the hands-on tutorial'
    : `Try ${ctx.product} in the hands-on tutorial`
  return inline(`${lead} "${ctx.tutorial.title}": `, tutorialLink(ctx))
}

/** One limitation, stated honestly: `One limitation to know: …`. */
export function limitationSentence(
  ctx: DraftContext,
  lead = 'One limitation to know'
): Inline | undefined {
  const l = fact(ctx, 'limitation')
  if (!l) return undefined
  return inline(`${lead}: `, lowerFirst(renderFact(l), ctx))
}

/** Lower-cases a sentence's first letter unless it starts a name (the product, a glossary term, an acronym). */
function lowerFirst(nodes: Inline, ctx: DraftContext): Inline {
  const first = nodes[0]
  if (first?.type !== 'text') return nodes
  const text = first.value
  const word = /^[\p{L}\p{N}'’-]+/u.exec(text)?.[0] ?? ''
  const names = [ctx.product, ...facts(ctx, 'component').map((c) => c.term ?? '')]
  if (
    text.charAt(0).toLowerCase() === text.charAt(0) ||
    word.length < 2 ||
    /\p{Lu}/u.test(word.slice(1)) ||
    names.some((n) => n !== '' && text.startsWith(n))
  ) {
    return nodes
  }
  return [{ type: 'text', value: text.charAt(0).toLowerCase() + text.slice(1) }, ...nodes.slice(1)]
}

export { renderCited, renderFact }
