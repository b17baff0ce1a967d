// The prose of a draft as plain-text units (paragraphs, headings, table cells) that remember
// where each character came from, so a rule that finds something at index i of a unit's text
// can report the exact line:col in the draft file.
import type { Heading, Nodes, Paragraph, PhrasingContent, TableCell, Text } from 'mdast'
import type { Channel, ForbiddenElement } from '../channels/contract.js'
import type { Location } from '../model.js'
import { type DocSection, type DraftDocument, locateNode, locateOffset } from './document.js'
import { append } from '../append.js'
import { walk } from '../walk.js'

interface Segment {
  /** index in the unit's text where the node's value starts */
  from: number
  node: Text
}

export type ProseKind = 'heading' | 'paragraph' | 'cell'

export interface ProseUnit {
  kind: ProseKind
  /** the `## ` section the unit is in; undefined in the preamble */
  section?: DocSection
  /**
   * Plain text. Inline code, images, inline HTML and URLs (autolinks, bare `https://…`) are
   * blanked out with spaces, so rules never see them; other characters keep their index.
   */
  text: string
  /** the block node the unit was read from */
  node: Paragraph | Heading | TableCell
  segments: Segment[]
}

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s)>\]]+/gi

function isAutolink(node: { url: string; children: PhrasingContent[] }): boolean {
  if (node.children.length !== 1) return false
  const only = node.children[0]
  if (only?.type !== 'text') return false
  const v = only.value.trim()
  return v.length > 0 && (node.url === v || node.url.endsWith(v) || v.startsWith('http'))
}

function readUnit(node: Paragraph | Heading | TableCell, section?: DocSection): ProseUnit {
  const segments: Segment[] = []
  let text = ''
  const pad = (s: string) => {
    text += s
  }
  const walk = (n: PhrasingContent): void => {
    switch (n.type) {
      case 'text':
        segments.push({ from: text.length, node: n })
        pad(n.value)
        return
      case 'break':
        pad('\n')
        return
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        pad(' ')
        return
      case 'link':
        if (isAutolink(n)) pad(' ')
        else n.children.forEach(walk)
        return
      default:
        if ('children' in n) (n.children as PhrasingContent[]).forEach(walk)
    }
  }
  node.children.forEach(walk)
  text = text.replace(URL_LIKE, (m) => ' '.repeat(m.length))
  const unit: ProseUnit = {
    kind: node.type === 'tableCell' ? 'cell' : node.type,
    text,
    node,
    segments
  }
  if (section) unit.section = section
  return unit
}

/** Reads the prose units of some top-level nodes (code blocks, HTML and front matter are skipped). */
export function proseOf(nodes: readonly Nodes[], section?: DocSection): ProseUnit[] {
  const units: ProseUnit[] = []
  for (const top of nodes) {
    walk(top, (n) => {
      if (n.type === 'code' || n.type === 'html' || n.type === 'yaml' || n.type === 'definition')
        return false
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
        units.push(readUnit(n, section))
        return false
      }
      return true
    })
  }
  return units
}

/** Every prose unit of the draft, preamble first, then section by section (headings included). */
export function allProse(doc: DraftDocument): readonly ProseUnit[] {
  // every rule reads the same units: built once per document
  const known = proseUnits.get(doc)
  if (known) return known
  const units = proseOf(doc.preamble)
  for (const s of doc.sections) append(units, proseOf([s.node, ...s.body], s))
  proseUnits.set(doc, units)
  return units
}

const proseUnits = new WeakMap<DraftDocument, readonly ProseUnit[]>()

/** Where the last `sourceOffset` walk of a text node stopped, so the next one resumes there. */
const walked = new WeakMap<Text, { i: number; j: number }>()

/**
 * Maps an index in `node.value` to an offset in the source: walks value and source side by side,
 * skipping source characters the value does not have (escapes, entities, continuation indent).
 * Rules ask in increasing order within a node, so a walk resumes where the last one stopped:
 * thousands of hits in one long paragraph cost one walk of it, not one each.
 */
