// The whole document as one mdast Root: title, provenance (and the writer's record), the sections
// in contract order, each under its `## ` heading; written by mdast-util-to-markdown.
import type { Root, RootContent } from 'mdast'
import type { SectionTree } from './types.js'
import { SECTIONS } from './types.js'
import { heading, toMd } from './mdast.js'

function ordered<S extends SectionTree>(sections: readonly S[]): S[] {
  const rank = (id: string): number => SECTIONS.findIndex((s) => s.id === id)
  return [...sections].sort((a, b) => rank(a.id) - rank(b.id))
}

const titleOf = (kind: string, title: string): string =>
  `${kind} — ${title.replace(/\s+/g, ' ').trim()}`

/** `# Amplification drafts — <title>`, then the head nodes (provenance), then each `## ` section. */
export function draftTree(
  sections: readonly SectionTree[],
  title: string,
  head: readonly RootContent[] = [],
  kind = 'Amplification drafts'
): Root {
  return {
    type: 'root',
    children: [
      heading(1, titleOf(kind, title)),
      ...head,
      ...ordered(sections).flatMap((s) => [heading(2, s.heading), ...s.nodes])
    ]
  }
}

/** `## <heading>` as written, once per heading (the contract's headings are the same in every draft). */
const headings = new Map<string, string>()
function sectionHeading(text: string): string {
  let out = headings.get(text)
  if (out === undefined) {
    out = toMd([heading(2, text)])
    if (headings.size >= 256) headings.clear()
    headings.set(text, out)
  }
  return out
}

/**
 * The document as Markdown (`\n` line endings, one final newline): `documentMd(draftTree(…))`
 * (./mdast.ts), written section by section so that a section written once (its `markdown`) is not
 * written again for the guard's pass and for the final document. The serializer separates flow content with one
 * blank line, and a `## ` heading always stands between two sections, so joining the parts with a
 * blank line is what writing the whole tree gives (__tests__/drafts/document.test.ts compares them).
 */
export function renderDraft(
  sections: readonly (SectionTree & { markdown?: string })[],
  title: string,
  head: readonly RootContent[] = [],
  kind = 'Amplification drafts'
): string {
  const parts = [toMd([heading(1, titleOf(kind, title)), ...head])]
  for (const s of ordered(sections)) {
    parts.push(sectionHeading(s.heading))
    const body = s.markdown ?? toMd(s.nodes)
    if (body !== '') parts.push(body)
  }
  return `${parts.join('\n\n').replace(/\r\n?/g, '\n')}\n`
}
