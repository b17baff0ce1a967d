// The sticky PR comment. Its first line is our hidden marker, by which the shell finds and updates
// the comment. GitHub refuses bodies above 65,536 characters, so we aim at 60,000 and drop detail
// (see `renderFitted`) rather than cut text.
import type { GenerateResult } from '../engine.js'
import { renderFitted, safeUrl, type Frame } from './markdown.js'
import { clip, inlineText } from './sanitize.js'
import { md, text } from './mdast.js'

export const COMMENT_LIMIT = 65536
export const COMMENT_BUDGET = 60000

const TITLE = 'Tutorial amplifier'

/** Our hidden marker for a comment `header` (sanitized to `[a-z0-9-_]`, default `default`). */
export function markerFor(header = 'default'): string {
  const name = header
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
  return `<!-- tutorial-amplifier:${name === '' ? 'default' : name} -->`
}

export interface CommentOptions {
  /** the hidden marker, verbatim (see `markerFor`) */
  marker: string
  /** names the comment when a repository runs several configurations */
  header?: string
  /** link to the job summary with the full report */
  summaryUrl?: string
  /** tutorials (or registry files) this PR touches */
  affected?: string[]
  /** nothing relevant changed in this PR */
  nothing?: boolean
  maxLength?: number
  /** `https://github.com/o/r/blob/<head sha>/`: locations become links into the PR's files */
  blobBase?: string
  /** findings the pull request's filter-mode left out (listed in the job summary) */
  outside?: number
}

function title(header: string | undefined): string {
  const h = header?.trim()
  return h && h !== 'default' ? `${TITLE} — ${h}` : TITLE
}

function affectedLine(affected: string[]): string {
  const shown = affected.slice(0, 20).map((a) => clip(a, 200))
  const rest = affected.length - shown.length
  // neutralized as one piece: separately safe pieces can pair up backticks once joined
  const list = inlineText(shown.join(', '))
  return `Affected by this pull request: ${list}${rest > 0 ? ` and ${rest} more` : ''}.`
}

export function renderComment(result: GenerateResult, opts: CommentOptions): string {
  const max = Math.min(opts.maxLength ?? COMMENT_BUDGET, COMMENT_LIMIT)
  const url = safeUrl(opts.summaryUrl)
  const summaryLink = url ? `[job summary](${url})` : 'job summary of this run'
  if (opts.nothing) {
    const body = [
      opts.marker,
      md([
        { type: 'heading', depth: 2, children: [text(title(opts.header).replace(/\s+/g, ' '))] },
        {
          type: 'paragraph',
          children: [
            text(
              'No tutorial is affected by this pull request: it changes no tutorial and no claim a tutorial cites.'
            )
          ]
        }
      ])
    ].join('\n\n')
    return body.length + 1 <= max ? `${body}\n` : opts.marker.length <= max ? opts.marker : ''
  }
  const frame: Frame = {
    marker: opts.marker,
    title: title(opts.header),
    intro: opts.affected && opts.affected.length > 0 ? [affectedLine(opts.affected)] : [],
    moreHint: `see the ${summaryLink}`,
    clip: { message: 300, title: 120, question: 500 }
  }
  if (url) frame.footer = `<sub>Full report: ${summaryLink}.</sub>`
  const base = safeUrl(opts.blobBase)
  if (base && base.endsWith('/')) frame.blobBase = base
  if (opts.outside) frame.outside = opts.outside
  return renderFitted(result, frame, max)
}
