// `draft/length`: the channel limits of `LIMITS`.
//
// How each limit is counted (the generator in src/drafts/ holds the same counts):
// - Core Story Summary: items of the section's top-level lists (nested items do not count); a
//   section without a list counts its top-level paragraphs.
// - LinkedIn Draft: `countWords` (src/drafts/words.ts) of the whole section body: every word a
//   reader sees, hashtags and the call to action included, code blocks excluded.
// - GitHub README Snippet: non-empty source lines of the body, thematic breaks (`---`) and HTML
//   comments excluded.
// - Talk Abstract: `countWords` of the body without its metadata lines (`TALK_META_LINE`: a line
//   that starts with a bold label naming the title, audience, level, format, duration or the
//   `Abstract` label itself). The generator (src/drafts/talk-abstract.ts, `abstractWords`) imports
//   this pattern and counts the same way.
import type { List, RootContent } from 'mdast'
import { LIMITS } from '../../drafts/types.js'
import { countWords } from '../../drafts/words.js'
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import type { GuardContext } from '../context.js'
import { type DocSection, type DraftDocument, locateNode, quote, sectionById } from '../document.js'
import { toString } from 'mdast-util-to-string'
import { append } from '../../append.js'

/** A talk-abstract line that is metadata, not abstract prose: `- **Audience**: …`, `**Format:** …`. */
export const TALK_META_LINE =
  /^\s*(?:[-*+]\s+)?\*\*(?:[\p{L} ]*\s)?(?:title|audience|level|format|duration|length|abstract)\s*:?\s*\*\*\s*:?/iu

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

function corePoints(doc: DraftDocument, s: DocSection): Diagnostic[] {
  const lists = s.body.filter((n): n is List => n.type === 'list')
  const points: RootContent[] = lists.length
    ? lists.flatMap((l) => l.children)
    : s.body.filter((n) => n.type === 'paragraph')
  const max = LIMITS.coreStoryMaxPoints
  if (points.length <= max) return []
  const extra = points[max] as RootContent
  return [
    diagnostic(
      RULES.draftLength,
      locateNode(doc, extra),
      `"## ${s.heading}" has ${points.length} points (limit ${max}); the ${ordinal(max + 1)} is ${quote(toString(extra))}`
    )
  ]
}

function words(
  doc: DraftDocument,
  s: DocSection,
  limit: { min: number; max: number },
  dropLines?: RegExp
): Diagnostic[] {
  let source = bodySource(doc, s)
  if (dropLines)
    source = source
      .split('\n')
      .filter((l) => !dropLines.test(l))
      .join('\n')
  const n = countWords(source)
  if (n >= limit.min && n <= limit.max) return []
  const first = firstContent(s)
  const at = first ? locateNode(doc, first) : { file: doc.file, line: s.line, column: s.column }
  const what = n < limit.min ? 'too short' : 'too long'
  return [
    diagnostic(
      RULES.draftLength,
      at,
      `"## ${s.heading}" is ${what}: ${n} words (limit ${limit.min}–${limit.max}), starting ${quote(first ? toString(first) : '')}`
    )
  ]
}

function readmeLines(doc: DraftDocument, s: DocSection): Diagnostic[] {
  const kept = s.body.filter(
    (n) => n.type !== 'thematicBreak' && !(n.type === 'html' && /^\s*<!--/.test(n.value))
  )
  const lines = kept
    .flatMap((n) =>
      doc.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0).split('\n')
    )
    .filter((l) => l.trim() !== '')
  const { min, max } = LIMITS.readmeLines
  if (lines.length >= min && lines.length <= max) return []
  const first = firstContent(s)
  const at = first ? locateNode(doc, first) : { file: doc.file, line: s.line, column: s.column }
  return [
    diagnostic(
      RULES.draftLength,
      at,
      `"## ${s.heading}" has ${lines.length} non-empty lines (limit ${min}–${max}), starting ${quote(lines[0] ?? '')}`
    )
  ]
}

export function length(doc: DraftDocument, _ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  const core = sectionById(doc, 'core-story')
  if (core) append(out, corePoints(doc, core))
  const linkedin = sectionById(doc, 'linkedin')
  if (linkedin) append(out, words(doc, linkedin, LIMITS.linkedinWords))
  const readme = sectionById(doc, 'readme-snippet')
  if (readme) append(out, readmeLines(doc, readme))
  const talk = sectionById(doc, 'talk-abstract')
  if (talk) append(out, words(doc, talk, LIMITS.talkWords, TALK_META_LINE))
  return out
}
