// Markdown built as a tree: the renderers make mdast nodes and mdast-util-to-markdown (with the
// GFM extension, for tables) writes them, escaping what needs escaping. Text from content goes in
// through `text()`, which adds our own neutralising on top of that escaping: no @-mention, no
// `<!--` (so no forged marker) and no `tutorial-amplifier:` marker prefix.
import type { Nodes, PhrasingContent, RootContent, TableRow, Text } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown, type Options } from 'mdast-util-to-markdown'

const ZWJ = '\u200D'

/** Plain text from content, safe to put in a text node. */
export function plain(value: string): string {
  return value
    .replace(/<!--/g, `<!${ZWJ}--`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
    .replace(/(tutorial-amplifier)(:)/gi, `$1${ZWJ}$2`)
}

export const text = (value: string): Text => ({ type: 'text', value: plain(value) })

/** A link of ours (the URL is built by us, never taken from content). */
export const link = (url: string, children: PhrasingContent[]): PhrasingContent => ({
  type: 'link',
  url,
  children
})

export function table(
  header: string[],
  rows: PhrasingContent[][][],
  align: ('left' | 'right' | null)[] = []
): RootContent {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: c }))
  })
  return {
    type: 'table',
    align: header.map((_, i) => align[i] ?? null),
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)]
  }
}

/**
 * The serializer settings every Markdown we write uses (comment, job summary, drafts): `-` bullets,
 * `*` strong, fenced code, `-` rules, GFM tables without padding. `\<` (an escaped `<` that could
 * open HTML) is written as `&lt;`: the same on screen, and like the rest of our output
 * (src/report/sanitize.ts) it leaves no `<` + letter outside code.
 */
export const TO_MARKDOWN: Readonly<Options> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fences: true,
  rule: '-',
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  handlers: {
    text: (node: Text, _parent, state, info) => state.safe(node.value, info).replace(/\\</g, '&lt;')
  }
}

/** Serializes nodes as one Markdown string (no trailing newline). */
export function md(nodes: RootContent | RootContent[], options: Options = TO_MARKDOWN): string {
  const root: Nodes = { type: 'root', children: Array.isArray(nodes) ? nodes : [nodes] }
  return toMarkdown(root, options).trimEnd()
}
