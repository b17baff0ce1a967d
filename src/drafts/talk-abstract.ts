// Talk Abstract (limits from the channel contract, 120–180 words by default): architectural
// framing — the problem, the definition and approach with the claim backing it, the main
// components, the hands-on path, one trade-off — then audience, level and format from `talk:` in
// the config (visible placeholders when not configured).
import type { Fact } from '../facts/types.js'
import type { RootContent } from 'mdast'
import type { SectionTree } from './types.js'
import type { TalkConfig } from '../config/types.js'
import { TALK_META_LINE } from '../channels/contract.js'
import type { DraftContext } from './context.js'
import { CONFIG_FILE, exerciseSummary, fact, facts } from './context.js'
import { extraFacts, insightFacts, limitationSentence } from './compose.js'
import { dropFirst, fitWords } from './fit.js'
import { limitOf } from './limits.js'
import { renderFact } from './render-fact.js'
import { summariseItems } from '../facts/sentences.js'
import { countWords } from './words.js'
import {
  countTreeWords,
  emphasis,
  inline,
  type Inline,
  joinInline,
  list,
  paragraph,
  strong
} from './mdast.js'

/**
 * The abstract's word count both ways: without the metadata lines (held against the floor) and
 * with them (held against the ceiling), so the abstract fits whichever way it is counted. The
 * metadata lines are the contract's (`TALK_META_LINE`), the ones the guard leaves out.
 */
export function abstractWords(markdown: string): { low: number; high: number } {
  const prose = markdown
    .split('\n')
    .filter((l) => !TALK_META_LINE.test(l))
    .join('\n')
  return { low: countWords(prose), high: countWords(markdown) }
}

export const TALK_FIELDS = [
  { key: 'audience', label: 'Audience' },
  { key: 'level', label: 'Level' },
  { key: 'format', label: 'Format' }
] as const satisfies readonly { key: keyof TalkConfig; label: string }[]

/** The visible placeholder of a talk field that is not configured (shown as emphasis). */
export function talkPlaceholder(key: keyof TalkConfig): string {
  return `[${key}: set talk.${key} in ${CONFIG_FILE}]`
}

/** `**Audience**: …`, `**Level**: …`, `**Format**: …`: the metadata list items. */
export function talkFieldLines(ctx: DraftContext): Inline[] {
  return TALK_FIELDS.map(({ key, label }) => {
    const value = ctx.config.talk[key]?.trim()
    return inline(strong(label), ': ', value ? value : emphasis(talkPlaceholder(key)))
  })
}

/** `The architecture has three main parts: Query node, Ingest node and Block, and 5 more.` */
function componentsSentence(ctx: DraftContext): string | undefined {
  const terms = facts(ctx, 'component')
    .filter((c) => c.section === undefined && c.term)
    .map((c) => c.term as string)
  if (terms.length < 2) return undefined
  const list =
    terms.length <= 5
      ? `${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]}`
      : summariseItems(terms, 5, ', ')
  return `The main building blocks the talk names are ${list}.`
}

export function talkAbstract(ctx: DraftContext): SectionTree {
  const t = ctx.tutorial
  const problem = fact(ctx, 'problem')
  const insight = insightFacts(ctx)
  const claim = insight.find((f) => f.role === 'claim')
  const components = componentsSentence(ctx)
  const flow = exerciseSummary(ctx)
  const walk = flow ? `The talk follows the tutorial's hands-on path: ${flow}.` : undefined
  const example = fact(ctx, 'example')
  const exampleLine = example
    ? inline("The running example is the tutorial's own fiction: ", renderFact(example))
    : undefined
  const tradeOff = limitationSentence(ctx, 'The talk closes with one trade-off')
  const fields = talkFieldLines(ctx)
  // first dropped first
  const optional = [exampleLine, components, walk, claim]
  const droppable = optional.filter((p) => p !== undefined).length
  const title = paragraph(strong('Title'), `: ${t.title}`)
  const meta = list(fields)
  // `abstractWords` on the tree: the title line and the field list are the metadata lines
  const measure = (nodes: readonly RootContent[]): { low: number; high: number } => {
    const high = countTreeWords(nodes)
    return { low: high - countTreeWords(nodes.filter((n) => n === title || n === meta)), high }
  }
  const render = (pads: readonly Fact[], drops: number): RootContent[] => {
    const keep = dropFirst(drops)
    const e = keep(exampleLine)
    const co = keep(components)
    const w = keep(walk)
    const c = keep(claim)
    const framing = joinInline(
      [problem, ...insight.filter((f) => f !== claim || c)]
        .filter((x): x is Fact => x !== undefined)
        .map(renderFact),
      ' '
    )
    const body = joinInline([co, e, ...pads.map(renderFact), w, tradeOff], ' ')
    const prose = [framing, body].filter((x) => x.length > 0).map((x) => paragraph(x))
    return [title, ...prose, meta]
  }
  const used = [problem, ...insight].filter((f): f is Fact => f !== undefined)
  const pool = [
    ...extraFacts(ctx, used).filter((f) => f.role !== 'component'),
    ...facts(ctx, 'component').filter((c) => c.section === undefined)
  ].filter((f, i, all) => all.indexOf(f) === i)
  const nodes = fitWords(render, pool, droppable, limitOf(ctx, 'talk-abstract', 'words'), measure)
  return { id: 'talk-abstract', heading: 'Talk Abstract', nodes }
}
