// How a channel's limits are measured. The writers fit their text with these counts and the guard
// checks drafts with the same ones, so a draft the writer calls fitting is one the guard accepts.
import type { ListItem, Nodes, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { gfmParser } from '../gfm.js'
import { parseInPieces } from '../sections.js'
import { walk } from '../walk.js'

/** Counts the words of plain text: whitespace-separated tokens holding a letter or a digit. */
export function countPlainWords(text: string): number {
  let n = 0
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++
  return n
}

// remark-gfm, leaving out what the text cannot use (the same tree: src/gfm.ts)
const parse = gfmParser()

/**
 * Counts the words a reader sees in a Markdown fragment: the text of every text and inline-code
 * node (markup, link targets and image URLs do not count).
 */
export function countWords(markdown: string): number {
  const known = counted.get(markdown)
  if (known !== undefined) return known
  const n = countParsed(markdown)
  // The writers measure the same text again and again while fitting a section (and the guard
  // measures the finished section once more): keep the last few counts instead of re-parsing.
  if (counted.size >= 256) counted.clear()
  counted.set(markdown, n)
  return n
}

const counted = new Map<string, number>()

function countParsed(markdown: string): number {
  // a big draft section is parsed a stretch at a time; the words are counted node by node (the
  // same count as joining the texts with spaces, without a copy of the whole text)
  const tree = parseInPieces(parse, markdown)
  let n = 0
  walk(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      n += countPlainWords(node.value)
    } else if (node.type === 'image') {
      n += countPlainWords(node.alt ?? '')
    }
  })
  return n
}

// ---------------------------------------------------------------------------------------------
// Threads (the X / Twitter channel): a thread's posts and each post's characters.

/** X counts every link as this many characters, whatever its length (t.co wrapping). */
export const X_LINK_CHARS = 23

// Code points X counts as one character (twitter-text's v3 configuration); every other code
// point counts as two, and so does an emoji (one grapheme, modifiers and joiners included).
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037]
]
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
// made on first use: creating it costs ~9 ms of ICU setup, and most runs never count X posts
let graphemes: Intl.Segmenter | undefined
// eslint-disable-next-line no-control-regex -- every ASCII code point, controls included
const ASCII = /^[\u0000-\u007f]*$/

const isLight = (cp: number): boolean => LIGHT_RANGES.some(([a, b]) => cp >= a && cp <= b)

/**
 * The length X gives a plain text without links: NFC-normalised, one per code point in the Latin,
 * Greek, Cyrillic, … ranges and common punctuation, two per other code point (CJK, most symbols),
 * two per emoji.
 */
export function xTextLength(text: string): number {
  // ASCII: every code point counts one, NFC changes nothing, no emoji; the common case, counted
  // without segmenting
  if (ASCII.test(text)) return text.length
  let n = 0
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
  for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
    const cps = Array.from(segment, (c) => c.codePointAt(0) ?? 0)
    if (EMOJI.test(segment) && cps.some((cp) => !isLight(cp))) {
      n += 2
      continue
    }
    for (const cp of cps) n += isLight(cp) ? 1 : 2
  }
  return n
}

/** A piece of a post's visible text: plain text, or a link X shortens. */
type Piece = string | { url: string }

const schemeless = (u: string): string =>
  u
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/\/$/, '')
    .toLowerCase()

/** Collects the visible text of a node: text and code, links as links, images and HTML left out. */
function piecesOf(node: Nodes, out: Piece[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      out.push(node.value)
      return
    case 'break':
      out.push('\n')
      return
    case 'image':
    case 'imageReference':
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return
    case 'link': {
      // a bare URL (GFM autolink literal or `<…>`) is the link itself; `[text](url)` shows its text,
      // and X, which renders no Markdown, needs the URL pasted after it
      const text = toString(node)
      if (schemeless(text) !== schemeless(node.url)) {
        for (const c of node.children) piecesOf(c, out)
        out.push(' ')
      }
      out.push({ url: node.url })
      return
    }
    default:
      if ('children' in node) {
        const block = node.type !== 'paragraph' && node.type !== 'heading' && !isInline(node)
        node.children.forEach((c, i) => {
          if (block && i > 0) out.push('\n')
          piecesOf(c as Nodes, out)
        })
      }
  }
}

