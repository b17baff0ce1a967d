// Neutralizing untrusted text before it goes into a PR comment or a job summary.
//
// Everything that comes from a pull request (tutorial prose, registry entries, drafts, file paths)
// is hostile. Our comment is Markdown that GitHub renders; we must make sure content cannot:
//   1. ping anyone: every `@` directly followed by a letter or digit gets a zero-width joiner
//      (U+200D) after it, so `@user` and `@org/team` render the same but are not mentions. Inside
//      link destinations, images and definitions (where a ZWJ would break the URL) the `@` is
//      percent-encoded as `%40` instead. E-mail addresses in prose get the ZWJ too (so they stay
//      readable but are no longer autolinked). Code is treated the same way, because the property
//      we promise is simple: the output never contains `@` followed by a letter or digit.
//   2. forge our hidden marker: the output never contains `<!--` (outside code it becomes
//      `&lt;!--`, which renders the same; inside code a ZWJ goes between `<!` and `--`), and the
//      marker's prefix text `tutorial-amplifier:` always gets a ZWJ before its colon.
//   3. break out of our HTML (`</details>`, `<script>`, `<img onerror>`, `<style>`, …): every `<`
//      outside code becomes `&lt;` (an escaping backslash is dropped), which renders as `<`, so
//      content can never open or close an HTML element nor start an HTML block. Autolinks
//      (`<https://…>`) are kept. Escaping can change how the rest parses, so the result is parsed
//      again (and escaped again) until it holds no HTML at all.
//   4. break out of the surrounding Markdown: an unclosed top-level code fence is closed, so our
//      own blocks that follow are not swallowed; `htmlText` escapes for the inside of an HTML
//      element such as `<summary>`. Tables and fences we write are mdast nodes (./mdast.ts): the
//      serializer escapes `|` in cells and picks a fence longer than any backtick run.
//
// Inline pieces must be neutralized whole: two separately safe pieces joined on one line can pair
// up backticks across the join and expose HTML (table cells are split before inline parsing, so
// each cell is its own piece).
//
// We never parse Markdown by hand: remark (with GFM) tells us where code and link destinations are,
// and we rewrite the text between those offsets. Callers must put block content on its own lines
// with a blank line before and after it.
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'

const ZWJ = '\u200D'

const parser = unified().use(remarkParse).use(remarkGfm)

type Kind = 'text' | 'code' | 'url'

interface Range {
  start: number
  end: number
  kind: Exclude<Kind, 'text'>
}

function parse(text: string): Root {
  return parser.parse(text)
}

/** Code spans/blocks and URL-bearing parts of links, in document order (possibly nested). */
function specialRanges(tree: Root, source: string): Range[] {
  const out: Range[] = []
  visit(tree, (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (node.type === 'code' || node.type === 'inlineCode') {
      out.push({ start, end, kind: 'code' })
      return SKIP
    }
    if (node.type === 'image' || node.type === 'definition') {
      out.push({ start, end, kind: 'url' })
      return SKIP
    }
    if (node.type === 'link') {
      if (source[start] !== '[') {
        // an autolink (`<…>`) or a GFM literal autolink: the visible text is the URL.
        // Bare e-mail literals stay text (they get the ZWJ and stop being links).
        const bareEmail = source[start] !== '<' && node.url.startsWith('mailto:')
        if (!bareEmail) out.push({ start, end, kind: 'url' })
        return SKIP
      }
      const last = node.children[node.children.length - 1]
      const from = last?.position?.end.offset ?? start
      out.push({ start: from, end, kind: 'url' })
    }
    return undefined
  })
  return out
}

/** Splits [0, length) into text/code/url segments; inner ranges win over outer ones. */
function classify(length: number, ranges: Range[]): { kind: Kind; start: number; end: number }[] {
  const kinds: Kind[] = new Array<Kind>(length).fill('text')
  // links are visited before the code spans inside their text, so later ranges override
  for (const r of ranges) kinds.fill(r.kind, r.start, r.end)
  const out: { kind: Kind; start: number; end: number }[] = []
  let i = 0
  while (i < length) {
    const kind = kinds[i] ?? 'text'
    let j = i + 1
    while (j < length && kinds[j] === kind) j++
    out.push({ kind, start: i, end: j })
    i = j
  }
  return out
}

/**
 * The backslashes before a `<` we turn into `&lt;`: an odd run ends in an escape we no longer need
 * (and must not keep: inside a GFM literal autolink a backslash is just part of the URL).
 */
const unescaped = (bs: string): string => (bs.length % 2 === 1 ? bs.slice(1) : bs)

const breakMarker = (s: string): string => s.replace(/(tutorial-amplifier)(:)/gi, `$1${ZWJ}$2`)

function neutralizeText(s: string): string {
  return breakMarker(
    s
      .replace(/(\\*)</g, (_, bs: string) => `${unescaped(bs)}&lt;`)
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
  )
}

