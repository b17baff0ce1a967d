// Reads one Markdown registry file. The file is parsed with remark (GFM + front matter) and the
// top level of the syntax tree is walked:
// - a level-2 heading whose whole text is one claim ID starts a claim; any other heading ends it;
// - inside a claim, a bold label at the start of a line (`**Claim:**`, `**Claim**:`) starts a
//   field; the text up to the next label is its value (soft/hard line breaks are whitespace);
// - list items go to the current field when it takes bullets (Evidence, Implications,
//   Limitations), else to the last such field of the claim. A label that Markdown folded into a
//   list item (no blank line after a list) is still read as a label.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { toString } from 'mdast-util-to-string'
import type { Location } from '../model.js'
import { emptyEntry, type RawEntry } from './entry.js'
import { isId, type IdMatcher } from './ids.js'
import { HEADING_LINE, headingSections } from '../sections.js'

type ScalarField = 'claim' | 'scope' | 'status' | 'lastReviewed' | 'supersededBy'
type ListField = 'evidence' | 'implications' | 'limitations'
type Field = ScalarField | ListField

const FIELDS: Readonly<Record<string, Field>> = {
  claim: 'claim',
  scope: 'scope',
  status: 'status',
  'last reviewed': 'lastReviewed',
  'last-reviewed': 'lastReviewed',
  'last review': 'lastReviewed',
  reviewed: 'lastReviewed',
  evidence: 'evidence',
  implications: 'implications',
  implication: 'implications',
  limitations: 'limitations',
  limitation: 'limitations',
  'superseded by': 'supersededBy',
  'replaced by': 'supersededBy'
}

const isListField = (f: Field | 'other' | undefined): f is ListField =>
  f === 'evidence' || f === 'implications' || f === 'limitations'

// No remark-gfm: registry entries use headings, bold labels, paragraphs and lists only, and
// GFM's autolink pass alone costs about as much as the rest of the parse on big registries.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])

/** Plain text of inline content; a link keeps its URL (`text (url)`) so evidence URLs survive. */
function inlineText(node: PhrasingContent | RootContent): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'break':
      return '\n'
    case 'html':
      return ''
    case 'image':
      return node.alt ?? ''
    case 'link': {
      const text = node.children.map(inlineText).join('').trim()
      const bare = node.url.replace(/^(mailto:|https?:\/\/)/, '')
      return !text || text === node.url || text === bare ? node.url : `${text} (${node.url})`
    }
    default:
      return 'children' in node ? node.children.map(inlineText).join('') : toString(node)
  }
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim()

/** The field label a bold node stands for, and whether the colon sat in the next text node. */
function labelAt(
  nodes: readonly PhrasingContent[],
  i: number
): { name: string; colonAfter: boolean } | undefined {
  const node = nodes[i]
  if (node?.type !== 'strong') return undefined
  const text = clean(toString(node))
  if (text.endsWith(':')) return { name: text.slice(0, -1).trim().toLowerCase(), colonAfter: false }
  const next = nodes[i + 1]
  if (next?.type === 'text' && /^[ \t]*:/.test(next.value)) {
    return { name: text.toLowerCase(), colonAfter: true }
  }
  return undefined
}

const endsLine = (node: PhrasingContent) =>
  node.type === 'break' || (node.type === 'text' && /\n[ \t]*$/.test(node.value))

/** Index of the first bold label at the start of a line in `nodes`, or -1. */
function firstLabel(nodes: readonly PhrasingContent[]): number {
  let lineStart = true
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as PhrasingContent
    if (lineStart && labelAt(nodes, i)) return i
    lineStart = endsLine(node)
  }
  return -1
}

/** Collects the fields of one claim from the blocks under its heading. */
class ClaimReader {
  readonly entry: RawEntry
  private field: Field | 'other' | undefined
  private lastListField: ListField | undefined
  private buffer: string[] = []

  constructor(id: string, at: Location) {
    this.entry = emptyEntry(id, at)
  }

