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

/** Ours on the issue (updated since `since`, when given), oldest first. */
async function listOurs(
  platform: Platform,
  o: StickyOptions,
  since?: string
): Promise<IssueComment[]> {
  return (await platform.listComments(o.issue, since))
    .filter((c) => isOurs(c, o.marker, o.author))
    .sort(byAge)
}

/**
 * Deletes duplicates; one that is already gone (a racing run deleted it, or our own earlier try
 * did and its answer was lost) counts as deleted.
 */
async function deleteAll(platform: Platform, comments: IssueComment[]): Promise<number[]> {
  const deleted: number[] = []
  for (const d of comments) {
    try {
      await platform.deleteComment(d.id)
    } catch (e) {
      if ((e as { status?: number }).status !== 404) throw e
    }
    deleted.push(d.id)
  }
  return deleted
}

/**
 * The second line of a comment we minimized (`clean-comment: hide`). Content can never forge it:
 * neutralized text holds no `<!--` (see src/report/sanitize.ts).
 */
export const HIDDEN_LINE = '<!-- tutorial-amplifier:hidden -->'

const wasHidden = (body: string): boolean => body.split('\n', 2)[1]?.trim() === HIDDEN_LINE

/** Keeps `keep` (the oldest of ours) with our body, writing only when it differs. */
async function keepWithBody(
  platform: Platform,
  keep: IssueComment,
  o: StickyOptions,
  deleted: number[]
): Promise<StickyOutcome> {
  if (keep.body === o.body) return { action: 'unchanged', url: keep.url, deleted }
  const updated = await platform.updateComment(keep.id, o.body)
  // findings again after we hid the comment: show it again
  if (wasHidden(keep.body) && !wasHidden(o.body) && keep.nodeId) {
    await platform.unminimizeComment(keep.nodeId)
  }
  return { action: 'updated', url: updated.url || keep.url, deleted }
}

/**
 * `clean-comment: delete | hide` once a pull request has no findings: deletes our comments, or
 * gives the oldest the clean body (marked hidden) and minimizes it, deleting duplicates. Never
 * creates a comment. Returns the IDs of the comments deleted or hidden.
 */
export async function removeSticky(
  platform: Platform,
  o: StickyOptions,
  how: 'delete' | 'hide'
): Promise<number[]> {
  const [keep, ...duplicates] = await listOurs(platform, o)
  if (!keep) return []
  if (how === 'delete') return deleteAll(platform, [keep, ...duplicates])
  await deleteAll(platform, duplicates)
  const nl = o.body.indexOf('\n')
  const body =
    nl < 0
      ? `${o.body}\n${HIDDEN_LINE}`
      : `${o.body.slice(0, nl)}\n${HIDDEN_LINE}${o.body.slice(nl)}`
  if (keep.body !== body) {
    await platform.updateComment(keep.id, body)
    if (keep.nodeId) await platform.minimizeComment(keep.nodeId)
  }
  return [keep.id]
}

/** Racing runs create their comments within moments of each other; five minutes is ample. */
const RACE_WINDOW_MS = 5 * 60 * 1000

function sinceBefore(createdAt: string): string | undefined {
  const t = Date.parse(createdAt)
  return Number.isNaN(t) ? undefined : new Date(t - RACE_WINDOW_MS).toISOString()
}

/** Creates, updates (only when the body differs) and de-duplicates our comment. */
export async function upsertSticky(platform: Platform, o: StickyOptions): Promise<StickyOutcome> {
  const [keep, ...duplicates] = await listOurs(platform, o)
  // duplicates come from runs that raced each other; the oldest one stays
  const deleted = await deleteAll(platform, duplicates)
  if (keep) return keepWithBody(platform, keep, o, deleted)
  if (!o.create) return { action: 'none', deleted }
  const made = await platform.createComment(o.issue, o.body)
  // Another run may have created one too since we listed, or a retried create whose first answer
  // was lost may have made two. Look again: the oldest stays (with our body), the rest go, ours
  // included. Of two racing runs, the one listing last sees both comments, so one is left.
  // Only comments touched around our own creation can be such duplicates: asking for those
  // (`since`, in GitHub's own clock) keeps this to one page however long the thread is.
  const [oldest, ...others] = await listOurs(platform, o, sinceBefore(made.createdAt))
  deleted.push(...(await deleteAll(platform, others)))
  if (!oldest || oldest.id === made.id) return { action: 'created', url: made.url, deleted }
  return keepWithBody(platform, oldest, o, deleted)
}
