// Every GitHub API side effect of the action, behind one interface so the logic above it can be
// tested with a fake (see __fixtures__/platform.ts). `GitHubPlatform` is the real thing.
import type { ActionOctokit } from './client.js'
import type { PullFile } from './affected.js'

export interface IssueComment {
  id: number
  body: string
  /** login of the author; '' when GitHub reports none (deleted account) */
  author: string
  createdAt: string
  url: string
  /** GraphQL node ID (for minimizing), when GitHub gives one */
  nodeId?: string
}

export interface ReleaseAsset {
  id: number
  name: string
}

export interface Platform {
  /**
   * every comment of an issue or pull request, all pages, oldest first; with `since` (ISO time)
   * only those updated at or after it
   */
  listComments(issue: number, since?: string): Promise<IssueComment[]>
  createComment(issue: number, body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<IssueComment>
  deleteComment(id: number): Promise<void>
  /** collapses a comment as resolved (GraphQL `minimizeComment`) */
  minimizeComment(nodeId: string): Promise<void>
  /** shows a collapsed comment again (GraphQL `unminimizeComment`) */
  unminimizeComment(nodeId: string): Promise<void>
  /** every changed file of a pull request, all pages */
  listPullFiles(pull: number): Promise<PullFile[]>
  /** head commit of a pull request */
  pullHeadSha(pull: number): Promise<string>
  /** login of the account the token belongs to (`GET /user`; refused for installation tokens) */
  tokenLogin(): Promise<string>
  listReleaseAssets(releaseId: number): Promise<ReleaseAsset[]>
  deleteReleaseAsset(id: number): Promise<void>
  /** uploads to an absolute upload URL (see release.ts), returns the asset's download URL */
  uploadReleaseAsset(
    url: string,
    name: string,
    content: string,
    contentType: string
  ): Promise<string>
}

interface RawComment {
  id: number
  node_id?: string
  body?: string | null
  user?: { login?: string } | null
  created_at: string
  html_url: string
}

/** Refuses an answer that is not the list of objects a list endpoint promises (never echoing it). */
function listOf<T>(what: string, data: unknown, ok: (x: Record<string, unknown>) => boolean): T[] {
  const good =
    Array.isArray(data) &&
    data.every((x) => x !== null && typeof x === 'object' && ok(x as Record<string, unknown>))
  if (!good)
    throw new Error(`${what}: unexpected answer from the API (not a list of the expected objects)`)
  return data as T[]
}

function comment(c: RawComment): IssueComment {
  const out: IssueComment = {
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? '',
    createdAt: c.created_at,
    url: c.html_url
  }
  if (c.node_id) out.nodeId = c.node_id
  return out
}

const MINIMIZE = `mutation minimize($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) {
    minimizedComment { isMinimized }
  }
}`

const UNMINIMIZE = `mutation unminimize($id: ID!) {
  unminimizeComment(input: { subjectId: $id }) {
    unminimizedComment { isMinimized }
  }
}`

export class GitHubPlatform implements Platform {
  constructor(
    private readonly octokit: ActionOctokit,
    private readonly repo: { owner: string; repo: string }
  ) {}

  async listComments(issue: number, since?: string): Promise<IssueComment[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issue,
      ...(since ? { since } : {}),
      per_page: 100
    })
    const list = listOf<RawComment>(
      `GET issues/${issue}/comments`,
      all,
      (c) => typeof c['id'] === 'number'
    )
    return list.map(comment)
  }

  async createComment(issue: number, body: string): Promise<IssueComment> {
    const r = await this.octokit.rest.issues.createComment({
      ...this.repo,
      issue_number: issue,
      body
    })
    return comment(r.data)
  }

  async updateComment(id: number, body: string): Promise<IssueComment> {
    const r = await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body })
    return comment(r.data)
  }

  async deleteComment(id: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({ ...this.repo, comment_id: id })
  }

  async minimizeComment(nodeId: string): Promise<void> {
    await this.octokit.graphql(MINIMIZE, { id: nodeId })
  }

  async unminimizeComment(nodeId: string): Promise<void> {
    await this.octokit.graphql(UNMINIMIZE, { id: nodeId })
  }

  async listPullFiles(pull: number): Promise<PullFile[]> {
    const all = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      ...this.repo,
      pull_number: pull,
      per_page: 100
    })
    listOf(`GET pulls/${pull}/files`, all, (f) => typeof f['filename'] === 'string')
    return all.map((f) => {
      const out: PullFile = { filename: f.filename, status: f.status }
      if (typeof f.patch === 'string') out.patch = f.patch
      if (f.previous_filename) out.previous_filename = f.previous_filename
      return out
    })
  }

  async pullHeadSha(pull: number): Promise<string> {
    const r = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: pull })
    return r.data.head.sha
  }

  async tokenLogin(): Promise<string> {
    const r = await this.octokit.rest.users.getAuthenticated()
    return r.data.login
  }

  async listReleaseAssets(releaseId: number): Promise<ReleaseAsset[]> {
    const all = await this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, {
      ...this.repo,
      release_id: releaseId,
      per_page: 100
    })
    listOf(`GET releases/${releaseId}/assets`, all, (a) => typeof a['id'] === 'number')
    return all.map((a) => ({ id: a.id, name: a.name }))
  }

  async deleteReleaseAsset(id: number): Promise<void> {
    await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: id })
  }

  async uploadReleaseAsset(
    url: string,
    name: string,
    content: string,
    contentType: string
  ): Promise<string> {
    const data = Buffer.from(content, 'utf8')
    const r = await this.octokit.request({
      method: 'POST',
      url,
      name,
      data,
      headers: { 'content-type': contentType, 'content-length': data.length }
    })
    return String((r.data as { browser_download_url?: string }).browser_download_url ?? '')
  }
}