  block(node: RootContent): void {
    if (node.type === 'paragraph') this.inlines(node.children)
    else if (node.type === 'list') this.list(node)
  }

  finish(): RawEntry {
    this.flush()
    return this.entry
  }

  private start(name: string): void {
    this.flush()
    this.field = FIELDS[name] ?? 'other'
    if (isListField(this.field)) this.lastListField = this.field
  }

  /** Ends the current stretch of text: a scalar field gets it (appended), a list field a bullet. */
  private flush(): void {
    const text = clean(this.buffer.join(''))
    this.buffer = []
    if (!text || !this.field || this.field === 'other') return
    if (isListField(this.field)) {
      this.entry[this.field].push(text)
    } else {
      const before = this.entry[this.field]
      this.entry[this.field] = before ? `${before} ${text}` : text
    }
  }

  private inlines(nodes: readonly PhrasingContent[]): void {
    let lineStart = true
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as PhrasingContent
      const label = lineStart ? labelAt(nodes, i) : undefined
      if (label) {
        this.start(label.name)
        if (label.colonAfter) {
          const next = nodes[i + 1] as PhrasingContent & { value: string }
          this.buffer.push(next.value.replace(/^[ \t]*:/, ''))
          lineStart = endsLine(next)
          i++
        } else {
          lineStart = false
        }
        continue
      }
      this.buffer.push(inlineText(node))
      lineStart = endsLine(node)
    }
    this.flush()
  }

  private list(list: List): void {
    for (const item of list.children) this.item(item)
  }

  private item(item: ListItem): void {
    const [first, ...rest] = item.children
    const inlines = first?.type === 'paragraph' ? (first as Paragraph).children : []
    const at = firstLabel(inlines)
    if (at === 0) {
      // a list of fields (`- **Claim:** …`)
      for (const child of item.children) this.block(child)
      return
    }
    const parts = at > 0 ? inlines.slice(0, at) : inlines
    let text = clean(parts.map(inlineText).join(''))
    if (at < 0) {
      const more = (first?.type === 'paragraph' ? rest : item.children).map(blockText)
      text = clean([text, ...more].join(' '))
    }
    const target = isListField(this.field) ? this.field : this.lastListField
    this.flush()
    if (text && target) this.entry[target].push(text)
    if (at > 0) {
      // labels Markdown folded into this item (a field line right after a list)
      this.inlines(inlines.slice(at))
      for (const child of rest) this.block(child)
    }
  }
}

/** Plain text of a block inside a list item (nested lists, further paragraphs). */
function blockText(node: RootContent): string {
  if (node.type === 'paragraph' || node.type === 'heading')
    return node.children.map(inlineText).join('')
  if ('children' in node) return node.children.map(blockText).join(' ')
  return inlineText(node)
}

/** Entries of one parsed Markdown text; lines are shifted by `lineOffset` (its first line's - 1). */
function entriesOf(file: string, text: string, ids: IdMatcher, lineOffset: number): RawEntry[] {
  const tree = processor.parse(text) as Root
  const entries: RawEntry[] = []
  let reader: ClaimReader | undefined
  const close = () => {
    if (reader) entries.push(reader.finish())
    reader = undefined
  }
  for (const node of tree.children) {
    if (node.type === 'heading') {
      close()
      const id = clean(toString(node as Heading))
      if (node.depth === 2 && isId(id, ids)) {
        const start = node.position?.start
        reader = new ClaimReader(id, {
          file,
          line: (start?.line ?? 1) + lineOffset,
          column: start?.column ?? 1
        })
      }
    } else if (reader) {
      reader.block(node)
    }
  }
  close()
  return entries
}

export { headingSections } from '../sections.js'

/**
 * Reads the claim entries of one Markdown registry file. A big registry file is parsed one
 * heading section at a time when that is safe (`headingSections`): micromark's cost grows with
 * the size of the document it holds in one piece, and the syntax tree of a whole 2 MB registry
 * file is garbage the moment its entries are read.
 */
