// Core Story Summary: at most five numbered points — problem, simplification, impact, exercise
// flow, production path — each quoted from the tutorial or built from its structure.
import type { DraftSection } from './types.js'
import { LIMITS } from './types.js'
import type { DraftContext } from './context.js'
import { exerciseLabel } from './context.js'
import { derivedStatement } from '../channels/derived-text.js'
import { renderSentence } from './select.js'
import { escapeInline } from './words.js'

export function exerciseFlow(ctx: DraftContext): string | undefined {
  if (ctx.exercises.length === 0) return undefined
  const flow = ctx.exercises.map(exerciseLabel).join(' → ')
  return ctx.derived.handsOn
    ? `${flow}. ${derivedStatement('hands-on', ctx.derived.handsOn)}.`
    : `${flow}.`
}

export function productionPathText(ctx: DraftContext): string | undefined {
  if (ctx.production.length === 0) return undefined
  return `Later chapters: ${ctx.production.map((p) => escapeInline(p.text)).join(' → ')}.`
}

export function coreStory(ctx: DraftContext): DraftSection {
  const { problem, simplification, impact } = ctx.story
  const points: [string, string | undefined][] = [
    ['Problem', problem && renderSentence(problem)],
    ['Simplification', simplification && renderSentence(simplification)],
    ['Impact', impact && renderSentence(impact)],
    ['Exercise flow', exerciseFlow(ctx)],
    ['Production path', productionPathText(ctx)]
  ]
  const lines = points
    .filter((p): p is [string, string] => p[1] !== undefined)
    .slice(0, LIMITS.coreStoryMaxPoints)
    .map(([label, text], i) => `${i + 1}. **${label}**: ${text}`)
  const markdown =
    lines.length > 0 ? lines.join('\n') : '_The tutorial gives no text to summarise._'
  return { id: 'core-story', heading: 'Core Story Summary', markdown }
}
