// `draft/length`: the channel limits of the channel contract (src/channels), overrides included.
//
// How each limit is counted (the generator in src/drafts/ holds the same counts):
// - Core Story Summary: items of the section's top-level lists (nested items do not count); a
//   section without a list counts its top-level paragraphs.
// - LinkedIn Draft: `countWords` (src/channels/measure.ts) of the whole section body: every word a
//   reader sees, hashtags and the call to action included, code blocks excluded.
// - GitHub README Snippet: non-empty source lines of the body, thematic breaks (`---`) and HTML
//   comments excluded.
// - Talk Abstract: `countWords` of the body without its metadata lines (`TALK_META_LINE`: a line
//   that starts with a bold label naming the title, audience, level, format, duration or the
//   `Abstract` label itself). The generator (src/drafts/talk-abstract.ts, `abstractWords`) imports
//   this pattern and counts the same way.
// - X Thread (and any channel with `posts` or `chars` limits): the posts of `threadPosts`
//   (src/channels/measure.ts: split by `---`, by post counters or labels, or a numbered list),
//   each measured as X counts characters (each link 23). A post over the limit is reported at the
//   post's line; a wrong number of posts at the first post past the limit (or the first post).
import type { List, RootContent } from 'mdast'
import { type Channel, type Range, TALK_META_LINE } from '../../channels/contract.js'
import { countWords, threadPosts, X_LINK_CHARS } from '../../channels/measure.js'
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import type { GuardContext } from '../context.js'
import { type DocSection, type DraftDocument, locateNode, quote, sectionById } from '../document.js'
import { toString } from 'mdast-util-to-string'
import { append } from '../../append.js'

export { TALK_META_LINE }

function bodySource(doc: DraftDocument, s: DocSection): string {
  return s.body
    .filter((n) => n.type !== 'code')
    .map((n) => doc.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0))
    .join('\n\n')
}

function firstContent(s: DocSection): RootContent | undefined {
  return s.body.find((n) => n.type !== 'thematicBreak' && n.type !== 'html')
}

function ordinal(n: number): string {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${tail}`
}

function corePoints(doc: DraftDocument, s: DocSection, max: number): Diagnostic[] {
  const lists = s.body.filter((n): n is List => n.type === 'list')
  const points: RootContent[] = lists.length
    ? lists.flatMap((l) => l.children)
    : s.body.filter((n) => n.type === 'paragraph')
  if (points.length <= max) return []
  const extra = points[max] as RootContent
  return [
    diagnostic(
      RULES.draftLength,
      locateNode(doc, extra),
      `${s.label} has ${points.length} points (limit ${max}); the ${ordinal(max + 1)} is ${quote(toString(extra))}`
    )
  ]
}

function words(doc: DraftDocument, s: DocSection, limit: Range, dropLines?: RegExp): Diagnostic[] {
  let source = bodySource(doc, s)
  if (dropLines)
    source = source
      .split('\n')
      .filter((l) => !dropLines.test(l))
      .join('\n')
  const n = countWords(source)
  const max = limit.max ?? Infinity
  if (n >= limit.min && n <= max) return []
  const first = firstContent(s)
  const at = first ? locateNode(doc, first) : { file: doc.file, line: s.line, column: s.column }
  const what = n < limit.min ? 'too short' : 'too long'
  return [
    diagnostic(
      RULES.draftLength,
      at,
      `${s.label} is ${what}: ${n} words (limit ${limit.min}–${limit.max ?? '…'}), starting ${quote(first ? toString(first) : '')}`
    )
  ]
}

function readmeLines(doc: DraftDocument, s: DocSection, limit: Range): Diagnostic[] {
  const kept = s.body.filter(
    (n) => n.type !== 'thematicBreak' && !(n.type === 'html' && /^\s*<!--/.test(n.value))
  )
  const lines = kept
    .flatMap((n) =>
      doc.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0).split('\n')
    )
    .filter((l) => l.trim() !== '')
  const { min } = limit
  const max = limit.max ?? Infinity
  if (lines.length >= min && lines.length <= max) return []
  const first = firstContent(s)
  const at = first ? locateNode(doc, first) : { file: doc.file, line: s.line, column: s.column }
  return [
    diagnostic(
      RULES.draftLength,
      at,
      `${s.label} has ${lines.length} non-empty lines (limit ${min}–${limit.max ?? '…'}), starting ${quote(lines[0] ?? '')}`
    )
  ]
}

function thread(doc: DraftDocument, s: DocSection, c: Channel): Diagnostic[] {
  const out: Diagnostic[] = []
  const posts = threadPosts(s.body)
  const count = c.limits.posts
  const chars = c.limits.chars
  const at = (line: number, column: number) => ({ file: doc.file, line, column })
  if (count) {
    const max = count.max ?? Infinity
    if (posts.length > max || posts.length < count.min) {
      const past = posts[Math.max(0, Math.min(posts.length - 1, max))]
      const where = past ? at(past.line, past.column) : at(s.line, s.column)
      const limit = `${count.min}–${count.max ?? '…'}`
      out.push(
        diagnostic(
          RULES.draftLength,
          where,
          posts.length > max
            ? `${s.label} has ${posts.length} posts (limit ${limit}); the ${ordinal(max + 1)} starts ${quote(past?.text ?? '')}`
            : posts.length === 1
              ? `${s.label} has 1 post (limit ${limit}): split it into posts with \`---\` lines, post counters (\`1/4\`) or a numbered list`
              : `${s.label} has ${posts.length} posts (limit ${limit})`
        )
      )
    }
  }
  if (chars) {
    const max = chars.max ?? Infinity
    posts.forEach((p, i) => {
      if (p.chars <= max && p.chars >= chars.min) return
      out.push(
        diagnostic(
          RULES.draftLength,
          at(p.line, p.column),
          p.chars > max
            ? `${s.label}: post ${i + 1} has ${p.chars} characters (limit ${max}, each link counted as ${X_LINK_CHARS}), starting ${quote(p.text)}`
            : `${s.label}: post ${i + 1} has ${p.chars} characters (limit ${chars.min}–${chars.max ?? '…'})`
        )
      )
    })
  }
  return out
}

/** Checks one section against its channel's limits. */
export function sectionLength(doc: DraftDocument, s: DocSection, c: Channel): Diagnostic[] {
  const out: Diagnostic[] = []
  if (c.limits.points?.max !== undefined) append(out, corePoints(doc, s, c.limits.points.max))
  if (c.limits.words) append(out, words(doc, s, c.limits.words, c.metaLine))
  if (c.limits.lines) append(out, readmeLines(doc, s, c.limits.lines))
  if (c.limits.posts || c.limits.chars) append(out, thread(doc, s, c))
  return out
}

export function length(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const c of ctx.channels) {
    const s = sectionById(doc, c.id)
    if (s) append(out, sectionLength(doc, s, c))
  }
  return out
}
