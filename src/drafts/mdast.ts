// The drafts as Markdown trees. Every section builder makes mdast nodes from plain text (never
// escaped by hand) and the document is one mdast Root, written by mdast-util-to-markdown with the
// settings of our other Markdown (src/report/mdast.ts), `_` for emphasis as the drafts always had.
// Text from elsewhere (a model's answer, a committed section) goes in through `bodyNodes`, which
// parses it and confines it to its section.
import type {
  Emphasis,
  Heading,
  InlineCode,
  Link,
  List,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Text
} from 'mdast'
import type { Handle, Options } from 'mdast-util-to-markdown'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { countPlainWords } from '../channels/measure.js'
import { md, plain, TO_MARKDOWN } from '../report/mdast.js'

declare module 'mdast' {
  interface ParagraphData {
    /** no blank line between this paragraph and a bullet list right after it */
    tightBelow?: boolean
  }
}

export type Inline = PhrasingContent[]

/** Inline content as the builders write it: plain text, numbers, nodes, lists of them; gaps are skipped. */
export type Piece = string | number | PhrasingContent | readonly Piece[] | undefined | null | false

/** Flattens pieces into phrasing nodes, plain text as text nodes (adjacent text merged). */
export function inline(...pieces: Piece[]): Inline {
  const out: Inline = []
  const add = (p: Piece): void => {
    if (p === undefined || p === null || p === false || p === '') return
    if (Array.isArray(p)) {
      for (const x of p as readonly Piece[]) add(x)
      return
    }
    const node: PhrasingContent =
      typeof p === 'string' || typeof p === 'number'
        ? { type: 'text', value: String(p) }
        : (p as PhrasingContent)
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: last.value + node.value }
    } else out.push(node)
  }
  for (const p of pieces) add(p)
  return out
}

export const strong = (...p: Piece[]): Strong => ({ type: 'strong', children: inline(...p) })
export const emphasis = (...p: Piece[]): Emphasis => ({ type: 'emphasis', children: inline(...p) })
export const code = (value: string): InlineCode => ({ type: 'inlineCode', value })
export const link = (url: string, ...label: Piece[]): Link => ({
  type: 'link',
  url,
  children: inline(...label)
})
export const paragraph = (...p: Piece[]): Paragraph => ({
  type: 'paragraph',
  children: inline(...p)
})
export const heading = (depth: Heading['depth'], ...p: Piece[]): Heading => ({
  type: 'heading',
  depth,
  children: inline(...p)
})

/** A tight list, one paragraph per item (numbered from 1 when `ordered`). */
export function list(items: readonly Inline[], ordered = false): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    ...(ordered ? { start: 1 } : {}),
    children: items.map((i) => ({ type: 'listItem', spread: false, children: [paragraph(i)] }))
  }
}

/** The parts joined with `sep` (empty parts left out). */
export function joinInline(parts: readonly Piece[], sep: string): Inline {
  const kept = parts.filter((p) => inline(p).length > 0)
  return inline(kept.flatMap((p, i) => (i === 0 ? [p] : [sep, p])))
}

/** The text a reader sees (markup dropped, nothing escaped). */
export function plainText(nodes: Nodes | readonly Nodes[]): string {
  return Array.isArray(nodes)
    ? (nodes as readonly Nodes[]).map((n) => toString(n)).join('\n')
    : toString(nodes as Nodes)
}

/**
 * The words a reader sees, counted as `countWords` (src/channels/measure.ts) counts them in the
 * written Markdown (text, inline code and code values, image alt text), without writing and
 * parsing it again.
 */
export function countTreeWords(nodes: readonly Nodes[]): number {
  const parts: string[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      parts.push(node.value)
    } else if (node.type === 'image') {
      parts.push(node.alt ?? '')
    } else if ('children' in node) {
      for (const c of node.children) walk(c)
    }
  }
  for (const n of nodes) walk(n)
  return countPlainWords(parts.join(' '))
}