// `<` that starts an autolink (`<https://…>`, `<a@b.c>`) may stay; any other `<` is escaped
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>/

function neutralizeUrl(s: string): string {
  const escaped = s.replace(/(\\*)</g, (m, bs: string, at: number) =>
    AUTOLINK.test(s.slice(at + bs.length)) ? m : `${unescaped(bs)}&lt;`
  )
  return breakMarker(escaped.replace(/<!--/g, '&lt;!--').replace(/@(?=[A-Za-z0-9])/g, '%40'))
}

function neutralizeCode(s: string): string {
  return breakMarker(s.replace(/<!--/g, `<!${ZWJ}--`).replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`))
}

/** Catches anything produced across segment boundaries. */
function finalPass(s: string): string {
  return breakMarker(s.replace(/<!--/g, '&lt;!--').replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`))
}

/**
 * Whether remark must tell code and URLs apart from text. Without backticks or tildes there is no
 * code span or fence, and without link syntax there is no URL; then the plain text rule (the
 * strictest one) applies everywhere. Skipping the parse can only change how a URL or code looks,
 * never what is neutralized.
 */
function needsParse(s: string, block: boolean): boolean {
  if (!/[<@]/.test(s)) return /[`~]/.test(s) && block // only a fence may need closing
  if (/[`~]/.test(s)) return true
  if (block && /^(?: {4}|\t)/m.test(s)) return true // indented code
  if (s.includes('@') && /\]\(|\]:|:\/\/|www\./i.test(s)) return true // URLs with an @
  return /<[A-Za-z][A-Za-z0-9+.-]{1,31}:|<[^<>\s@]+@/.test(s) // autolinks
}

function rewrite(source: string, ranges: Range[]): string {
  let out = ''
  for (const seg of classify(source.length, ranges)) {
    const s = source.slice(seg.start, seg.end)
    out +=
      seg.kind === 'code'
        ? neutralizeCode(s)
        : seg.kind === 'url'
          ? neutralizeUrl(s)
          : neutralizeText(s)
  }
  return finalPass(out)
}

/**
 * Escaping a `<` can change how the rest parses (a backtick inside a former HTML tag may now open a
 * code span and shift which backticks pair up), so the result is parsed again and any HTML that
 * appeared is escaped too, until none is left. Each round escapes at least one `<`.
 */
function settle(text: string): { text: string; tree: Root } {
  let out = text
  for (;;) {
    const tree = parse(out)
    const html: { start: number; end: number }[] = []
    visit(tree, 'html', (node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) html.push({ start, end })
    })
    if (html.length === 0) return { text: out, tree }
    for (const r of html.reverse()) {
      out = out.slice(0, r.start) + neutralizeText(out.slice(r.start, r.end)) + out.slice(r.end)
    }
  }
}

/** Top-level fenced code blocks that the content opens but never closes. */
function unclosedFence(tree: Root, source: string): string | undefined {
  for (const node of tree.children) {
    if (node.type !== 'code') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    const lines = source.slice(start, end).split('\n')
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? '')
    if (!open?.[1]) continue // indented code
    const fenceText = open[1]
    const char = fenceText[0] ?? '`'
    const last = lines.length > 1 ? (lines[lines.length - 1] ?? '') : ''
    const close = new RegExp(`^ {0,3}\\${char}{${fenceText.length},}[ \\t]*$`)
    if (!close.test(last)) return fenceText
  }
  return undefined
}

/**
 * Makes Markdown content from a PR safe to embed as a block in our comment or job summary
 * (see the header of this file). The content stays readable and renders almost unchanged.
 */
export function neutralize(markdown: string): string {
  const source = markdown.replace(/\r\n?/g, '\n')
  if (!needsParse(source, true)) return finalPass(neutralizeText(source))
  const { text, tree } = settle(rewrite(source, specialRanges(parse(source), source)))
  const open = unclosedFence(tree, text)
  return open ? `${text}${text.endsWith('\n') ? '' : '\n'}${open}` : text
}

/**
 * Neutralizes text for a one-line Markdown context (a list item, a sentence of ours): newlines
 * become spaces and the text is read as inline content only.
 */
export function inlineText(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
  if (!needsParse(line, false)) return finalPass(neutralizeText(line))
  // a leading letter forces a paragraph, so nothing is read as a block (fence, heading, code)
  const prefixed = `a ${line}`
  return settle(rewrite(prefixed, specialRanges(parse(prefixed), prefixed))).text.slice(2)
}

/** Text for the inside of an HTML element we write (e.g. `<summary>`): one line, HTML-escaped. */
export function htmlText(text: string): string {
  return finalPass(
    text
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim()
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  )
}

/** Shortens text to at most `max` characters (with an ellipsis), never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = Math.max(0, max - 1)
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return `${text.slice(0, cut)}…`
}
