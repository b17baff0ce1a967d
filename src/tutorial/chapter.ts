// One pass over one chapter's syntax tree that collects everything the Tutorial model needs:
// blocks, headings, citations, figures, images, links, glossary entries, exercises,
// prerequisites and the time commitment.
import type {
  Blockquote,
  Code,
  Heading as MdHeading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table
} from 'mdast'
import { toString } from 'mdast-util-to-string'
import type {
  Block,
  Chapter,
  Citation,
  CitationContext,
  Diagram,
  Exercise,
  Figure,
  GlossaryEntry,
  Image,
  Link,
  Location,
  SourceFile,
  TimeEstimate,
  Tutorial
} from '../model.js'
import { codeDiagram } from './diagrams.js'
import { exerciseLabel } from './exercises.js'
import { findFigures } from './figures.js'
import { TextUnit } from './inline.js'
import { collapse, splitSentences } from './sentences.js'
import { RoleChain } from './roles.js'
import { parseTimeEstimate } from './time.js'
import { append } from '../append.js'
import { splitLines } from '../locate.js'

/** What the reader gathers across all chapters of one tutorial. */
export type Collected = Pick<
  Tutorial,
  | 'glossary'
  | 'exercises'
  | 'figures'
  | 'images'
  | 'links'
  | 'citations'
  | 'prerequisites'
  | 'timeCommitment'
  | 'diagrams'
> & {
  /** exercises labelled `Step N` (kept only when the tutorial numbers its exercises so) */
  steps: Set<Exercise>
  /** the number of every `Step N` heading met, repeats included */
  stepNumbers: number[]
}

/** The lists of `Collected` that hold located items (each with the `file` it was found in). */
const LOCATED = [
  'glossary',
  'exercises',
  'figures',
  'images',
  'links',
  'citations',
  'prerequisites',
  'diagrams'
] as const satisfies readonly (keyof Collected)[]

export function emptyCollected(): Collected {
  return {
    glossary: [],
    exercises: [],
    figures: [],
    images: [],
    links: [],
    citations: [],
    prerequisites: [],
    diagrams: [],
    steps: new Set(),
    stepNumbers: []
  }
}

// --- recognisers -------------------------------------------------------------------------

const TIME_LINE =
  /^[^\p{L}\p{N}]*(estimated time|estimated duration|time estimate|time commitment|time required|total time|total duration|core (?:tutorial|path|workshop|track)|(?:workshop|course|tutorial) (?:duration|length|time)|duration|time)\s*(?:\([^)]*\))?\s*[:：]\s*(\S.*)$/iu
/** `⏱ 15 minutes`, `⏱️ Duration: 1 hour` */
const TIMER_LINE =
  /^\s*[⏱⌛⏳⏰🕐]\uFE0F?\s*(?:\*\*)?\s*(?:(?:estimated\s+)?(?:time|duration)\s*)?[:：]?\s*(\S.*)$/iu
const TUTORIAL_TIME_KEYS = new Set([
  'time commitment',
  'time required',
  'total time',
  'total duration',
  'core tutorial',
  'core path',
  'core workshop',
  'core track',
  'workshop duration',
  'workshop length',
  'workshop time',
  'course duration',
  'course length',
  'course time',
  'tutorial duration',
  'tutorial length',
  'tutorial time'
])
const OPTIONAL_NOTE =
  /^[^\p{L}]*(?:optional\b|bonus\b|this (?:exercise|lab|challenge|step) is optional|(?:you can|feel free to) skip this)/iu
export const BADGE =
  /shields\.io|badgen\.net|\/badges?\/|badge\.svg|\/actions\/workflows\/|\bbadge\b|\blogo\b|\bavatar\b/i