const INLINE = new Set(['emphasis', 'strong', 'delete', 'linkReference', 'footnoteReference'])
const isInline = (node: Nodes): boolean => INLINE.has(node.type)

/** The length X gives these pieces: links at `X_LINK_CHARS`, text by `xTextLength`. */
function piecesLength(pieces: readonly Piece[]): number {
  let n = 0
  let text = ''
  for (const p of pieces) {
    if (typeof p === 'string') text += p
    else n += X_LINK_CHARS
  }
  return n + xTextLength(text)
}

function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.url)).join('')
}

/** One post of a thread: the nodes it is made of, where it starts, its visible text and length. */
export interface ThreadPost {
  nodes: (RootContent | ListItem)[]
  /** where the post starts (its marker, first block or list item) */
  line: number
  column: number
  /** the visible text, links as their URL (for messages) */
  text: string
  /** characters as X counts them (`xTextLength`, each link `X_LINK_CHARS`) */
  chars: number
}

/** `Tweet 3`, `Post 2 of 5`, `3/`, `3/7`, `(3/7)`: a line that only labels a post. */
const POST_LABEL =
  /^\s*(?:(?:tweets?|posts?|toots?|part)\s*#?\s*\d{1,2}(?:\s*(?:\/|of)\s*\d{1,2})?|\(?\d{1,2}\s*\/\s*\d{0,2}\)?)\s*[:.)–—-]?\s*$/iu
/** A label word a post carries but does not post: `**Tweet 3:**`. */
const WORD_LABEL =
  /^\s*(?:tweets?|posts?|toots?|part)\s*#?\s*\d{1,2}(?:\s*(?:\/|of)\s*\d{1,2})?\s*[:.)–—-]?\s*$/iu
/** A counter opening a post: `1/ `, `1/5 `, `(1/5) `, `🧵 1/5 `. */
const LEADING_COUNTER =
  /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?\(?(\d{1,2})\s*\/\s*(\d{0,2})\)?(?=\s|$)/u
/** A counter closing a post: `… 1/5`, `… (1/5)`. */
const TRAILING_COUNTER = /\s\(?(\d{1,2})\s*\/\s*(\d{1,2})\)?\s*$/u

/** `n/m` reads as a post counter only when n ≤ m (so `24/7` is not one); `n/` always does. */
function counterOk(m: RegExpExecArray | null): boolean {
  if (!m) return false
  const n = Number(m[1])
  const of = m[2] ? Number(m[2]) : undefined
  return n >= 1 && (of === undefined || n <= of)
}

type Marker = 'label' | 'word-label' | 'leading' | 'trailing'

/** How a top-level node marks a post boundary, if it does. */
function markerOf(node: RootContent): Marker | undefined {
  if (node.type !== 'heading' && node.type !== 'paragraph') return undefined
  const text = toString(node)
  if (POST_LABEL.test(text)) return WORD_LABEL.test(text) ? 'word-label' : 'label'
  if (node.type === 'heading') return undefined
  const first = node.children[0]
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    const label = toString(first)
    if (WORD_LABEL.test(label)) return 'word-label'
    if (POST_LABEL.test(label)) return 'leading'
  }
  if (counterOk(LEADING_COUNTER.exec(text))) return 'leading'
  if (counterOk(TRAILING_COUNTER.exec(text))) return 'trailing'
  return undefined
}

/** The visible pieces of one post's nodes: blocks joined by a blank line, post labels left out. */
function postPieces(nodes: readonly (RootContent | ListItem)[]): Piece[] {
  const out: Piece[] = []
  for (const n of nodes) {
    const marker = n.type === 'listItem' ? undefined : markerOf(n)
    // a heading that labels a post, and a `Tweet 3` line, are not posted (a bare `3/5` line is)
    if (marker !== undefined && n.type === 'heading') continue
    if (marker === 'word-label' && POST_LABEL.test(toString(n))) continue
    const parts: Piece[] = []
    if (marker === 'word-label' && n.type === 'paragraph') {
      // `**Tweet 3:** text`: the label is not posted
      n.children.slice(1).forEach((c) => piecesOf(c, parts))
      if (typeof parts[0] === 'string') parts[0] = parts[0].replace(/^\s+/, '')
    } else piecesOf(n, parts)
    if (parts.length === 0) continue
    if (out.length > 0) out.push('\n\n')
    out.push(...parts)
  }
  return out
}