function sourceOffset(source: string, node: Text, index: number): number | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const last = walked.get(node)
  let i = 0
  let j = start
  if (last && last.i <= index) ({ i, j } = last)
  for (; i < node.value.length; i++) {
    const c = node.value[i]
    while (j < end && source[j] !== c) j++
    if (j >= end) return i === index ? Math.max(start, end - 1) : undefined
    if (i === index) {
      walked.set(node, { i, j })
      return j
    }
    j++
  }
  return Math.min(j, Math.max(start, end - 1))
}

/** The segment holding `index` of a unit's text (binary search: segments are in text order). */
function segmentAt(unit: ProseUnit, index: number): Segment | undefined {
  const segs = unit.segments
  let lo = 0
  let hi = segs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (segs[mid]!.from <= index) lo = mid
    else hi = mid - 1
  }
  const s = segs[lo]
  return s && s.from <= index && index < s.from + s.node.value.length ? s : undefined
}

/** The draft location of the character at `index` of a unit's text. */
export function locateIn(doc: DraftDocument, unit: ProseUnit, index: number): Location {
  const seg = segmentAt(unit, index)
  if (!seg) {
    // a blanked-out character: point at the next real text, else at the unit itself
    const next = unit.segments.find((s) => s.from >= index)
    return next ? locateNode(doc, next.node) : locateNode(doc, unit.node)
  }
  const off = sourceOffset(doc.source, seg.node, index - seg.from)
  return off === undefined ? locateNode(doc, seg.node) : locateOffset(doc, off)
}