const GLOSSARY_HEADING = /^[^\p{L}]*(?:glossary|key terms|terminology)\b/iu
const PREREQ_HEADING =
  /^[^\p{L}]*(?:prerequisites?|requirements|before you (?:begin|start)|what you(?:'|’| wi)ll need)\b/iu
const OVERVIEW_HEADING =
  /^[^\p{L}]*(?:overview|about|introduction|summary|at a glance|what you(?:'|’| wi)ll (?:learn|build)|getting started)\b/iu
const DIAGRAM_HINT = /diagram|architecture|flow|overview|sequence|topology/i
const IMG_TAG = /<img\b[^>]*>/gi
const IMG_ATTR = /\b(src|alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const CITATION_ONLY_WORDS =
  /\b(?:see|claims?|sources?|refs?|references?|and|also|cf|per|registry|evidence|backed|by)\b/gi

/** A time in a heading: `(15 min)`, `[20-30 minutes]`, `– 15 min`, `⏱ 10 min`. */
export function headingTime(text: string): TimeEstimate | undefined {
  const paren = /[([]([^)\]]*)[)\]]/g
  for (const m of text.matchAll(paren)) {
    const e = parseTimeEstimate(m[1] ?? '')
    if (e) return e
  }
  const tail =
    /(?:[-–—|·•⏱]\s*|\s)((?:~|about\s+)?\d+(?:\.\d+)?\s*(?:[-–—]|to)?\s*(?:\d+(?:\.\d+)?)?\s*(?:minutes?|mins?|hours?|hrs?))\s*$/iu.exec(
      text
    )
  return tail ? parseTimeEstimate(tail[1] ?? '') : undefined
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  )
}

function isDiagram(...hints: (string | undefined | null)[]): boolean {
  return hints.some((h) => h != null && DIAGRAM_HINT.test(h))
}

function citationOnly(sentence: string, claimId: RegExp): boolean {
  claimId.lastIndex = 0
  if (!claimId.test(sentence)) return false
  claimId.lastIndex = 0
  const rest = sentence.replace(claimId, ' ').replace(CITATION_ONLY_WORDS, ' ')
  claimId.lastIndex = 0
  return !/[\p{L}\p{N}]/u.test(rest)
}

// --- the walker ----------------------------------------------------------------------------

interface Where {
  context: CitationContext
  /** emit blocks for what is found (false inside blockquotes: the quote is one block) */
  emit: boolean
  /** inside a list item (its paragraphs belong to the item) */
  inItem: boolean
  /** nesting of lists: 0 outside lists, 1 in a top-level list, … */
  listLevel: number
  /** units of the enclosing blockquote, to build its block text */
  collect?: TextUnit[]
}

interface Open {
  depth: number
}

interface ExerciseWindow extends Open {
  exercise: Exercise
}

interface Pending {
  identifier: string
  apply: (url: string, title?: string | null) => void
}

const MDX_FILE = /\.mdx$/i

/**
 * An MDX file's `import` / `export` statement: read as Markdown, a top-level paragraph whose text
 * starts with the keyword at the start of its line. It is code for the site, not tutorial prose.
 */
function mdxStatement(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.position?.start.column !== 1) return false
  const first = node.children[0]
  return first?.type === 'text' && /^(?:import|export)[\s{*]/.test(first.value)
}

class ChapterWalker {
  readonly chapter: Chapter
  private section = ''
  private readonly roles = new RoleChain()
  private lastHeading?: { heading: MdHeading; text: string; loc: Location; isExercise: boolean }
  private glossary?: Open
  private prereq?: Open
  private exercise?: ExerciseWindow
  /** the exercise whose section we are in (for an `Optional:` note under its heading) */
  private current?: ExerciseWindow
  private readonly definitions = new Map<string, { url: string; title?: string | null }>()
  private readonly pending: Pending[] = []
  private sourceLines?: string[]

  constructor(
    private readonly file: SourceFile,
    private readonly isReadme: boolean,
    private readonly claimId: RegExp,
    private readonly out: Collected,
    private readonly exerciseIds: Set<string>
  ) {
    this.chapter = { file: file.path, title: '', headings: [], blocks: [] }
  }

  private lines = (): string[] => (this.sourceLines ??= splitLines(this.file.text))

  private at(node: Nodes): Location {
    const p = node.position?.start
    return { file: this.file.path, line: p?.line ?? 1, column: p?.column ?? 1 }
  }

  run(pieces: Iterable<readonly RootContent[]>, title?: string): Chapter {
    if (title) this.chapter.title = title
    const mdx = MDX_FILE.test(this.file.path)
    for (const nodes of pieces) {
      const content = mdx ? nodes.filter((n) => !mdxStatement(n)) : nodes
      this.flow(content, { context: 'prose', emit: true, inItem: false, listLevel: 0 })
    }
    for (const p of this.pending) {
      const d = this.definitions.get(p.identifier)
      if (d) p.apply(d.url, d.title)
    }
    if (!this.chapter.title) {
      this.chapter.title = this.file.path.split('/').pop() ?? this.file.path
    }
    return this.chapter
  }

  // --- flow content --------------------------------------------------------------------

  private flow(nodes: readonly RootContent[], where: Where): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          this.heading(node, where)
          break
        case 'paragraph':
          this.paragraph(node, where)
          break
        case 'list':
          this.list(node, where)
          break
        case 'table':
          this.table(node, where)
          break
        case 'blockquote':
          this.blockquote(node, where)
          break
        case 'code':
          this.code(node, where)
          break
        case 'html':
          this.htmlImages(node.value, this.at(node))
          break
        case 'definition':
          this.definitions.set(node.identifier, { url: node.url, title: node.title })
          break
        case 'footnoteDefinition':
          this.flow(node.children, where)
          break
        default:
          // yaml/toml frontmatter, thematic breaks: nothing to read
          break
      }
    }
  }

  private block(block: Omit<Block, 'section' | 'file' | 'line' | 'column'>, loc: Location): void {
    const out: Block = {
      file: loc.file,
      line: loc.line,
      column: loc.column,
      kind: block.kind,
      text: block.text,
      section: this.section
    }
    if (block.depth !== undefined) out.depth = block.depth
    if (block.lang !== undefined) out.lang = block.lang
    if (block.table !== undefined) out.table = block.table
    const role = this.roles.role()
    if (role) out.role = role
    this.chapter.blocks.push(out)
  }

  private heading(node: MdHeading, where: Where): void {
    const unit = this.phrasing(node.children)
    const text = collapse(unit.text)
    const loc = this.at(node)
    if (!where.emit) {
      this.scan([unit], where.context, false)
      where.collect?.push(unit)
      return
    }
    const depth = node.depth
    this.section = text
    this.roles.enter(depth, text)
    if (!this.chapter.title) this.chapter.title = text
    this.chapter.headings.push({ ...loc, depth, text })
    this.block({ kind: 'heading', text, depth }, loc)
    this.scan([unit], 'heading', true)

    if (this.glossary && depth <= this.glossary.depth) this.glossary = undefined
    if (this.prereq && depth <= this.prereq.depth) this.prereq = undefined
    if (this.exercise && depth <= this.exercise.depth) this.exercise = undefined
    if (GLOSSARY_HEADING.test(text)) this.glossary = { depth }
    if (PREREQ_HEADING.test(text)) this.prereq = { depth }

    if (this.current && depth <= this.current.depth) this.current = undefined
    let isExercise = false
    const label = exerciseLabel(text)
    if (label) {
      isExercise = true
      if (label.step) this.out.stepNumbers.push(Number(label.id.replace(/\D+/g, '')))
      const key = label.unnumbered ? `${label.id}:${loc.file}:${loc.line}` : label.id
      if (!this.exerciseIds.has(key)) {
        const exercise: Exercise = {
          ...loc,
          id: label.id,
          title: label.title || (label.unnumbered ? this.chapter.title || text : ''),
          chapter: this.file.path,
          optional: label.optional
        }
        const estimate = headingTime(text)
        if (estimate) exercise.estimatedTime = estimate
        this.exerciseIds.add(key)
        this.out.exercises.push(exercise)
        if (label.step) this.out.steps.add(exercise)
        if (!estimate) this.exercise = { depth, exercise }
        this.current = { depth, exercise }
      }
    }
    this.lastHeading = { heading: node, text, loc, isExercise }
  }

  private addExercise(exercise: Exercise): void {
    this.exerciseIds.add(exercise.id)
    this.out.exercises.push(exercise)
  }

  private paragraph(node: Paragraph, where: Where): TextUnit {
    const unit = this.phrasing(node.children)
    where.collect?.push(unit)
    this.timeLines(unit)
    if (this.current && OPTIONAL_NOTE.test(unit.text)) this.current.exercise.optional = true
    if (!where.inItem) {
      this.scan([unit], where.context, false)
      if (where.emit) this.block({ kind: 'paragraph', text: collapse(unit.text) }, this.at(node))
      if (this.glossary) this.glossaryItem(node, unit, false)
    }
    return unit
  }

  private list(node: List, where: Where): void {
    for (const item of node.children)
      this.listItem(item, { ...where, listLevel: where.listLevel + 1 })
  }

  private listItem(item: ListItem, outer: Where): void {
    const where: Where = {
      ...outer,
      context: outer.context === 'blockquote' ? 'blockquote' : 'list',
      inItem: true
    }
    const units: TextUnit[] = []
    for (const child of item.children) {
      if (child.type === 'paragraph') units.push(this.paragraph(child, where))
    }
    const text = collapse(units.map((u) => u.text).join(' '))
    const loc = this.at(item)
    if (where.emit) this.block({ kind: 'list-item', text }, loc)
    this.scan(units, where.context, true)
    const first = item.children[0]
    if (this.glossary && first?.type === 'paragraph' && units[0]) {
      this.glossaryItem(first, units[0], true, loc)
    }
    if (this.prereq && outer.listLevel === 1 && text) {
      this.out.prerequisites.push({ ...loc, text })
    }
    const rest = item.children.filter((c) => c.type !== 'paragraph')
    if (rest.length > 0) this.flow(rest, { ...where, inItem: false })
  }

  private table(node: Table, where: Where): void {
    const rows: string[][] = []
    for (const row of node.children) {
      const units = row.children.map((cell) => this.phrasing(cell.children))
      const cells = units.map((u) => collapse(u.text))
      rows.push(cells)
      const rowText = cells.filter((c) => c !== '').join(' | ')
      this.scan(units, where.context === 'blockquote' ? 'blockquote' : 'table', true, rowText)
      if (where.collect) append(where.collect, units)
      if (this.glossary && rows.length > 1 && units.length >= 2) {
        const [term, definition] = rows[rows.length - 1] ?? []
        if (term && definition) this.out.glossary.push({ ...this.at(row), term, definition })
      }
    }
    const [header = [], ...body] = rows
    if (where.emit) {
      const text = collapse(rows.map((r) => r.join(' ')).join(' '))
      this.block({ kind: 'table', text, table: { header, rows: body } }, this.at(node))
    }
  }

  private blockquote(node: Blockquote, where: Where): void {
    const collect: TextUnit[] = []
    this.flow(node.children, { ...where, context: 'blockquote', emit: false, collect })
    if (where.collect) append(where.collect, collect)
    if (where.emit) {
      const text = collapse(collect.map((u) => u.text).join(' '))
      this.block({ kind: 'blockquote', text }, this.at(node))
    }
  }

  private code(node: Code, where: Where): void {
    const loc = this.at(node)
    if (where.emit) {
      const block: Omit<Block, 'section' | 'file' | 'line' | 'column'> = {
        kind: 'code',
        text: node.value
      }
      if (node.lang) block.lang = node.lang
      this.block(block, loc)
    }
    const kind = codeDiagram(node.lang, node.value)
    if (kind) {
      this.out.images.push({ ...loc, url: `${kind}:${this.file.path}`, alt: '', diagram: true })
      this.out.diagrams.push({ ...loc, kind, caption: this.caption() })
    }
  }

  // --- phrasing content ----------------------------------------------------------------

  private phrasing(nodes: readonly PhrasingContent[], unit = new TextUnit()): TextUnit {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          unit.add(node.value, node.position?.start, true)
          break
        case 'inlineCode':
          unit.add(node.value, node.position?.start, false)
          break
        case 'break':
          unit.add(' ', undefined, false)
          break
        case 'html':
          this.htmlImages(node.value, this.at(node))
          break
        case 'image': {
          const image: Image = {
            ...this.at(node),
            url: node.url,
            alt: node.alt ?? '',
            diagram: isDiagram(node.alt, node.url, node.title)
          }
          if (node.title) image.title = node.title
          this.out.images.push(image)
          this.imageDiagram(image)
          unit.add(node.alt ?? '', node.position?.start, false)
          break
        }
        case 'imageReference': {
          const image: Image = { ...this.at(node), url: '', alt: node.alt ?? '', diagram: false }
          this.out.images.push(image)
          const diagram = this.imageDiagram(image)
          this.pending.push({
            identifier: node.identifier,
            apply: (url, title) => {
              image.url = url
              if (title) image.title = title
              image.diagram = isDiagram(image.alt, url, title)
              if (diagram) {
                diagram.url = url
                if (!image.alt && title) diagram.caption = title
              }
            }
          })
          unit.add(node.alt ?? '', node.position?.start, false)
          break
        }
        case 'link':
        case 'linkReference': {
          const start = unit.text.length
          this.phrasing(node.children, unit)
          const link: Link = {
            ...this.at(node),
            url: node.type === 'link' ? node.url : '',
            text: collapse(unit.text.slice(start))
          }
          this.out.links.push(link)
          if (node.type === 'linkReference') {
            this.pending.push({ identifier: node.identifier, apply: (url) => (link.url = url) })
          }
          break
        }
        case 'footnoteReference':
          break
        default: {
          // strong, emphasis, delete and any phrasing a plugin may add
          const other = node as { children?: PhrasingContent[]; value?: unknown }
          if (other.children) this.phrasing(other.children, unit)
          else if (typeof other.value === 'string') unit.add(other.value, undefined, false)
        }
      }
    }
    return unit
  }

  private htmlImages(html: string, loc: Location): void {
    if (!/<img\b/i.test(html)) return
    for (const tag of html.matchAll(IMG_TAG)) {
      const attrs: Record<string, string> = {}
      for (const a of tag[0].matchAll(IMG_ATTR))
        attrs[(a[1] ?? '').toLowerCase()] = a[2] ?? a[3] ?? ''
      if (attrs.src === undefined) continue
      const image: Image = {
        ...loc,
        url: attrs.src,
        alt: attrs.alt ?? '',
        diagram: isDiagram(attrs.alt, attrs.src, attrs.title)
      }
      if (attrs.title) image.title = attrs.title
      this.out.images.push(image)
      this.imageDiagram(image)
    }
  }

  /** The caption of a diagram without alt text: the nearest heading, else the chapter's file. */
  private caption(): string {
    return this.section || this.chapter.title || (this.file.path.split('/').pop() ?? '')
  }

  /** Every image is a diagram candidate, except badges, logos and avatars. */
  private imageDiagram(image: Image): Diagram | undefined {
    if (BADGE.test(image.url) || BADGE.test(image.alt)) return undefined
    const d: Diagram = {
      file: image.file,
      line: image.line,
      column: image.column,
      kind: 'image',
      caption: collapse(image.alt) || collapse(image.title ?? '') || this.caption()
    }
    if (image.url) d.url = image.url
    this.out.diagrams.push(d)
    return d
  }

  // --- citations and figures -----------------------------------------------------------

  /**
   * Scans units that belong together (one paragraph; one list item's paragraphs; one table
   * row's cells; one heading). With `grouped`, a citation anywhere in the group cites every
   * figure in it. `rowText` replaces the sentence for table cells (the row reads better).
   */
  private scan(
    units: readonly TextUnit[],
    context: CitationContext,
    grouped: boolean,
    rowText?: string
  ): void {
    const found: {
      unit: TextUnit
      sentences: { text: string; index: number; cited: boolean; shown?: string }[]
    }[] = []
    // each sentence is collapsed once, however many citations and figures it holds (a 1 MB
    // "sentence" with 250,000 IDs must not be collapsed 250,000 times)
    const shown = (s: { text: string; shown?: string }): string => (s.shown ??= collapse(s.text))
    let groupCited = false
    for (const unit of units) {
      if (!/[\p{N}]|nines|thousand|million|billion|trillion|magnitude/iu.test(unit.text)) {
        // no digits: neither figures nor (default-pattern) IDs; custom patterns still need a look
        this.claimId.lastIndex = 0
        if (!this.claimId.test(unit.text)) continue
      }
      const sentences = splitSentences(unit.text).map((s) => ({
        text: s.text,
        index: s.index,
        cited: false
      }))
      let unitShown: string | undefined
      this.claimId.lastIndex = 0
      let at = 0 // matches come in increasing order: the sentence search only moves forward
      for (const m of unit.text.matchAll(this.claimId)) {
        const start = m.index
        const end = start + m[0].length
        if (!unit.scanned(start, end)) continue
        while (at < sentences.length && sentences[at]!.index + sentences[at]!.text.length <= start)
          at++
        const c = sentences[at]
        const s = c && start >= c.index ? c : undefined
        if (s) s.cited = true
        groupCited = true
        // written field by field, not spread: here V8 gave each spread copy a hidden class of
        // its own (three times the memory), and a chapter can hold hundreds of thousands
        const place = unit.locate(start, m[0], this.file.path, this.lines)
        const citation: Citation = {
          file: place.file,
          line: place.line,
          column: place.column,
          id: m[0],
          context,
          sentence: rowText ?? (s ? shown(s) : (unitShown ??= collapse(unit.text)))
        }
        this.out.citations.push(citation)
      }
      found.push({ unit, sentences })
    }
    for (const { unit, sentences } of found) {
      sentences.forEach((s, i) => {
        const figures = findFigures(s.text)
        if (figures.length === 0) return
        const next = sentences[i + 1]
        const cited =
          s.cited ||
          (grouped && groupCited) ||
          (next !== undefined && next.cited && citationOnly(next.text, this.claimId))
        for (const f of figures) {
          const start = s.index + f.index
          if (!unit.scanned(start, start + f.text.length)) continue
          const at = unit.locate(start, f.text, this.file.path, this.lines)
          const figure: Figure = {
            file: at.file,
            line: at.line,
            column: at.column,
            text: collapse(f.text),
            kind: f.kind,
            sentence: rowText ?? shown(s),
            cited
          }
          this.out.figures.push(figure)
        }
      })
    }
  }

  // --- glossary, time lines ------------------------------------------------------------

  private glossaryItem(node: Paragraph, unit: TextUnit, inItem: boolean, loc?: Location): void {
    const text = unit.text
    const first = node.children[0]
    let term: string | undefined
    let definition: string | undefined
    if (first && (first.type === 'strong' || first.type === 'emphasis')) {
      const raw = toString(first, { includeHtml: false })
      term = collapse(raw)
        .replace(/[:：]$/, '')
        .trim()
      definition = collapse(text.slice(raw.length)).replace(/^(?:[:：]|[-–—])\s*/, '')
    } else if (inItem) {
      const m = /^([^:–—]{1,60}?)\s*(?:[:：]|\s[-–—]\s)\s*(\S.*)$/su.exec(collapse(text))
      if (m && (m[1] ?? '').split(' ').length <= 6) {
        term = m[1]
        definition = m[2]
      }
    }
    if (term && definition) {
      const entry: GlossaryEntry = {
        ...(loc ?? this.at(node)),
        term,
        definition: collapse(definition)
      }
      this.out.glossary.push(entry)
    }
  }

  /** Lines like `**Estimated time**: 15-20 minutes` or `**Time commitment**: 30 minutes`. */
  private timeLines(unit: TextUnit): void {
    if (!/time|duration|core|length|[⏱⌛⏳⏰🕐]/iu.test(unit.text)) return
    let offset = 0
    for (const line of unit.text.split('\n')) {
      const lineStart = offset
      offset += line.length + 1
      const timer = TIMER_LINE.exec(line)
      const m = TIME_LINE.exec(line)
      if (!m && !timer) continue
      const key = m ? (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ') : 'duration'
      const value = collapse((m ? m[2] : timer?.[1]) ?? '')
      const estimate = parseTimeEstimate(value)
      const loc = () => unit.locate(lineStart, '', this.file.path, this.lines)
      if (TUTORIAL_TIME_KEYS.has(key)) {
        this.setTimeCommitment(value, estimate, loc())
        continue
      }
      if (!estimate) continue
      this.exerciseTime(key, value, estimate, loc)
    }
  }

  private setTimeCommitment(text: string, estimate: TimeEstimate | undefined, at: Location): void {
    if (this.out.timeCommitment) return
    const tc: NonNullable<Tutorial['timeCommitment']> = { ...at, text }
    if (estimate) tc.estimate = estimate
    this.out.timeCommitment = tc
  }

  private exerciseTime(
    key: string,
    value: string,
    estimate: TimeEstimate,
    loc: () => Location
  ): void {
    if (this.exercise && !this.exercise.exercise.estimatedTime) {
      this.exercise.exercise.estimatedTime = estimate
      this.exercise = undefined
      return
    }
    const h = this.lastHeading
    // in README.md, a time under the title or an overview-like section is the whole tutorial's
    const tutorialLevel =
      !h ||
      (this.isReadme &&
        (h.heading.depth === 1 || (!this.out.timeCommitment && OVERVIEW_HEADING.test(h.text))))
    if (tutorialLevel) {
      if (key !== 'time') this.setTimeCommitment(value, estimate, loc())
      return
    }
    if (h.isExercise) return
    h.isExercise = true
    let id = slug(h.text)
    let title = h.text
    if (this.exerciseIds.has(id)) {
      // the same heading again ("Try it yourself" in every module) is an exercise of its own, not
      // a repeat: numbered, and titled with its chapter
      let n = 2
      while (this.exerciseIds.has(`${id}-${n}`)) n++
      id = `${id}-${n}`
      if (this.chapter.title && this.chapter.title !== h.text)
        title = `${h.text} (${this.chapter.title})`
    }
    this.addExercise({
      ...h.loc,
      id,
      title,
      estimatedTime: estimate,
      chapter: this.file.path,
      optional: /\b(?:optional|bonus|stretch)\b/i.test(h.text)
    })
  }
}

