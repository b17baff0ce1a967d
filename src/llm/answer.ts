// What a model answered, made into a section body we can put into a draft. Pure.
//
// Model output is hostile input, like tutorial text. Before the guard reads it, the answer is
// confined to its section: a code fence wrapped around the whole answer is unwrapped, a heading that
// repeats the section's is dropped, headings of level 1 or 2 (which would open a section of their
// own) become level 3, and the text is neutralised as every PR text is (src/report/sanitize.ts: no
// HTML, no comment markers, no @-mentions, no unclosed fence). The guard then decides whether the
// text may stay.
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Channel } from '../channels/contract.js'
import { neutralize } from '../report/sanitize.js'

/** Answers longer than this are not a section of a draft (the longest channel is ~200 words). */
export const MAX_ANSWER_CHARS = 20000

const parser = unified().use(remarkParse).use(remarkGfm)

const parse = (s: string): Root => parser.parse(s)

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** The content of a single fenced block that holds the whole answer (```markdown … ```). */
function unwrapFence(text: string): string {
  const root = parse(text)
  const only = root.children.length === 1 ? root.children[0] : undefined
  if (only?.type === 'code' && (!only.lang || /^(?:md|markdown)$/i.test(only.lang))) {
    return only.value
  }
  return text
}

/** Drops a first heading that names the section (`## LinkedIn Draft`, `# LinkedIn post`). */
function dropOwnHeading(text: string, channel: Channel): string {
  const root = parse(text)
  const first = root.children[0]
  if (first?.type !== 'heading') return text
  const h = norm(toString(first))
  const names = [channel.heading, channel.name, ...channel.aliases].map(norm)
  if (!names.some((n) => n !== '' && (h === n || h.startsWith(`${n} `)))) return text
  return text.slice(first.position?.end.offset ?? 0)
}

/**
 * Rewrites headings of level 1 and 2 as level 3, so the answer cannot open a section. The heading's
 * own source is kept (never its decoded text, which would undo the neutralising).
 */
function demoteHeadings(text: string): string {
  const root = parse(text)
  const high: Heading[] = []
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= 2) high.push(node)
  }
  let out = text
  for (const h of high.reverse()) {
    const start = h.position?.start.offset
    const end = h.position?.end.offset
    if (start === undefined || end === undefined) continue
    const source = out.slice(start, end)
    const atx = /^ {0,3}#{1,2}(?=[ \t]|$)/.exec(source)
    const line = atx
      ? `###${source.slice(atx[0].length)}`
      : // setext: the text lines without the `===`/`---` underline
        `### ${source.split('\n').slice(0, -1).join(' ').trim()}`
    out = `${out.slice(0, start)}${line}${out.slice(end)}`
  }
  return out
}

export type Extracted = { ok: true; markdown: string } | { ok: false; reason: string }

/** The section body in a model's answer, confined and neutralised; or why there is none. */
export function extractAnswer(content: string, channel: Channel): Extracted {
  if (content.length > MAX_ANSWER_CHARS) {
    return { ok: false, reason: `the answer is ${content.length} characters long` }
  }
  let text = content.replace(/\r\n?/g, '\n').trim()
  text = unwrapFence(text).trim()
  text = dropOwnHeading(text, channel).trim()
  text = demoteHeadings(neutralize(text)).trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'the answer holds no text' }
  return { ok: true, markdown: text }
}
