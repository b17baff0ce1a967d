// What a model answered, made into a section body we can put into a draft. Pure.
//
// Model output is hostile input, like tutorial text. Before the guard reads it, the answer is
// confined to its section: a code fence wrapped around the whole answer is unwrapped, a heading that
// repeats the section's is dropped, the text is neutralised as every PR text is
// (src/report/sanitize.ts: no HTML, no comment markers, no @-mentions, no unclosed fence), then
// parsed and written again as the drafts write their own sections (src/drafts/mdast.ts
// `bodyMarkdown`: headings of level 1 or 2, which would open a section of their own, become level
// 3), so the text the guard checks is the text the draft will hold. The guard then decides whether
// the text may stay.
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Channel } from '../channels/contract.js'
import { neutralize } from '../report/sanitize.js'
import { bodyMarkdown } from '../drafts/mdast.js'

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

export type Extracted = { ok: true; markdown: string } | { ok: false; reason: string }

/** The section body in a model's answer, confined and neutralised; or why there is none. */
export function extractAnswer(content: string, channel: Channel): Extracted {
  if (content.length > MAX_ANSWER_CHARS) {
    return { ok: false, reason: `the answer is ${content.length} characters long` }
  }
  let text = content.replace(/\r\n?/g, '\n').trim()
  text = unwrapFence(text).trim()
  text = dropOwnHeading(text, channel).trim()
  // as our own Markdown: headings of level 1 and 2 made level 3, written from the tree
  text = bodyMarkdown(neutralize(text)).trim()
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'the answer holds no text' }
  return { ok: true, markdown: text }
}