function makePost(nodes: (RootContent | ListItem)[]): ThreadPost {
  const pieces = postPieces(nodes)
  const start = nodes[0]?.position?.start
  return {
    nodes,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    text: piecesText(pieces).trim(),
    chars: piecesLength(pieces)
  }
}

/** A heading that is not a post label: a title or a section heading, never posted. */
const isPlainHeading = (n: RootContent): boolean =>
  n.type === 'heading' && markerOf(n) === undefined

/**
 * The posts of a thread written in Markdown, read from the mdast (HTML comments, definitions and
 * headings that are not post labels are not part of any post). The first shape found wins:
 * 1. posts separated by thematic breaks (`---`);
 * 2. posts opened by a counter (`1/`, `1/5`, `(1/5)`), a label line or heading (`Tweet 1`,
 *    `Post 2 of 5`, `### 3/`) or a bold label (`**Tweet 1:** …`), or closed by a counter (`… 1/5`);
 *    blocks before the first marker are a post of their own, unless that marker numbers post 1
 *    (then they introduce the thread: a title line, a generator's note);
 * 3. a top-level numbered list: each item is a post, and each run of other blocks around it;
 * 4. otherwise each top-level block is a post.
 */
export function threadPosts(body: readonly RootContent[]): ThreadPost[] {
  const nodes = body.filter(
    (n) =>
      !(n.type === 'html' && /^\s*<!--/.test(n.value)) &&
      n.type !== 'definition' &&
      n.type !== 'yaml'
  )
  const groups: (RootContent | ListItem)[][] = []
  const content = (n: RootContent): boolean => !isPlainHeading(n) && n.type !== 'html'
  if (nodes.some((n) => n.type === 'thematicBreak')) {
    let g: RootContent[] = []
    for (const n of nodes) {
      if (n.type === 'thematicBreak') {
        groups.push(g)
        g = []
      } else if (content(n)) g.push(n)
    }
    groups.push(g)
  } else if (nodes.some((n) => markerOf(n) !== undefined)) {
    let g: RootContent[] = []
    for (const n of nodes) {
      const m = markerOf(n)
      if (m === 'trailing') {
        g.push(n)
        groups.push(g)
        g = []
      } else if (m !== undefined) {
        // what comes before a post numbered 1 is an introduction, not a post
        const first = groups.length === 0
        if (!(first && /^\D*1(?!\d)/.test(toString(n)))) groups.push(g)
        g = [n]
      } else if (content(n)) g.push(n)
    }
    groups.push(g)
  } else if (nodes.some((n) => n.type === 'list' && n.ordered === true)) {
    let g: RootContent[] = []
    for (const n of nodes) {
      if (n.type === 'list' && n.ordered === true) {
        groups.push(g)
        g = []
        for (const item of n.children) groups.push([item])
      } else if (content(n)) g.push(n)
    }
    groups.push(g)
  } else {
    for (const n of nodes) if (content(n)) groups.push([n])
  }
  return groups.filter((g) => g.length > 0).map(makePost)
}

/** The posts of a thread given as Markdown (the writers measure their own posts with this). */
export function threadPostsOf(markdown: string): ThreadPost[] {
  return threadPosts(parse(markdown).children)
}

/** Characters of one post given as Markdown, as X counts them (see `threadPosts`). */
export function postChars(markdown: string): number {
  return makePost(parse(markdown).children).chars
}

/** Characters of one post given as mdast blocks (a writer's own post, not parsed again). */
export function postNodesChars(nodes: readonly RootContent[]): number {
  return makePost([...nodes]).chars
}
