// GitHub README Snippet (limits from the channel contract, 6–8 lines by default): factual lines,
// including scope and non-goals. One line per fact (the title, then a list item each), no blank
// lines, so every way of counting lines agrees; lists at most five items ("and N more").
import type { SectionTree } from './types.js'
import type { DraftContext } from './context.js'
import { fact, facts, timeStatement, tutorialLink } from './context.js'
import { limitOf } from './limits.js'
import { renderFact } from './render-fact.js'
import { summariseItems } from '../facts/sentences.js'
import { emphasis, inline, type Inline, list, paragraph, strong } from './mdast.js'

export const NON_GOALS_PLACEHOLDER = `[non-goals: the tutorial states none — add a "not covered" or "not suitable for" passage, or write them here]`

interface Line {
  text: Inline
  /** lines with a lower rank are dropped first when over the limit; required lines have none */
  rank?: number
}

/** The lines of the snippet in print order: the bold title, then each list item. */
export function readmeLines(ctx: DraftContext): Inline[] {
  const t = ctx.tutorial
  const summary = fact(ctx, 'definition') ?? fact(ctx, 'approach') ?? fact(ctx, 'problem')
  const exercises = facts(ctx, 'exercise').map((f) =>
    `${f.exercise?.id ?? ''} ${f.text}${f.exercise?.optional ? ' (optional)' : ''}`.trim()
  )
  const scope =
    exercises.length > 0
      ? summariseItems(exercises, 5, ' · ')
      : summariseItems(
          t.chapters.map((c) => c.title),
          5,
          ' · '
        )
  const nonGoal = fact(ctx, 'non-goal')
  const limitation = fact(ctx, 'limitation')
  const prereqs = facts(ctx, 'prerequisite').map((p) => p.text)
  const time = timeStatement(ctx)
  const candidates: (Line | undefined)[] = [
    { text: inline(strong(t.title)) },
    summary && { text: inline(strong('What it is'), ': ', renderFact(summary)), rank: 5 },
    { text: inline(strong('Scope'), `: ${scope}`) },
    prereqs.length > 0
      ? { text: inline(strong('Prerequisites'), `: ${summariseItems(prereqs, 5)}`), rank: 4 }
      : undefined,
    time ? { text: inline(time), rank: 3 } : undefined,
    limitation
      ? { text: inline(strong('Limitation'), ': ', renderFact(limitation)), rank: 2 }
      : undefined,
    {
      text: inline(
        strong('Non-goals'),
        ': ',
        nonGoal ? renderFact(nonGoal) : emphasis(NON_GOALS_PLACEHOLDER)
      )
    },
    { text: inline(strong('Start here'), ': ', tutorialLink(ctx)) }
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

export function readmeSnippet(ctx: DraftContext): SectionTree {
  const [title, ...items] = readmeLines(ctx)
  return {
    id: 'readme-snippet',
    heading: 'GitHub README Snippet',
    // one line per fact: the list follows the title without a blank line
    nodes: [
      { ...paragraph(title ?? []), data: { tightBelow: true } },
      ...(items.length > 0 ? [list(items)] : [])
    ]
  }
}
