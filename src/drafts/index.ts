// The draft generator: one Markdown document per tutorial, every statement and figure traced to
// the tutorial or the claims registry. Each section is built by its own module from one shared
// context; the checklist comes last, from the guard's findings on the sections before it.
import type { Config } from '../config/types.js'
import type { Registry, Tutorial } from '../model.js'
import type { Draft, DraftSection } from './types.js'
import { blogOutline } from './blog-outline.js'
import { CHECKLIST_PLACEHOLDER, checklistItems, checklistSection } from './checklist.js'
import { buildContext, type DraftContext } from './context.js'
import { coreStory } from './core-story.js'
import { linkedin } from './linkedin.js'
import { openQuestions, renderOpenQuestions } from './open-questions.js'
import { readmeSnippet } from './readme-snippet.js'
import { renderDraft } from './render.js'
import { talkAbstract } from './talk-abstract.js'
import { escapeInline } from './words.js'

export { renderDraft } from './render.js'
export { derivedLabel, derivedStatement, DERIVED_LABELS } from '../channels/derived-text.js'
export type { DraftContext } from './context.js'

/** The channel sections, in contract order; adding a channel = one module + one line here. */
export const CHANNELS: readonly ((ctx: DraftContext) => DraftSection)[] = [
  coreStory,
  linkedin,
  blogOutline,
  readmeSnippet,
  talkAbstract
]

/**
 * The provenance line: the tutorial folder and the registry claims the sections cite. No
 * timestamps, so the same input gives the same bytes. IDs are inline code: this line names the
 * claims, it does not cite them again.
 */
export function provenance(ctx: DraftContext, sections: readonly DraftSection[]): string {
  const used = ctx.citedIds.filter((id) => sections.some((s) => s.markdown.includes(`**${id}**`)))
  const claims = used.length > 0 ? used.map((id) => `\`${id}\``).join(', ') : 'none'
  return `_Generated from the tutorial \`${ctx.tutorial.dir}\`. Registry claims used: ${claims}._`
}

export interface BuildOptions {
  path: string
  strict: boolean
  /**
   * Channel bodies written elsewhere (the model writer, src/llm), by channel id, used instead of
   * this writer's own; open questions, provenance and checklist are computed over them.
   */
  written?: ReadonlyMap<string, string>
  /** a line of the writer's (its record) placed after the provenance line */
  record?: string
}

export function buildDraft(
  t: Tutorial,
  registry: Registry,
  config: Config,
  opts: BuildOptions
): Draft {
  const ctx = buildContext(t, registry, config, opts)
  const questions = openQuestions(ctx)
  const own = (s: DraftSection): DraftSection => {
    const text = opts.written?.get(s.id)
    return text === undefined ? s : { ...s, markdown: text }
  }
  const sections: DraftSection[] = [
    ...CHANNELS.map((build) => own(build(ctx))),
    {
      id: 'open-questions',
      heading: 'Open Questions / Clarifications Needed',
      markdown: renderOpenQuestions(questions)
    }
  ]
  const title = escapeInline(t.title)
  const head = opts.record
    ? `${provenance(ctx, sections)}\n\n${opts.record}`
    : provenance(ctx, sections)
  const pending: DraftSection = {
    id: 'checklist',
    heading: 'Amplification Checklist',
    markdown: CHECKLIST_PLACEHOLDER
  }
  // The guard runs once, on the document with a placeholder checklist: the checklist comes last,
  // holds only computed ticks and inline code, so the final document's findings are the same.
  const { items, findings: diagnostics } = checklistItems(
    ctx,
    sections,
    renderDraft([...sections, pending], title, head)
  )
  const all = [...sections, checklistSection(items)]
  const markdown = renderDraft(all, title, head)
  return {
    tutorial: t.name,
    tutorialDir: t.dir,
    path: opts.path,
    markdown,
    sections: all,
    openQuestions: questions,
    checklist: items,
    diagnostics
  }
}
