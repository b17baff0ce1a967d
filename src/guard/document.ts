// Reads any draft document (ours, or one a person or an LLM committed) into sections found by
// their `## ` headings, keeping the mdast so every rule can point at the exact line:col.
import type { Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Location, SourceFile } from '../model.js'
import { documentSections } from '../channels/contract.js'

const SECTIONS = documentSections()
type SectionId = string
import { lineStarts, locate } from '../locate.js'

/** One `## ` section of a draft: its heading and the nodes up to the next `## ` heading. */
export interface DocSection {
  /** heading text as plain text, trimmed */
  heading: string
  /** the contract section this heading is, when its text is one of `SECTIONS` exactly */
  id?: SectionId
  /** the heading node itself */
  node: Heading
  /** where the heading starts */
  line: number
  column: number
  /** the body's top-level nodes (everything up to the next depth-2 heading) */
  body: RootContent[]
  /** the body as plain text (blocks joined by blank lines) */
  text: string
  /** first line of the body's first node, or the heading's line when the body is empty */
  bodyLine: number
  /** last line the section covers (its last node, or the heading) */
  endLine: number
}

export interface DraftDocument {
  /** display path of the draft */
  file: string
  /** the draft's full text */
  source: string
  root: Root
  /** top-level nodes before the first `## ` heading */
  preamble: RootContent[]
  /** the `## ` sections in document order */
  sections: DocSection[]
  /** offset of the first character of each line (index 0 = line 1) */
  lineStarts: number[]
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/** Parses a draft document. Never throws: Markdown always parses. */
export function parseDraftDocument(draft: SourceFile): DraftDocument {
  const root = processor.parse(draft.text) as Root
  const preamble: RootContent[] = []
  const sections: DocSection[] = []
  let current: DocSection | undefined
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const heading = toString(node).replace(/\s+/g, ' ').trim()
      const line = node.position?.start.line ?? 1
      const section: DocSection = {
        heading,
        node,
        line,
        column: node.position?.start.column ?? 1,
        body: [],
        text: '',
        bodyLine: line,
        endLine: node.position?.end.line ?? line
      }
      const id = SECTIONS.find((s) => s.heading === heading)?.id
      if (id) section.id = id
      sections.push(section)
      current = section
      continue
    }
    if (!current) {
      preamble.push(node)
      continue
    }
    if (current.body.length === 0) current.bodyLine = node.position?.start.line ?? current.line
    current.body.push(node)
    current.endLine = node.position?.end.line ?? current.endLine
  }
  for (const s of sections) {
    s.text = s.body
      .filter((n) => n.type !== 'code' && n.type !== 'html')
      .map((n) => toString(n))
      .join('\n\n')
  }
  return {
    file: draft.path,
    source: draft.text,
    root,
    preamble,
    sections,
    lineStarts: lineStarts(draft.text)
  }
}

/** The 1-based line and column of a character offset in the draft. */
export function locateOffset(doc: DraftDocument, offset: number): Location {
  return locate(doc.lineStarts, doc.file, offset)
}

/** The location a node starts at (1:1 when it has no position). */
export function locateNode(
  doc: DraftDocument,
  node: { position?: { start: { line: number; column: number } } }
): Location {
  return {
    file: doc.file,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1
  }
}

/** Finds a contract section by id (the first, when a draft repeats it). */
export function sectionById(doc: DraftDocument, id: SectionId): DocSection | undefined {
  return doc.sections.find((s) => s.id === id)
}

/** A short quotation of a text for messages: whitespace collapsed, cut at `max` characters. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return `"${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}"`
}
