// The sticky pull-request comment: one per PR per header, recognised by its hidden marker on the
// first line AND by being written by the account our token acts as. Comments by anyone else are
// never touched, whatever they contain.
import type { IssueComment, Platform } from './platform.js'

/** The login of the default GITHUB_TOKEN (and the fallback for any installation token). */
export const ACTIONS_BOT = 'github-actions[bot]'

function firstLine(body: string): string {
  const nl = body.indexOf('\n')
  return (nl < 0 ? body : body.slice(0, nl)).trim()
}

const sameLogin = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** Ours: the marker is the first line and the author is the token's own account. */
export function isOurs(c: IssueComment, marker: string, author: string): boolean {
  return sameLogin(c.author, author) && firstLine(c.body) === marker.trim()
}

/** Oldest first (creation time, then ID). */
function byAge(a: IssueComment, b: IssueComment): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id
}

/**
 * Who our comments are written by. Installation tokens (`ghs_…`, the default GITHUB_TOKEN among
 * them) may not call `GET /user`, so for them it is `github-actions[bot]` unless `override` says
 * otherwise (a GitHub App's token writes as `<app-slug>[bot]`).
 */
export async function commentAuthor(
  platform: Platform,
  token: string,
  override?: string
): Promise<string> {
  if (override) return override
  if (token.startsWith('ghs_') || token === '') return ACTIONS_BOT
  return platform.tokenLogin()
}

export type StickyAction = 'created' | 'updated' | 'unchanged' | 'none'

export interface StickyOutcome {
  action: StickyAction
  /** the comment's URL, when there is one */
  url?: string
  /** IDs of duplicate comments deleted */
  deleted: number[]
}

export interface StickyOptions {
  issue: number
  marker: string
  author: string
  body: string
  /** false: only update an existing comment, never create one (nothing to report) */
  create: boolean
}

/** Creates, updates (only when the body differs) and de-duplicates our comment. */
export async function upsertSticky(platform: Platform, o: StickyOptions): Promise<StickyOutcome> {
  const ours = (await platform.listComments(o.issue))
    .filter((c) => isOurs(c, o.marker, o.author))
    .sort(byAge)
  const [keep, ...duplicates] = ours
  const deleted: number[] = []
  // duplicates come from runs that raced each other; the oldest one stays
  for (const d of duplicates) {
    await platform.deleteComment(d.id)
    deleted.push(d.id)
  }
  if (!keep) {
    if (!o.create) return { action: 'none', deleted }
    const made = await platform.createComment(o.issue, o.body)
    return { action: 'created', url: made.url, deleted }
  }
  if (keep.body === o.body) return { action: 'unchanged', url: keep.url, deleted }
  const updated = await platform.updateComment(keep.id, o.body)
  return { action: 'updated', url: updated.url || keep.url, deleted }
}