/**
 * What reading one chapter adds to its tutorial: the chapter, what it gathered (the time
 * commitment only when this chapter stated the tutorial's first one), which of its exercises are
 * `Step N` ones (indexes into `out.exercises`), and the exercise IDs it took. Plain data (`--cache`
 * keeps it per file, src/engine.ts).
 */
export interface ChapterReading {
  chapter: Chapter
  out: Omit<Collected, 'steps'>
  steps: number[]
  exerciseIds: string[]
}

/**
 * What a chapter's reading depends on besides its file: whether it is the introduction, its front
 * matter title, the claim-ID pattern, and what the chapters before it left (the exercise IDs they
 * took, and whether one stated the time commitment). Equal contexts and texts give equal readings.
 */
export function readingContext(opts: ChapterOptions): string {
  return [
    opts.isReadme ? 'readme' : 'chapter',
    opts.title ?? '',
    opts.claimId.source,
    opts.claimId.flags,
    opts.out.timeCommitment ? 'timed' : '',
    ...[...opts.exerciseIds].sort()
  ].join('\u0000')
}

/**
 * Reads one chapter as `readChapter` does, into a reading of its own (`ChapterReading`) instead of
 * the tutorial's `out` and exercise IDs; `addReading` then adds it there. The two together change
 * `out` and the IDs exactly as `readChapter` would: the reader only appends to `out`, and looks
 * at nothing in it but whether a time commitment was found.
 */