/** True when `index` starts a sentence in the unit's text (unit start, line start, after `.!?:`). */
export function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index)
  return (
    /(?:^|[.!?:;]\s+|\n\s*|^[\s"'“‘(*_-]+)$/.test(before) || /(?:[.!?:]["'”’)]?\s+)$/.test(before)
  )
}

/** Replaces every match of the given patterns in `text` with spaces, keeping indices. */
export function blank(text: string, patterns: readonly RegExp[]): string {
  let out = text
  for (const re of patterns) {
    const g = re.global ? re : new RegExp(re.source, re.flags + 'g')
    g.lastIndex = 0
    out = out.replace(g, (m) => ' '.repeat(m.length))
  }
  return out
}

/** A claim ID written in the draft's prose (code, URLs and link targets excluded). */
export interface ClaimMention extends Location {
  id: string
  /** index in `unit.text` */
  index: number
  unit: ProseUnit
}

/** Every claim ID in the draft's prose, in document order. */
export function claimMentions(doc: DraftDocument, claimId: RegExp): ClaimMention[] {
  const out: ClaimMention[] = []
  for (const unit of allProse(doc)) {
    for (const m of unit.text.matchAll(claimId)) {
      // field by field: a spread copy got a hidden class of its own (see src/tutorial/chapter.ts)
      const at = locateIn(doc, unit, m.index)
      out.push({ id: m[0], index: m.index, unit, file: at.file, line: at.line, column: at.column })
    }
  }
  return out
}

/**
 * The start of the line holding `index`, looked for at most `max` characters back; `from - 1`
 * (before the window) when the line starts earlier. Bounded, so a hit on a megabyte-long line
 * costs a window, not the line.
 */
export function lineStartNear(text: string, index: number, max: number): number {
  const from = Math.max(0, index - max)
  const nl = text.slice(from, index).lastIndexOf('\n')
  if (nl >= 0) return from + nl + 1
  return from === 0 ? 0 : from - 1
}

/** The end of the line holding `index + length`, looked for at most `max` characters on. */
function lineEndNear(text: string, end: number, max: number): number {
  const to = Math.min(text.length, end + max)
  const nl = text.slice(end, to).indexOf('\n')
  if (nl >= 0) return end + nl
  return to === text.length ? to : to + 1
}

/**
 * A short quotation of the text around a hit, for messages: the hit's line, cut to about
 * `max` characters around the hit, with `…` where it was cut.
 */
export function excerpt(text: string, index: number, length: number, max = 90): string {
  const lineStart = lineStartNear(text, index, max + 1)
  const lineEnd = lineEndNear(text, index + length, max + 1)
  let from = lineStart
  let to = lineEnd
  if (to - from > max) {
    from = Math.max(lineStart, index - Math.floor((max - length) / 2))
    to = Math.min(lineEnd, from + max)
    from = Math.max(lineStart, to - max)
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim()
  return `"${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}"`
}

/**
 * True when the channel of a unit's section forbids an element (the contract's `forbidden`, config
 * overrides applied). Sections that are no channel (preamble, open questions, an unknown
 * per-channel post) forbid everything.
 */
export function forbids(
  ctx: { channels: readonly Channel[] },
  section: DocSection | undefined,
  element: ForbiddenElement
): boolean {
  const channel = section?.id ? ctx.channels.find((c) => c.id === section.id) : undefined
  return channel ? channel.forbidden.includes(element) : true
}

/** Texts joined for one scan (`scanTexts`): the joined string and where each text starts in it. */
export interface JoinedTexts {
  texts: readonly string[]
  joined: string
  starts: number[]
  /** false when a text holds the separator itself: then each text is scanned on its own */
  joinable: boolean
}

const SEPARATOR = '\u0000'

export function joinTexts(texts: readonly string[]): JoinedTexts {
  const starts: number[] = []
  let at = 0
  for (const t of texts) {
    starts.push(at)
    at += t.length + 1
  }
  return {
    texts,
    joined: texts.join(SEPARATOR),
    starts,
    joinable: !texts.some((t) => t.includes(SEPARATOR))
  }
}

/**
 * Calls `fn` for every match of the global pattern `re` in each text, texts in order, matches in
 * order, with the match's index in its text: what `for (text) for (m of text.matchAll(re))` gives,
 * in one scan of the joined texts instead of one `matchAll` (a copy of the pattern and an
 * iterator) per text. Exact only for a pattern that can neither match NUL (the separator) nor
 * read it as anything a text's start or end would not be: the glossary term patterns, whose
 * lookarounds ask for letters, digits, `_` or `-` and whose terms (checked here) hold no NUL.
 */
export function scanTexts(
  j: JoinedTexts,
  re: RegExp,
  fn: (text: number, index: number, m: RegExpExecArray) => void
): void {
  if (!j.joinable || re.source.includes(SEPARATOR) || re.source.includes('\\0')) {
    j.texts.forEach((text, i) => {
      for (const m of text.matchAll(re)) fn(i, m.index, m)
    })
    return
  }
  let k = 0
  for (const m of j.joined.matchAll(re)) {
    while (k + 1 < j.starts.length && j.starts[k + 1]! <= m.index) k++
    fn(k, m.index - j.starts[k]!, m)
  }
}

/**
 * Lower case, and the long s as `s`: a text holding a match of a case-insensitive (`iu`) pattern
 * for a word of ASCII letters, digits and punctuation holds that word's fold as a substring. The
 * only other characters such a pattern matches are the Kelvin sign, which lower-cases to `k`, and
 * the long s, which `toLowerCase` keeps.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower
}

/** The longest of some words (the first of equal length). */
export function longestWord(words: readonly string[]): string {
  return words.reduce((a, b) => (b.length > a.length ? b : a), '')
}

/**
 * A word's fold (`foldCase`) for `includes` against a folded text, or '' when the word is not
 * printable ASCII: only such a word is known to fold as case-insensitive matching does ('' is in
 * every text, so it skips nothing).
 */
export function foldedWord(word: string): string {
  return /^[\x20-\x7e]*$/.test(word) ? foldCase(word) : ''
}