const textHandler = TO_MARKDOWN.handlers?.text as Handle

/**
 * Written text by its value and context (construct stack, the characters around it): a fact
 * appears in several channels of a draft, and writing text is most of the serializer's work.
 */
const writtenText = new Map<string, string>()

/**
 * Our serializer settings with `_` emphasis (the drafts' placeholders and provenance line); a
 * paragraph marked `tightBelow` has the bullet list after it on the next line. A `#`
 * that starts a line is only escaped when it could open a heading (followed by a space, a tab or
 * the line's end, CommonMark's ATX rule), so a post's hashtags stay `#Tag`.
 */
const DRAFT_MARKDOWN: Options = {
  ...TO_MARKDOWN,
  emphasis: '_',
  // a bullet list may follow a paragraph on the next line (CommonMark: it interrupts the paragraph)
  join: [
    (left, right) =>
      left.type === 'paragraph' && left.data?.tightBelow === true && right.type === 'list'
        ? right.ordered
          ? undefined
          : 0
        : undefined
  ],
  handlers: {
    ...TO_MARKDOWN.handlers,
    text: (node: Text, parent, state, info) => {
      const key = `${state.stack.join(',')}\0${info.before}\0${info.after}\0${node.value}`
      let out = writtenText.get(key)
      if (out === undefined) {
        out = textHandler(node, parent, state, info).replace(/(^|\n)\\#(?=[^\s#])/g, '$1#')
        if (writtenText.size >= 4096) writtenText.clear()
        writtenText.set(key, out)
      }
      return out
    }
  }
}

/** Writes block nodes as Markdown (no trailing newline). */
export function toMd(nodes: readonly RootContent[]): string {
  return md([...nodes], DRAFT_MARKDOWN)
}

/** Writes inline content as one line of Markdown (an open question, a checklist reason). */
export function inlineMd(nodes: Inline): string {
  return toMd([paragraph(nodes)])
}

/** The whole document as one tree, written with a single trailing newline. */
export function documentMd(root: Root): string {
  return `${toMd(root.children).replace(/\r\n?/g, '\n')}\n`
}

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

const parser = unified().use(remarkParse).use(remarkGfm)

/**
 * Text written elsewhere (a model's answer, a committed section: hostile) as the body of one of
 * our sections: parsed with our remark parser, headings of level 1 and 2 made level 3 (so the text
 * cannot open a section of its own, such as a forged `## Amplification Checklist`), raw HTML kept
 * only as visible text, and text and code neutralised as all content is (no @-mention, no comment
 * marker: src/report/mdast.ts `plain`). Positions are dropped: the nodes live in another document.
 */
export function bodyNodes(markdown: string): RootContent[] {
  const tree = parser.parse(markdown.replace(/\r\n?/g, '\n')) as Root
  visit(tree, (node, index, parent) => {
    delete node.position
    if (node.type === 'heading' && node.depth <= 2) node.depth = 3
    if (node.type === 'html' && parent && index !== undefined) {
      const value = plain(node.value)
      parent.children[index] = BLOCK_PARENTS.has(parent.type)
        ? ({ type: 'paragraph', children: [{ type: 'text', value }] } as RootContent)
        : ({ type: 'text', value } as Text)
      return SKIP
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      node.value = plain(node.value)
    }
    return undefined
  })
  return tree.children
}

/** A body written elsewhere, confined (`bodyNodes`) and written as our Markdown. */
export function bodyMarkdown(markdown: string): string {
  return toMd(bodyNodes(markdown))
}

/**
 * A sentence as a template: the literal parts are plain text, the values pieces (nodes such as
 * `code(id)`, or plain text): phrase`${code(id)} is not in the registry.`
 */
export function phrase(strings: TemplateStringsArray, ...values: Piece[]): Inline {
  return inline(strings.flatMap((s, i) => (i < values.length ? [s, values[i]] : [s])))
}
