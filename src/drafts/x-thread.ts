// X Thread (limits from the channel contract: 2–6 posts of at most 280 characters by default, as
// X counts them — each link 23). Hook (the problem) → insight (definition, approach, the claim
// backing it) → one limitation → the exercise path with the tutorial's own time → the call to
// action with the link back. A per-channel post: not part of the combined draft.
//
// Every post is one paragraph opened by its counter (`2/5 `) and made of whole sentences, each a
// fact of the sheet. A post too long for the limit is split between its sentences; a sentence too
// long for any post is left out (a list is named shorter first), never cut. When there are more
// posts than the limit, optional sentences go first (the backing claim, the impact, the approach).
import type { RootContent } from 'mdast'
import type { Fact } from '../facts/types.js'
import { summariseItems } from '../facts/sentences.js'
import { channelById } from '../channels/contract.js'
import { postNodesChars } from '../channels/measure.js'
import type { SectionTree } from './types.js'
import type { DraftContext } from './context.js'
import { fact, facts, timeStatement, tutorialLink } from './context.js'
import { callToAction, insightFacts, limitationSentence } from './compose.js'
import { renderFact } from './render-fact.js'
import { inline, type Inline, paragraph } from './mdast.js'

/** A sentence of the thread: its alternatives, longest first (a list named shorter), and its post. */
interface Sentence {
  texts: Inline[]
  /** the planned post it belongs to; sentences of one plan share a post when they fit */
  plan: number
  /** left out first when the thread has more posts than the limit (lower goes first) */
  drop?: number
}

/** The thread's posts as paragraphs, each opened by its counter `i/n`. */
function render(posts: readonly Inline[]): RootContent[] {
  return posts.map((p, i) => paragraph(`${i + 1}/${posts.length} `, p))
}

/**
 * Packs the sentences into posts: sentences of one plan share a post while it fits, each sentence
 * takes its longest alternative that fits a post of its own, sentences that fit no post are left
 * out. `total` is the post count the counters are written for (their width counts).
 */
function pack(sentences: readonly Sentence[], max: number, total: number): Inline[] {
  const counter = `${total}/${total} `
  const fits = (text: Inline): boolean => postNodesChars([paragraph(counter, text)]) <= max
  const posts: { plan: number; text: Inline }[] = []
  for (const s of sentences) {
    const text = s.texts.find(fits)
    if (text === undefined) continue
    const last = posts[posts.length - 1]
    const joined = last && inline(last.text, ' ', text)
    if (last && joined && last.plan === s.plan && fits(joined)) last.text = joined
    else posts.push({ plan: s.plan, text })
  }
  return posts.map((p) => p.text)
}

export function xThread(ctx: DraftContext): SectionTree {
  const channel = channelById('x-thread', ctx.channels)
  const maxChars = channel?.limits.chars?.max ?? Number.MAX_SAFE_INTEGER
  const maxPosts = channel?.limits.posts?.max ?? Number.MAX_SAFE_INTEGER
  const problem = fact(ctx, 'problem')
  const hook = problem ?? fact(ctx, 'definition')
  const insight = insightFacts(ctx, hook !== undefined && hook.role === 'definition')
  const impact = fact(ctx, 'impact')
  // one limitation: the first as the other channels say it, else a shorter one of the tutorial's
  const limits = facts(ctx, 'limitation')
  const limitation = [limitationSentence(ctx), ...limits.map(renderFact)].filter(
    (t): t is Inline => t !== undefined
  )
  const titles = ctx.sheet.facts
    .filter((f) => f.role === 'exercise')
    .map((f) => `${f.text}${f.exercise?.optional ? ' (optional)' : ''}`)
  const path =
    titles.length > 0
      ? [5, 3, 2, 1]
          .filter((n, i) => i === 0 || n < titles.length)
          .map((n) => inline(`The hands-on path: ${summariseItems(titles, n, ', ')}.`))
      : []
  const time = timeStatement(ctx)
  const hashtags = ctx.hashtags.join(' ')
  const cta = callToAction(ctx)
  const dropOrder = (f: Fact): number | undefined =>
    f.role === 'claim' ? 0 : f.role === 'approach' ? 2 : undefined
  const sentences: Sentence[] = [
    // the hook: the problem, else another problem statement of the tutorial that fits a post
    ...(hook ? [{ texts: [hook, ...facts(ctx, 'problem')].map(renderFact), plan: 0 }] : []),
    ...insight.map((f) => {
      const d = dropOrder(f)
      return { texts: [renderFact(f)], plan: 1, ...(d !== undefined ? { drop: d } : {}) }
    }),
    ...(impact ? [{ texts: [renderFact(impact)], plan: 2, drop: 1 }] : []),
    ...(limitation.length > 0 ? [{ texts: limitation, plan: 2 }] : []),
    ...(path.length > 0 ? [{ texts: path, plan: 3, drop: 3 }] : []),
    ...(time ? [{ texts: [inline(`${time}.`)], plan: 3, drop: 4 }] : []),
    {
      texts: [
        ...(hashtags ? [inline(cta, ' ', hashtags)] : []),
        cta,
        inline('The hands-on tutorial: ', tutorialLink(ctx))
      ],
      plan: 4
    }
  ]
  // leave out optional sentences, first dropped first, until the thread has few enough posts
  const order = sentences
    .filter((s) => s.drop !== undefined)
    .sort((a, b) => (a.drop ?? 0) - (b.drop ?? 0))
  let kept = sentences
  let posts = pack(kept, maxChars, kept.length)
  for (const s of order) {
    if (posts.length <= maxPosts) break
    kept = kept.filter((k) => k !== s)
    posts = pack(kept, maxChars, kept.length)
  }
  return { id: 'x-thread', heading: 'X Thread', nodes: render(posts) }
}
