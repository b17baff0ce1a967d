// The whole document as one mdast Root: title, provenance (and the writer's record), the sections
// in contract order, each under its `## ` heading; written by mdast-util-to-markdown.
import type { Root, RootContent } from 'mdast'
import type { SectionTree } from './types.js'
import { SECTIONS } from './types.js'
import { documentMd, heading } from './mdast.js'

/** `# Amplification drafts — <title>`, then the head nodes (provenance), then each `## ` section. */
export function draftTree(
  sections: readonly SectionTree[],
  title: string,
  head: readonly RootContent[] = [],
  kind = 'Amplification drafts'
): Root {
  const rank = (id: string): number => SECTIONS.findIndex((s) => s.id === id)
  const ordered = [...sections].sort((a, b) => rank(a.id) - rank(b.id))
  return {
    type: 'root',
    children: [
      heading(1, `${kind} — ${title.replace(/\s+/g, ' ').trim()}`),
      ...head,
      ...ordered.flatMap((s) => [heading(2, s.heading), ...s.nodes])
    ]
  }
}

/** The document as Markdown, `\n` line endings, ending in one newline. */
export function renderDraft(
  sections: readonly SectionTree[],
  title: string,
  head: readonly RootContent[] = [],
  kind = 'Amplification drafts'
): string {
  return documentMd(draftTree(sections, title, head, kind))
}
