// Medium / Blog Outline: headings and bullets, not prose. Maps every exercise in tutorial order
// with its estimate and optional flag, references exactly one diagram (the tutorial's first), and
// keeps every other list to at most five items ("and N more").
import type { RootContent } from 'mdast'
import type { SectionTree } from './types.js'
import type { DraftContext } from './context.js'
import { exerciseLabel, fact, facts, timeStatement, tutorialLink, untimedNote } from './context.js'
import { derivedStatement } from '../channels/derived-text.js'
import { renderFact } from './render-fact.js'
import { summariseItems } from '../facts/sentences.js'
import { code, heading, inline, type Inline, list, paragraph, strong } from './mdast.js'

/** How many items a list in the outline shows before "and N more". */
const MAX_ITEMS = 5

export function diagramLine(ctx: DraftContext): Inline | undefined {
  const d = ctx.diagram
  if (!d) return undefined
  const alt = d.alt.trim() === '' ? '' : ` "${d.alt.trim()}"`
  return d.inline
    ? inline(`Diagram${alt}: the Mermaid diagram at `, code(`${d.file}:${d.line}`))
    : inline(`Diagram${alt}: `, code(d.path))
}

/** At most five bullets, then `…and N more` as a last bullet. */
function capped<T>(items: (T | string)[]): (T | string)[] {
  if (items.length <= MAX_ITEMS) return items
  return [...items.slice(0, MAX_ITEMS), `and ${items.length - MAX_ITEMS} more`]
}

export function blogOutline(ctx: DraftContext): SectionTree {
  const t = ctx.tutorial
  const out: RootContent[] = [paragraph(strong('Working title'), `: ${t.title}`)]
  const group = (title: string, bullets: (Inline | string | undefined)[]): void => {
    const items = bullets.map((b) => inline(b)).filter((b) => b.length > 0)
    if (items.length === 0) return
    out.push(heading(3, title), list(items))
  }
  const problem = fact(ctx, 'problem')
  const definition = fact(ctx, 'definition')
  const approach = fact(ctx, 'approach')
  const impact = fact(ctx, 'impact')
  const example = fact(ctx, 'example')
  const prereqs = facts(ctx, 'prerequisite').map((p) => p.text)
  group('Introduction', [
    problem && inline('Problem: ', renderFact(problem)),
    definition && inline(`What ${ctx.product} is: `, renderFact(definition)),
    approach && inline('Approach: ', renderFact(approach)),
    impact && inline('Why it matters: ', renderFact(impact)),
    example && inline('Running example (fiction, not the product): ', renderFact(example)),
    prereqs.length > 0 ? `Prerequisites: ${summariseItems(prereqs, MAX_ITEMS)}` : undefined
  ])
  const table = ctx.table
  const components = facts(ctx, 'component').filter((c) => c.section === undefined)
  const claims = facts(ctx, 'claim').filter(
    (c) => c.status === 'verified' && /arch/i.test(c.section ?? '')
  )
  group('Architecture', [
    diagramLine(ctx),
    components.length > 0
      ? `Main components: ${summariseItems(
          components.map((c) => c.term ?? c.text),
          MAX_ITEMS,
          ', '
        )}`
      : undefined,
    table &&
      `Comparison table (${table.header.join(' | ')}): rows ${summariseItems(
        table.rowLabels,
        MAX_ITEMS
      )}`,
    ...claims.slice(0, 2).map((c) => inline('Backed by the registry: ', renderFact(c)))
  ])
  const exercises = facts(ctx, 'exercise')
  group('Hands-on exercises', [
    ...exercises.map((f) => exerciseLabel(f)),
    untimedNote(ctx),
    ctx.derived.handsOn && derivedStatement('hands-on', ctx.derived.handsOn)
  ])
  group('Path to production', capped(ctx.production.map((p) => p.text)))
  group('Limitations and trade-offs', capped(facts(ctx, 'limitation').map(renderFact)))
  group('Not covered / not suitable for', capped(facts(ctx, 'non-goal').map(renderFact)))
  const stated = fact(ctx, 'total-time')
  group('Wrap-up', [
    stated ? timeStatement(ctx) : undefined,
    ctx.derived.reading && derivedStatement('reading', ctx.derived.reading),
    inline('Link back: ', tutorialLink(ctx))
  ])
  return { id: 'blog-outline', heading: 'Medium / Blog Outline', nodes: out }
}