export function readMarkdownEntries(
  file: string,
  text: string,
  ids: IdMatcher,
  opts: { whole?: boolean } = {}
): RawEntry[] {
  const sections = opts.whole ? undefined : headingSections(text)
  if (!sections) return entriesOf(file, text, ids, 0)
  return sections.flatMap((s) => entriesOf(file, s.text, ids, s.line - 1))
}

/**
 * A claim the line index found without parsing it: its heading's place, and the stretch of the
 * file it spans (from its heading to the next heading), which `readIndexedClaim` parses on demand.
 */
export interface IndexedClaim {
  id: string
  line: number
  column: number
  /** the claim's section of the file, its heading line first */
  text: string
}

/** What the line index holds for one claim: the claim itself, or an entry already parsed. */
export type IndexedEntry = { indexed: IndexedClaim } | { raw: RawEntry }

// An ATX heading at the start of a line: its level and its raw content.
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/
// Heading content that inline parsing leaves exactly as written (no escapes, emphasis, code,
// links, entities or HTML): its text is then known without a parser.
const PLAIN = /^[\p{L}\p{N}\t .,:;/()+-]*$/u
// A line that could start or underline a heading inside a section, at any indentation (an
// indented `##` inside a list item is no top-level heading, and `---` may be a setext underline
// or a rule): a section holding one is parsed to know.
const MAYBE_HEADING = /^[ \t]*(?:#{1,6}(?:[ \t]|\r?$)|(?:=+|-+)[ \t]*\r?$)/m

/** The level and text of a heading line, when its text is plain (see PLAIN). */
function plainHeading(line: string): { depth: number; text: string } | undefined {
  const m = ATX.exec(line.replace(/\r$/, ''))
  if (!m) return undefined
  let content = m[2] ?? ''
  // the closing sequence (`## ID ##`), or content that is nothing but one
  content = /^#+$/.test(content) ? '' : content.replace(/[ \t]+#+$/, '')
  if (!PLAIN.test(content)) return undefined
  return { depth: m[1]!.length, text: clean(content) }
}

/**
 * The claims of one Markdown registry file found line by line, in file order, without building
 * a syntax tree where the text allows it: in a file that splits at its headings
 * (`headingSections`), a section whose heading is plain text and whose other lines cannot be
 * headings holds a claim exactly when its heading is a level-2 heading naming one ID. Any other
 * section (and a file that does not split) is parsed, and its entries are returned as parsed.
 * The claims found are those `readMarkdownEntries` reads, at the same places.
 */
export function indexMarkdownEntries(file: string, text: string, ids: IdMatcher): IndexedEntry[] {
  const sections = headingSections(text)
  if (!sections) return entriesOf(file, text, ids, 0).map((raw) => ({ raw }))
  const out: IndexedEntry[] = []
  for (const s of sections) {
    const nl = s.text.indexOf('\n')
    const first = nl < 0 ? s.text : s.text.slice(0, nl)
    const opens = HEADING_LINE.test(first)
    const heading = opens ? plainHeading(first) : undefined
    // the lines that must hold no heading: all but a plain heading line opening the section
    const rest = heading ? (nl < 0 ? '' : s.text.slice(nl + 1)) : s.text
    if ((heading || !opens) && !MAYBE_HEADING.test(rest)) {
      if (heading?.depth === 2 && isId(heading.text, ids)) {
        out.push({ indexed: { id: heading.text, line: s.line, column: 1, text: s.text } })
      }
      continue
    }
    for (const raw of entriesOf(file, s.text, ids, s.line - 1)) out.push({ raw })
  }
  return out
}

/** The entries of an indexed claim's section (the claim itself: the index saw no other heading). */
export function readIndexedClaim(file: string, c: IndexedClaim, ids: IdMatcher): RawEntry[] {
  return entriesOf(file, c.text, ids, c.line - 1)
}
