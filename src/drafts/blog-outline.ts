// Medium / Blog Outline: headings and bullets, not prose. Maps every exercise in tutorial order
// with its estimate and references exactly one diagram (the tutorial's first).
import type { DraftSection } from './types.js'
import type { DraftContext } from './context.js'
import { exerciseLabel } from './context.js'
import { derivedStatement } from '../channels/derived-text.js'
import { renderSentence } from './select.js'
import { escapeInline } from './words.js'

/** How many limitations the outline lists. */
const MAX_LIMITATIONS = 5

export function diagramLine(ctx: DraftContext): string | undefined {
  const d = ctx.diagram
  if (!d) return undefined
  const alt = d.alt.trim() === '' ? '' : ` "${escapeInline(d.alt.trim())}"`
  return d.inline
    ? `Diagram${alt}: the Mermaid diagram at \`${d.file}:${d.line}\``
    : `Diagram${alt}: \`${d.path}\``
}

export function blogOutline(ctx: DraftContext): DraftSection {
  const t = ctx.tutorial
  const out: string[] = [`**Working title**: ${escapeInline(t.title)}`]
  const group = (heading: string, bullets: (string | undefined)[]): void => {
    const items = bullets.filter((b): b is string => b !== undefined && b !== '')
    if (items.length === 0) return
    out.push('', `### ${heading}`, '', ...items.map((b) => `- ${b}`))
  }
  const { problem, simplification, impact } = ctx.story
  group('Introduction', [
    problem && `Problem: ${renderSentence(problem)}`,
    simplification && `Approach: ${renderSentence(simplification)}`,
    impact && `Why it matters: ${renderSentence(impact)}`,
    ctx.prerequisites.length > 0
      ? `Prerequisites: ${ctx.prerequisites.map((p) => escapeInline(p.text)).join('; ')}`
      : undefined
  ])
  const table = ctx.table
  group('Architecture', [
    diagramLine(ctx),
    table &&
      `Comparison table (${table.header.map(escapeInline).join(' | ')}): rows ${table.rowLabels
        .map(escapeInline)
        .join('; ')}`
  ])
  group('Hands-on exercises', [
    ...ctx.exercises.map(exerciseLabel),
    ctx.derived.handsOn && derivedStatement('hands-on', ctx.derived.handsOn)
  ])
  group(
    'Path to production',
    ctx.production.map((p) => escapeInline(p.text))
  )
  group(
    'Limitations and trade-offs',
    ctx.limitations.slice(0, MAX_LIMITATIONS).map((l) => l.markdown)
  )
  group('Wrap-up', [
    t.timeCommitment &&
      `Time commitment stated by the tutorial: ${escapeInline(t.timeCommitment.text)}`,
    ctx.derived.reading && derivedStatement('reading', ctx.derived.reading),
    `Link back: ${ctx.link}`
  ])
  return { id: 'blog-outline', heading: 'Medium / Blog Outline', markdown: out.join('\n') }
}
