// GitHub README Snippet: 6–8 factual lines, including scope and non-goals. One line per fact, no
// blank lines, so every way of counting lines agrees.
import type { DraftSection } from './types.js'
import { LIMITS } from './types.js'
import type { DraftContext } from './context.js'
import { derivedStatement } from '../channels/derived-text.js'
import { renderSentence, type Sentence } from './select.js'
import { escapeInline } from './words.js'
import { exerciseTitle } from '../tutorial/derived.js'

export const NON_GOALS_PLACEHOLDER = `_[non-goals: the tutorial states none — add a "not covered" or "not suitable for" passage, or write them here]_`

interface Line {
  text: string
  /** lines with a lower rank are dropped first when over the limit; required lines have none */
  rank?: number
}

/** The lines of the snippet, in print order. */
export function readmeLines(ctx: DraftContext): string[] {
  const t = ctx.tutorial
  const summary = ctx.story.simplification ?? ctx.story.impact ?? ctx.story.problem
  const scope =
    ctx.exercises.length > 0
      ? ctx.exercises
          .map((e) => `${escapeInline(e.id)} ${escapeInline(exerciseTitle(e))}`.trim())
          .join(' · ')
      : t.chapters.map((c) => escapeInline(c.title)).join(' · ')
  const nonGoals =
    ctx.nonGoals.length > 0 ? renderSentence(ctx.nonGoals[0] as Sentence) : NON_GOALS_PLACEHOLDER
  const candidates: (Line | undefined)[] = [
    { text: `**${escapeInline(t.title)}**` },
    summary && { text: `- **What it shows**: ${renderSentence(summary)}`, rank: 5 },
    { text: `- **Scope**: ${scope}` },
    ctx.prerequisites.length > 0
      ? {
          text: `- **Prerequisites**: ${ctx.prerequisites.map((p) => escapeInline(p.text)).join('; ')}`,
          rank: 4
        }
      : undefined,
    ctx.derived.handsOn
      ? { text: `- ${derivedStatement('hands-on', ctx.derived.handsOn)}`, rank: 3 }
      : undefined,
    ctx.derived.reading
      ? { text: `- ${derivedStatement('reading', ctx.derived.reading)}`, rank: 1 }
      : undefined,
    ctx.limitations[0]
      ? { text: `- **Limitation**: ${ctx.limitations[0].markdown}`, rank: 2 }
      : undefined,
    { text: `- **Non-goals**: ${nonGoals}` },
    { text: `- **Start here**: ${ctx.link}` }
  ]
  const lines = candidates.filter((l): l is Line => l !== undefined)
  while (lines.length > LIMITS.readmeLines.max) {
    let drop = -1
    lines.forEach((l, i) => {
      const worst = lines[drop]
      if (l.rank !== undefined && (drop < 0 || (worst?.rank ?? Infinity) > l.rank)) drop = i
    })
    if (drop < 0) break
    lines.splice(drop, 1)
  }
  return lines.map((l) => l.text)
}

export function readmeSnippet(ctx: DraftContext): DraftSection {
  return {
    id: 'readme-snippet',
    heading: 'GitHub README Snippet',
    markdown: readmeLines(ctx).join('\n')
  }
}
