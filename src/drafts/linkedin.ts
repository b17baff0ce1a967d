// LinkedIn Draft: 120–180 words. Hook (the problem) → insight (the simplification) → why it
// matters (the impact, the exercise path) → call to action back to the tutorial, then hashtags.
import type { DraftSection } from './types.js'
import { LIMITS } from './types.js'
import type { DraftContext } from './context.js'
import { exerciseLabel } from './context.js'
import { derivedStatement } from '../channels/derived-text.js'
import { dropFirst, fitWords } from './fit.js'
import { renderSentence, type Sentence } from './select.js'
import { escapeInline } from './words.js'

export function callToAction(ctx: DraftContext): string {
  return `Try the tutorial "${escapeInline(ctx.tutorial.title)}": ${ctx.link}`
}

export function linkedin(ctx: DraftContext): DraftSection {
  const { problem, simplification, impact } = ctx.story
  const path =
    ctx.exercises.length > 0
      ? `Hands-on path: ${ctx.exercises.map(exerciseLabel).join(' → ')}.` +
        (ctx.derived.handsOn ? ` ${derivedStatement('hands-on', ctx.derived.handsOn)}.` : '')
      : undefined
  // parts that may be left out when the post runs long, first dropped first
  const droppable = [path, impact, simplification].filter((p) => p !== undefined).length
  const render = (pads: readonly Sentence[], drops: number): string => {
    const keep = dropFirst(drops)
    const p = keep(path)
    const i = keep(impact)
    const s = keep(simplification)
    const paragraphs = [
      problem && renderSentence(problem),
      [s, ...pads]
        .filter((x): x is Sentence => x !== undefined)
        .map(renderSentence)
        .join(' '),
      [i && renderSentence(i), p].filter((x) => x).join(' '),
      callToAction(ctx),
      ctx.hashtags.join(' ')
    ]
    return paragraphs.filter((x) => x !== undefined && x !== '').join('\n\n')
  }
  const markdown = fitWords(render, ctx.padding, droppable, LIMITS.linkedinWords)
  return { id: 'linkedin', heading: 'LinkedIn Draft', markdown }
}
