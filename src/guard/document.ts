// Reads any draft document (ours, or one a person or an LLM committed) into sections, keeping the
// mdast so every rule can point at the exact line:col.
//
// Two formats:
// - combined: our seven-section document, sections found by their `## ` headings;
// - channel: one post for one channel (`linkedin-draft__x.md`, `talk-abstract__x.md`): the whole
//   body is that channel's section, headings or not. The channel comes from the file name (the
//   tutorial's name taken out first), else from the first heading (`channelOfName`).
// In both, notes about the post are not the post: front matter, HTML comments and a "Publishing
// Notes" / "Notes" / "Checklist for publishing" block (from its heading or bold label to the next
// heading of the same or a higher level), and our writers' provenance line, are set aside in
// `notes` and never read by the rules that judge the post (length, figures, claims, promises,
// terminology).
import path from 'node:path'
import type { Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Location, SourceFile } from '../model.js'
import { CHANNELS, type Channel, channelOfName, documentSections } from '../channels/contract.js'
import { gfmParser } from '../gfm.js'
import { lineStarts, locate } from '../locate.js'
import { parseInPieces } from '../sections.js'

type SectionId = string

/** One section of a draft: its heading and the nodes up to the next `## ` heading. */
export interface DocSection {
  /** heading text as plain text, trimmed */
  heading: string
  /** the contract section this heading is, when its text is one of the contract headings exactly */
  id?: SectionId
  /** how messages name the section: `"## LinkedIn Draft"`, or `the LinkedIn draft` for a per-channel file */
  label: string
  /** the heading node itself (a per-channel draft without a title has a position-less empty one) */
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

/** A block of notes about the post (not the post): its first and last line. */
export interface NotesBlock {
  /** the heading or label that opens it, as plain text */
  title: string
  line: number
  endLine: number
  nodes: RootContent[]
}

export type DraftFormat = 'combined' | 'channel'

export interface DraftDocument {
  /** display path of the draft */
  file: string
  /** the draft's full text */
  source: string
  root: Root
  format: DraftFormat
  /** the channel of a per-channel draft, when the contract knows it */
  channel?: Channel
  /** a per-channel draft's channel word when the contract has no such channel (`newsletter`) */
  channelWord?: string
  /** top-level nodes before the first section (combined format; never notes or front matter) */
  preamble: RootContent[]
  /** the sections in document order (one for a per-channel draft) */
  sections: DocSection[]
  /** notes blocks, set aside */
  notes: NotesBlock[]
  /** offset of the first character of each line (index 0 = line 1) */
  lineStarts: number[]
}

export interface DraftOptions {
  /** the channel contract (default: the built-in one) */
  channels?: readonly Channel[]
  /**
   * Read the format from the file: per-channel unless the document has two or more contract
   * headings or `combined` is set. Without it the document is read as combined (our own drafts).
   */
  detect?: boolean
  /** force the combined format (the file has our draft file name) */
  combined?: boolean
  /** the tutorial folder name, taken out of the file name before the channel is read from it */
  tutorial?: string
}

// remark-gfm + front matter, leaving out what the text cannot use (the same tree: src/gfm.ts)
const parse = gfmParser({ frontmatter: true })

/**
 * Headings and labels that open notes about a post rather than the post: `Publishing Notes`,
 * `Notes`, `Editor's notes`, `Checklist for publishing`, `Pre-publication checklist`, `Before
 * posting`, `Metadata`. Compared with the heading's plain text, lower-cased, emoji and trailing
 * punctuation removed.
 */
export const NOTES_TITLE =
  /^(?:(?:publishing|publication|posting|editor(?:['’]?s)?|author(?:['’]?s)?|writer(?:['’]?s)?|reviewer(?:['’]?s)?|internal|post|draft|usage)\s+)?notes?$|^(?:(?:pre[-\s]?publi(?:cation|shing)|publishing|publication|posting|review|final)\s+)?check-?list(?:\s+(?:for|before)\s+(?:publishing|publication|posting))?$|^before\s+(?:publishing|posting)$|^(?:publishing|posting)\s+(?:details|metadata|info)$|^metadata$/

function titleText(s: string): string {
  return s
    .replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** The notes title a node opens a notes block with, if it does: a heading or a bold label line. */
function notesOpener(node: RootContent): { title: string; depth: number } | undefined {
  if (node.type === 'heading') {
    const t = toString(node)
    return NOTES_TITLE.test(titleText(t)) ? { title: t.trim(), depth: node.depth } : undefined
  }
  if (node.type === 'paragraph') {
    const first = node.children[0]
    const firstLine = toString(node).split('\n', 1)[0] ?? ''
    // `**Publishing Notes**`, `**Notes:** …`, `Publishing notes:`
    const label =
      first && (first.type === 'strong' || first.type === 'emphasis')
        ? toString(first)
        : /:\s*$/.test(firstLine)
          ? firstLine
          : undefined
    if (label !== undefined && NOTES_TITLE.test(titleText(label))) {
      return { title: label.replace(/:\s*$/, '').trim(), depth: 7 }
    }
  }
  return undefined
}

/** The writers' provenance line: `_Generated from the tutorial `dir`. Registry claims used: …._` */
function isProvenance(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    node.children.length === 1 &&
    node.children[0]?.type === 'emphasis' &&
    /^Generated from the tutorial \S+\. Registry claims used: /.test(toString(node))
  )
}

/** Splits top-level nodes into the post's and the notes blocks (front matter dropped from both). */
function setAsideNotes(children: readonly RootContent[]): {
  kept: RootContent[]
  notes: NotesBlock[]
} {
  const kept: RootContent[] = []
  const notes: NotesBlock[] = []
  let open: (NotesBlock & { depth: number }) | undefined
  for (const node of children) {
    if (node.type === 'yaml') continue
    if (open) {
      // a heading of the same or a higher level ends the notes (a bold label runs to any heading)
      const ends = node.type === 'heading' && node.depth <= open.depth
      if (!ends) {
        open.nodes.push(node)
        open.endLine = node.position?.end.line ?? open.endLine
        continue
      }
      open = undefined
    }
    if (isProvenance(node)) {
      // our writer's provenance line, kept in a post someone committed: about the post, not in it
      const line = node.position?.start.line ?? 1
      notes.push({
        title: 'Provenance',
        line,
        endLine: node.position?.end.line ?? line,
        nodes: [node]
      })
      continue
    }
    const opener = notesOpener(node)
    if (opener) {
      const line = node.position?.start.line ?? 1
      open = {
        title: opener.title,
        depth: opener.depth,
        line,
        endLine: node.position?.end.line ?? line,
        nodes: [node]
      }
      notes.push(open)
      // a thematic break just before the notes belongs to them
      const prev = kept[kept.length - 1]
      if (prev?.type === 'thematicBreak') kept.pop()
      continue
    }
    kept.push(node)
  }
  return {
    kept,
    notes: notes.map(({ title, line, endLine, nodes }) => ({ title, line, endLine, nodes }))
  }
}

function sectionText(body: readonly RootContent[]): string {
  return body
    .filter((n) => n.type !== 'code' && n.type !== 'html')
    .map((n) => toString(n))
    .join('\n\n')
}

const headingText = (node: Heading): string => toString(node).replace(/\s+/g, ' ').trim()

// Networks the contract has no channel for. A name or heading that names one is that network's
// post, even when it also says `thread` or `post` (`mastodon-thread__x.md` is no X thread).
const OTHER_NETWORKS = ['mastodon', 'bluesky', 'threads', 'reddit', 'fediverse']

// Channels teams write for that the contract may not (yet) know: checked for content only.
const OTHER_CHANNEL_WORDS = ['newsletter', ...OTHER_NETWORKS, 'email', 'announcement']

/** True when a name or heading names a network the contract has no channel for. */
function namesOtherNetwork(text: string): boolean {
  const joined = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  return OTHER_NETWORKS.some((w) => joined.includes(` ${w} `))
}

function otherChannelWord(text: string): string | undefined {
  const joined = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  return OTHER_CHANNEL_WORDS.find((w) => joined.includes(` ${w.replace(/-/g, ' ')} `))
}

/** A text with the tutorial's name taken out (`talk-basics` must not read as the talk channel). */
function withoutTutorial(text: string, tutorial?: string): string {
  let stem = text
  if (tutorial) {
    const i = stem.toLowerCase().indexOf(tutorial.toLowerCase())
    if (i >= 0) stem = `${stem.slice(0, i)} ${stem.slice(i + tutorial.length)}`
  }
  return stem
}

/** The file name without folder and extension, the tutorial's name taken out. */
function nameStem(file: string, tutorial?: string): string {
  return withoutTutorial(path.posix.basename(file).replace(/\.[^.]*$/, ''), tutorial)
}

function combinedSections(
  kept: readonly RootContent[],
  channels: readonly Channel[]
): { preamble: RootContent[]; sections: DocSection[] } {
  // every channel's heading (per-channel posts included) and the combined draft's other sections
  const contract = [
    ...documentSections(channels),
    ...channels.filter((c) => !c.inCombinedDraft).map((c) => ({ id: c.id, heading: c.heading }))
  ]
  const preamble: RootContent[] = []
  const sections: DocSection[] = []
  let current: DocSection | undefined
  for (const node of kept) {
    if (node.type === 'heading' && node.depth === 2) {
      const heading = headingText(node)
      const line = node.position?.start.line ?? 1
      const section: DocSection = {
        heading,
        label: `"## ${heading}"`,
        node,
        line,
        column: node.position?.start.column ?? 1,
        body: [],
        text: '',
        bodyLine: line,
        endLine: node.position?.end.line ?? line
      }
      const id = contract.find((s) => s.heading === heading)?.id
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
  for (const s of sections) s.text = sectionText(s.body)
  return { preamble, sections }
}

/** A per-channel draft's one section: everything but a leading title heading is the body. */
function channelSection(kept: readonly RootContent[], name: string, channel?: Channel): DocSection {
  const first = kept[0]
  const title = first?.type === 'heading' ? first : undefined
  const body = title ? kept.slice(1) : [...kept]
  const node: Heading = title ?? { type: 'heading', depth: 1, children: [] }
  const line = title?.position?.start.line ?? body[0]?.position?.start.line ?? 1
  const section: DocSection = {
    heading: title ? headingText(title) : name,
    label: `the ${channel ? channel.name : name} draft`,
    node,
    line,
    column: title?.position?.start.column ?? 1,
    body,
    text: sectionText(body),
    bodyLine: body[0]?.position?.start.line ?? line,
    endLine: body[body.length - 1]?.position?.end.line ?? title?.position?.end.line ?? line
  }
  if (channel) section.id = channel.id
  return section
}

/** Parses a draft document. Never throws: Markdown always parses. */
export function parseDraftDocument(draft: SourceFile, opts: DraftOptions = {}): DraftDocument {
  const channels = opts.channels ?? CHANNELS
  const root = parseInPieces(parse, draft.text)
  const { kept, notes } = setAsideNotes(root.children)
  const base = {
    file: draft.path,
    source: draft.text,
    root,
    notes,
    lineStarts: lineStarts(draft.text)
  }
  const contract = documentSections(channels)
  const contractIds = new Set(
    kept
      .filter((n): n is Heading => n.type === 'heading' && n.depth === 2)
      .map((n) => contract.find((s) => s.heading === headingText(n))?.id)
      .filter((id) => id !== undefined)
  )
  if (!opts.detect || opts.combined || contractIds.size >= 2) {
    return { ...base, format: 'combined', ...combinedSections(kept, channels) }
  }
  const stem = nameStem(draft.path, opts.tutorial)
  const firstHeading = kept.find((n): n is Heading => n.type === 'heading')
  const headingName = firstHeading ? withoutTutorial(headingText(firstHeading), opts.tutorial) : ''
  const only = [...contractIds][0]
  // drafts kept one folder per channel (`drafts/linkedin/<tutorial>.md`): the folder's name, when
  // neither the file's name nor its first heading names one
  const folder = path.posix.basename(path.posix.dirname(draft.path))
  const other = namesOtherNetwork(stem) || namesOtherNetwork(headingName)
  const channel =
    (other ? undefined : channelOfName(stem, channels)) ??
    (headingName && !other ? channelOfName(headingName, channels) : undefined) ??
    (only ? channels.find((c) => c.id === only) : undefined) ??
    (other || namesOtherNetwork(folder) ? undefined : channelOfName(folder, channels))
  const doc: DraftDocument = { ...base, format: 'channel', preamble: [], sections: [] }
  if (channel) doc.channel = channel
  else {
    const word = otherChannelWord(stem) ?? otherChannelWord(headingName) ?? otherChannelWord(folder)
    if (word) doc.channelWord = word
  }
  doc.sections = [channelSection(kept, doc.channelWord ?? 'post', channel)]
  return doc
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