export function readChapterAlone(
  file: SourceFile,
  tree: Root | Iterable<readonly RootContent[]>,
  opts: ChapterOptions
): ChapterReading {
  const out = emptyCollected()
  const before = opts.out.timeCommitment
  if (before) out.timeCommitment = before
  const ids = new Set(opts.exerciseIds)
  const chapter = readChapter(file, tree, { ...opts, out, exerciseIds: ids })
  if (out.timeCommitment === before) delete out.timeCommitment
  const { steps, ...gathered } = out
  return {
    chapter,
    out: gathered,
    steps: [...steps].map((e) => out.exercises.indexOf(e)),
    exerciseIds: [...ids].filter((id) => !opts.exerciseIds.has(id))
  }
}

/** Adds a chapter's reading to its tutorial's `out` and exercise IDs; gives back the chapter. */
export function addReading(r: ChapterReading, opts: ChapterOptions): Chapter {
  const { out } = opts
  for (const k of LOCATED) append<{ file: string }>(out[k], r.out[k])
  for (const i of r.steps) out.steps.add(r.out.exercises[i]!)
  append(out.stepNumbers, r.out.stepNumbers)
  if (r.out.timeCommitment) out.timeCommitment = r.out.timeCommitment
  for (const id of r.exerciseIds) opts.exerciseIds.add(id)
  return r.chapter
}

