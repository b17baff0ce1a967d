// Talk Abstract: 120–180 words of architectural framing quoted from the tutorial, then audience,
// level and format from `talk:` in the config (visible placeholders when not configured).
import type { DraftSection } from './types.js'
import { LIMITS } from './types.js'
import type { TalkConfig } from '../config/types.js'
import type { DraftContext } from './context.js'
import { CONFIG_FILE } from './context.js'
import { dropFirst, fitWords } from './fit.js'
import { renderSentence, type Sentence } from './select.js'
import { countWords, escapeInline } from './words.js'
import { exerciseTitle } from '../tutorial/derived.js'

/** Our metadata lines: `**Title**: …`, `- **Audience**: …`, `- **Level**: …`, `- **Format**: …`. */
const META_LINE = /^(?:- )?\*\*(?:Title|Audience|Level|Format)\*\*:/

/**
 * The abstract's word count both ways: without the metadata lines (held against the floor) and
 * with them (held against the ceiling), so the abstract fits whichever way it is counted.
 */
export function abstractWords(markdown: string): { low: number; high: number } {
  const prose = markdown
    .split('\n')
    .filter((l) => !META_LINE.test(l))
    .join('\n')
  return { low: countWords(prose), high: countWords(markdown) }
}

export const TALK_FIELDS = [
  { key: 'audience', label: 'Audience' },
  { key: 'level', label: 'Level' },
  { key: 'format', label: 'Format' }
] as const satisfies readonly { key: keyof TalkConfig; label: string }[]

export function talkPlaceholder(key: keyof TalkConfig): string {
  return `_[${key}: set talk.${key} in ${CONFIG_FILE}]_`
}

export function talkFieldLines(ctx: DraftContext): string[] {
  return TALK_FIELDS.map(({ key, label }) => {
    const value = ctx.config.talk[key]?.trim()
    return `- **${label}**: ${value ? escapeInline(value) : talkPlaceholder(key)}`
  })
}

export function talkAbstract(ctx: DraftContext): DraftSection {
  const t = ctx.tutorial
  const { problem, simplification, impact } = ctx.story
  const opening = `This talk follows the hands-on tutorial "${escapeInline(t.title)}".`
  const walk =
    ctx.exercises.length > 0
      ? `It walks through the exercises in order: ${ctx.exercises
          .map((e) => `${escapeInline(e.id)} ${escapeInline(exerciseTitle(e))}`.trim())
          .join(', ')}.`
      : undefined
  const tradeOff = ctx.limitations[0] && `Trade-off: ${ctx.limitations[0].markdown}`
  const fields = talkFieldLines(ctx)
  // first dropped first
  const droppable = [tradeOff, walk, impact].filter((p) => p !== undefined).length
  const render = (pads: readonly Sentence[], drops: number): string => {
    const keep = dropFirst(drops)
    const o = keep(tradeOff)
    const w = keep(walk)
    const i = keep(impact)
    const framing = [opening, problem, simplification, i]
      .filter((x) => x !== undefined)
      .map((x) => (typeof x === 'string' ? x : renderSentence(x)))
      .join(' ')
    const body = [w, ...pads.map(renderSentence), o].filter((x) => x !== undefined).join(' ')
    return [`**Title**: ${escapeInline(t.title)}`, framing, body, fields.join('\n')]
      .filter((x) => x !== '')
      .join('\n\n')
  }
  const markdown = fitWords(render, ctx.padding, droppable, LIMITS.talkWords, abstractWords)
  return { id: 'talk-abstract', heading: 'Talk Abstract', markdown }
}
