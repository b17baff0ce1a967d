// Cutting a big Markdown file into stretches that parse on their own. micromark's memory and time
// grow with the size of the document it holds in one piece (a 5 MB chapter or draft parsed whole
// peaks above 1 GB); parsed a stretch at a time, only one stretch's parser state is alive at once.
// `headingSections` cuts at top-level headings (the registry reader, src/claims/markdown.ts, reads
// a claim per section); `parseInPieces` also cuts between top-level blocks after a blank line and
// joins the pieces' trees into the whole file's tree (the tutorial reader, the draft guard and the
// word count of drafts).
import type { Root, RootContent } from 'mdast'
import { append } from './append.js'
import { lineStarts, locate } from './locate.js'
import { walk } from './walk.js'

/** One stretch of a file: its text, the line it starts at (1-based) and its offset in the file. */
export interface TextSection {
  text: string
  line: number
  offset: number
}

// Constructs whose meaning reaches across headings: HTML blocks (a heading line inside one is not a
// heading), link reference definitions (used anywhere in the document) and front matter. A file
// with any of them (or anything like them) is parsed whole.
const CROSSES_HEADINGS = /<!--|^ {0,3}<|\]:/m
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?$/
export const HEADING_LINE = /^#{1,6}(?:[ \t]|\r?$)/
// A code fence at the top level (indented at most three spaces): ``` or ~~~, three or more.
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g

/**
 * The file cut into stretches that each start at a heading line without indentation (the first
 * holds anything before the first one), or undefined when the file holds a construct that reaches
 * across headings. Heading lines inside a fenced code block are not cuts: a fence is open from its
 * opening line to a closing line of the same character, at least as long. A heading line closes
 * every other open block and nothing after it depends on what came before, so parsing the
 * stretches one by one gives the same top-level blocks as parsing the whole file.
 */
export function headingSections(text: string): TextSection[] | undefined {
  return cut(text, (c) => c.heading)
}

// A line after a blank line that may continue what came before it: indented (a list item's or a
// footnote's next paragraph, indented code), a list item or a block quote (the list or the run
// of quotes goes on), a setext underline or a thematic break made of `-`/`=`/`*`/`_`.
const MAY_CONTINUE = /^(?:[ \t]|[-+*>=_]|\d{1,9}[.)])/

/** A cut point: the line starts a stretch that parses on its own. */
interface Candidate {
  /** the line is a heading line outside any fence */
  heading: boolean
  /** the line follows a blank line, outside any fence, and cannot continue a block before it */
  afterBlank: boolean
  /** characters of the file before the line */
  at: number
}

/**
 * Cuts `text` before the lines `take` accepts (never before the first line), or returns undefined
 * when the file holds a construct whose meaning reaches across blocks (see CROSSES_HEADINGS).
 */
function cut(text: string, take: (c: Candidate) => boolean): TextSection[] | undefined {
  if (CROSSES_HEADINGS.test(text)) return undefined
  const out: TextSection[] = []
  let start = 0
  let startLine = 1
  let line = 0
  let fence: string | undefined
  let fenceIndent = 0
  let blank = false
  LINE.lastIndex = 0
  for (;;) {
    const at = LINE.lastIndex
    const m = LINE.exec(text)
    if (!m || m[0] === '') break
    line++
    const content = m[0].replace(/\r?\n$|\r$/, '')
    if (line === 1 && FRONT_MATTER.test(content)) return undefined
    const afterBlank = blank
    blank = false
    if (fence !== undefined) {
      // A fence opened with one to three spaces may belong to a list item: a line less indented
      // than its opening may end the item, and the fence with it. Read here as the fence's
      // close, a fence line at the margin would then really open a new block that runs on (a
      // list item, a fence indented three spaces, a fence at the margin). Which one it is needs
      // the whole parse: the file is parsed whole.
      if (fenceIndent > 0 && !/^[ \t]*$/.test(content)) {
        const lead = /^[ \t]*/.exec(content)![0]
        if (lead.includes('\t') || lead.length < fenceIndent) return undefined
      }
      const close = FENCE.exec(content)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) {
        if (/^[ \t]*$/.test(content.slice(close[0].length))) fence = undefined
      }
    } else {
      blank = /^[ \t]*$/.test(content)
      const heading = line > 1 && HEADING_LINE.test(content)
      const candidate: Candidate = {
        heading,
        afterBlank: line > 1 && afterBlank && !blank && !MAY_CONTINUE.test(content),
        at
      }
      if (line > 1 && (heading || candidate.afterBlank) && take(candidate)) {
        out.push({ text: text.slice(start, at), line: startLine, offset: start })
        start = at
        startLine = line
      }
      const open = FENCE.exec(content)
      if (open && !(open[1]![0] === '`' && content.slice(open[0].length).includes('`'))) {
        fence = open[1]
        fenceIndent = open[0].length - open[1]!.length
      }
    }
    if (LINE.lastIndex >= text.length) break
  }
  out.push({ text: text.slice(start), line: startLine, offset: start })
  return out
}