/**
 * Whether a stored reading is one of `file` (`--cache` entries are workspace content: one is taken
 * only for the file it names, and only if everything it adds lies in that file).
 */
export function isReadingOf(r: ChapterReading, file: string): boolean {
  const o = r.out
  return (
    r.chapter.file === file &&
    Array.isArray(r.chapter.blocks) &&
    Array.isArray(r.chapter.headings) &&
    LOCATED.every((k) => Array.isArray(o[k]) && o[k].every((x) => x.file === file)) &&
    Array.isArray(r.steps) &&
    r.steps.every((i) => Number.isInteger(i) && i >= 0 && i < o.exercises.length) &&
    Array.isArray(o.stepNumbers) &&
    (o.timeCommitment === undefined || o.timeCommitment.file === file) &&
    Array.isArray(r.exerciseIds) &&
    r.exerciseIds.every((id) => typeof id === 'string')
  )
}

export interface ChapterOptions {
  isReadme: boolean
  claimId: RegExp
  out: Collected
  exerciseIds: Set<string>
  /** front matter `title:` */
  title?: string
}

/**
 * Reads one chapter, from its tree or from its top-level nodes a piece at a time (see
 * `topLevelPieces`: a big chapter's whole tree is then never alive); tutorial-wide findings go
 * into `out`.
 */
export function readChapter(
  file: SourceFile,
  tree: Root | Iterable<readonly RootContent[]>,
  opts: ChapterOptions
): Chapter {
  const pieces = 'type' in tree ? [tree.children] : tree
  return new ChapterWalker(file, opts.isReadme, opts.claimId, opts.out, opts.exerciseIds).run(
    pieces,
    opts.title
  )
}
