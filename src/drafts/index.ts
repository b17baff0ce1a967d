// The deterministic writer: one Markdown document per tutorial, composed from the tutorial's fact
// sheet (src/facts), every statement and figure traced to the tutorial or the claims registry.
// Each channel is built by its own module; the checklist comes last, from the guard's findings on
// the sections before it. The guard is handed in by the engine (`DraftGuard`): this module never
// imports src/guard, and the guard never imports a writer.
import type { Config } from '../config/types.js'
import { channelById, channelFileName } from '../channels/contract.js'
import type { Diagnostic, Registry, SourceFile, Tutorial } from '../model.js'
import type { FactSheet } from '../facts/types.js'
import type { RootContent } from 'mdast'
import type { ChannelPost, Draft, DraftSection, SectionTree } from './types.js'
import { blogOutline } from './blog-outline.js'
import { CHECKLIST_PLACEHOLDER, checklistItems, checklistSection } from './checklist.js'
import { buildContext, type DraftContext } from './context.js'
import { coreStory } from './core-story.js'
import { linkedin } from './linkedin.js'
import { newsletter } from './newsletter.js'
import { openQuestions, renderOpenQuestions } from './open-questions.js'
import { readmeSnippet } from './readme-snippet.js'
import { renderDraft } from './render.js'
import { talkAbstract } from './talk-abstract.js'
import { xThread } from './x-thread.js'
import { bodyNodes, code, emphasis, joinInline, paragraph, toMd } from './mdast.js'
import { toString } from 'mdast-util-to-string'
import { walk } from '../walk.js'

export { draftTree, renderDraft } from './render.js'
export { derivedLabel, derivedStatement, DERIVED_LABELS } from '../channels/derived-text.js'
export type { DraftContext } from './context.js'

/**
 * The guard, as the engine hands it in: findings on one document, checked as the combined draft,
 * or (with `channel`) as that one channel's post.
 */
export type DraftGuard = (file: SourceFile, opts?: { channel?: string }) => Diagnostic[]

/** The writer of each channel, by contract id; adding a channel = one module + one line here. */
export const WRITERS: Readonly<Record<string, (ctx: DraftContext) => SectionTree>> = {
  'core-story': coreStory,
  linkedin,
  'blog-outline': blogOutline,
  'readme-snippet': readmeSnippet,
  'talk-abstract': talkAbstract,
  newsletter,
  'x-thread': xThread
}

/** The IDs the sections cite (as strong text, `**ID**`). */
function citedIn(sections: readonly SectionTree[]): Set<string> {
  const out = new Set<string>()
  for (const s of sections) {
    for (const n of s.nodes) {
      walk(n, (node) => {
        if (node.type === 'strong') out.add(toString(node))
      })
    }
  }
  return out
}

/**
 * The provenance line: the tutorial folder and the registry claims the sections cite. No
 * timestamps, so the same input gives the same bytes. IDs are inline code: this line names the
 * claims, it does not cite them again.
 */
export function provenance(ctx: DraftContext, sections: readonly SectionTree[]): RootContent {
  const cited = citedIn(sections)
  const used = ctx.citedIds.filter((id) => cited.has(id))
  const claims = used.length > 0 ? joinInline(used.map(code), ', ') : 'none'
  return paragraph(
    emphasis(
      'Generated from the tutorial ',
      code(ctx.tutorial.dir),
      '. Registry claims used: ',
      claims,
      '.'
    )
  )
}

/** A section as the draft holds it: the tree written as Markdown. */
function written(s: SectionTree): DraftSection & SectionTree {
  return { ...s, markdown: toMd(s.nodes) }
}

function postPath(draftPath: string, fileName: string): string {
  const slash = draftPath.lastIndexOf('/')
  return slash < 0 ? fileName : `${draftPath.slice(0, slash + 1)}${fileName}`
}

export interface BuildOptions {
  path: string
  strict: boolean
  guard: DraftGuard
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
  sheet: FactSheet,
  opts: BuildOptions
): Draft {
  const ctx = buildContext(t, registry, config, sheet, opts)
  const channels = ctx.channels.filter((c) => WRITERS[c.id] !== undefined)
  const write = (id: string): SectionTree =>
    (WRITERS[id] as (ctx: DraftContext) => SectionTree)(ctx)
  // a body written elsewhere (the model writer) is hostile text: parsed and confined to its section
  const own = (s: SectionTree): SectionTree => {
    const text = opts.written?.get(s.id)
    return text === undefined ? s : { ...s, nodes: bodyNodes(text) }
  }
  const sections = channels.filter((c) => c.inCombinedDraft).map((c) => written(own(write(c.id))))
  const postSections = channels.filter((c) => !c.inCombinedDraft).map((c) => written(write(c.id)))
  const questions = openQuestions(ctx, [...sections, ...postSections])
  sections.push(
    written({
      id: 'open-questions',
      heading: 'Open Questions / Clarifications Needed',
      nodes: renderOpenQuestions(questions, ctx.channels)
    })
  )
  const title = t.title
  const head: RootContent[] = [provenance(ctx, sections)]
  if (opts.record) head.push({ type: 'html', value: opts.record })
  const pending: SectionTree = {
    id: 'checklist',
    heading: 'Amplification Checklist',
    nodes: [...CHECKLIST_PLACEHOLDER]
  }
  // The guard runs once, on the document with a placeholder checklist: the checklist comes last,
  // holds only computed ticks and inline code, so the final document's findings are the same.
  const diagnostics = opts.guard({
    path: opts.path,
    text: renderDraft([...sections, pending], title, head)
  })
  const items = checklistItems(ctx, sections, diagnostics)
  const all = [...sections, written(checklistSection(items))]
  const markdown = renderDraft(all, title, head)
  const posts: ChannelPost[] = postSections.map((s) => {
    const channel = channelById(s.id, ctx.channels)
    const fileName = channel ? channelFileName(channel, t.name) : `${s.id}__${t.name}.md`
    const path = postPath(opts.path, fileName)
    const text = renderDraft([s], title, [provenance(ctx, [s])], s.heading)
    return {
      channel: s.id,
      fileName,
      path,
      markdown: text,
      diagnostics: opts.guard({ path, text }, { channel: s.id })
    }
  })
  return {
    tutorial: t.name,
    tutorialDir: t.dir,
    path: opts.path,
    markdown,
    // the public shapes: Markdown only (the trees stay here, they are not sent between threads)
    sections: all.map(({ id, heading, markdown }) => ({ id, heading, markdown })),
    openQuestions: questions.map(({ nodes: _nodes, ...q }) => q),
    checklist: items.map(({ reasonNodes: _nodes, ...i }) => i),
    diagnostics,
    facts: sheet,
    posts
  }
}
