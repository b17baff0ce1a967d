// GitHub README Snippet (limits from the channel contract, 6–8 lines by default): factual lines,
// including scope and non-goals. One line per fact, no blank lines, so every way of counting lines
// agrees; lists at most five items ("and N more").
import type { DraftSection } from './types.js'
import type { DraftContext } from './context.js'
import { fact, facts, timeStatement } from './context.js'
import { limitOf } from './limits.js'
import { renderFact } from './render-fact.js'
import { summariseItems } from '../facts/sentences.js'
import { escapeInline } from './words.js'

export const NON_GOALS_PLACEHOLDER = `_[non-goals: the tutorial states none — add a "not covered" or "not suitable for" passage, or write them here]_`

interface Line {
  text: string
  /** lines with a lower rank are dropped first when over the limit; required lines have none */
  rank?: number
}

/** The lines of the snippet, in print order. */
export function readmeLines(ctx: DraftContext): string[] {
  const t = ctx.tutorial
  const summary = fact(ctx, 'definition') ?? fact(ctx, 'approach') ?? fact(ctx, 'problem')
  const exercises = facts(ctx, 'exercise').map((f) =>
    `${escapeInline(f.exercise?.id ?? '')} ${escapeInline(f.text)}${f.exercise?.optional ? ' (optional)' : ''}`.trim()
  )
  const scope =
    exercises.length > 0
      ? summariseItems(exercises, 5, ' · ')
      : summariseItems(
          t.chapters.map((c) => escapeInline(c.title)),
          5,
          ' · '
        )
  const nonGoal = fact(ctx, 'non-goal')
  const limitation = fact(ctx, 'limitation')
  const prereqs = facts(ctx, 'prerequisite').map((p) => escapeInline(p.text))
  const time = timeStatement(ctx)
  const candidates: (Line | undefined)[] = [
    { text: `**${escapeInline(t.title)}**` },
    summary && { text: `- **What it is**: ${renderFact(summary)}`, rank: 5 },
    { text: `- **Scope**: ${scope}` },
    prereqs.length > 0
      ? { text: `- **Prerequisites**: ${summariseItems(prereqs, 5)}`, rank: 4 }
      : undefined,
    time ? { text: `- ${time}`, rank: 3 } : undefined,
    limitation ? { text: `- **Limitation**: ${renderFact(limitation)}`, rank: 2 } : undefined,
    { text: `- **Non-goals**: ${nonGoal ? renderFact(nonGoal) : NON_GOALS_PLACEHOLDER}` },
    { text: `- **Start here**: ${ctx.link}` }
  ]
  const lines = candidates.filter((l): l is Line => l !== undefined)
  const max = limitOf(ctx, 'readme-snippet', 'lines').max
  while (lines.length > max) {
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