/**
 * The stretches `parseInPieces` parses one by one: cut at a heading line or between top-level
 * blocks (after a blank line, before a line that cannot continue a block, outside fences), each
 * stretch at least `size` characters long where the file allows. A blank line followed by such a
 * line has closed every open block (paragraphs, lists, quotes, tables, indented code), and the
 * file holds nothing whose meaning reaches across blocks, so each stretch parses to the same
 * top-level blocks as in the whole file.
 */
export function blockPieces(text: string, size: number): TextSection[] | undefined {
  let start = 0
  return cut(text, (c) => {
    if (c.at - start < size) return false
    start = c.at
    return true
  })
}

/** How long a stretch parsed on its own is (a few tens of kilobytes: small parser state, few parses). */
export const PIECE_CHARS = 64 * 1024

/**
 * Parses `text` with `parse`, a stretch at a time when it is longer than `size` (`PIECE_CHARS`)
 * and can be cut (`blockPieces`): the pieces' trees are joined into one, their positions shifted to
 * the file's lines and offsets, so the result is the tree of the whole file. A file that cannot be
 * cut is parsed whole.
 */
export function parseInPieces(
  parse: (text: string) => Root,
  text: string,
  size = PIECE_CHARS
): Root {
  const pieces = text.length > size ? blockPieces(text, size) : undefined
  if (!pieces || pieces.length < 2) return parse(text)
  return joined(parse, text, pieces)
}

/**
 * Parses `text` as runs of stretches (cut wherever `blockPieces` may cut) on which `kind`
 * agrees, each run with `parse`, joined into the tree of the whole file as `parseInPieces` joins
 * its pieces. For a `parse` that picks its parser by the text (src/gfm.ts): a run whose text
 * cannot hold what an extension reads is parsed without it. A file that cannot be cut, or makes
 * one run, is parsed whole.
 */
export function parseInRuns(
  parse: (text: string) => Root,
  text: string,
  kind: (stretch: string) => boolean
): Root {
  const pieces = blockPieces(text, 0)
  if (!pieces || pieces.length < 2) return parse(text)
  const runs: TextSection[] = []
  let runKind: boolean | undefined
  for (const p of pieces) {
    const k = kind(p.text)
    if (k !== runKind) runs.push({ ...p })
    else runs[runs.length - 1]!.text += p.text
    runKind = k
  }
  if (runs.length < 2) return parse(text)
  return joined(parse, text, runs)
}

/** The tree of `text` from its pieces' trees, their positions shifted to the file's. */
function joined(parse: (text: string) => Root, text: string, pieces: readonly TextSection[]): Root {
  const root: Root = { type: 'root', children: [] }
  for (const children of parsedPieces(parse, pieces)) append(root.children, children)
  const end = locate(lineStarts(text), '', text.length)
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: end.line, column: end.column, offset: text.length }
  }
  return root
}

/**
 * The top-level nodes of `text`, one piece at a time (as `parseInPieces` would join them), for a
 * reader that walks them in order and needs no tree of the whole file: only one piece's tree is
 * alive at once.
 */
export function* topLevelPieces(
  parse: (text: string) => Root,
  text: string,
  size = PIECE_CHARS
): Generator<RootContent[]> {
  const pieces = text.length > size ? blockPieces(text, size) : undefined
  if (!pieces || pieces.length < 2) {
    yield parse(text).children
    return
  }
  yield* parsedPieces(parse, pieces)
}

function* parsedPieces(
  parse: (text: string) => Root,
  pieces: readonly TextSection[]
): Generator<RootContent[]> {
  for (const p of pieces) {
    const tree = parse(p.text)
    if (p.line > 1 || p.offset > 0) shiftPositions(tree, p.line - 1, p.offset)
    yield tree.children
  }
}

/** Moves every position of a piece's tree by the lines and characters before the piece. */
function shiftPositions(tree: Root, lines: number, chars: number): void {
  walk(tree, (node) => {
    const p = node.position
    if (!p) return
    p.start.line += lines
    p.end.line += lines
    if (p.start.offset !== undefined) p.start.offset += chars
    if (p.end.offset !== undefined) p.end.offset += chars
  })
}
