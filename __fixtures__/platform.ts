// An in-memory Platform for unit tests: comments by any author, PR files, release assets, and a
// log of every write so tests can assert what was (not) done.
import type { PullFile } from '../src/github/affected.js'
import type { IssueComment, Platform, ReleaseAsset } from '../src/github/platform.js'

export class FakePlatform implements Platform {
  comments: (IssueComment & { issue: number; updatedAt: string })[] = []
  files = new Map<number, PullFile[]>()
  heads = new Map<number, string>()
  assets: ReleaseAsset[] = []
  uploads: { url: string; name: string; content: string }[] = []
  writes: string[] = []
  /** login `GET /user` answers with; undefined = refused like an installation token */
  login?: string
  /** the login new comments are written as */
  actingAs = 'github-actions[bot]'
  private next = 1
  private clock = 0

  add(issue: number, author: string, body: string): IssueComment {
    const c = {
      id: this.next++,
      issue,
      author,
      body,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, this.clock)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, this.clock++)).toISOString(),
      url: `https://github.com/o/r/pull/${issue}#issuecomment-${this.next - 1}`,
      nodeId: `IC_${this.next - 1}`
    }
    this.comments.push(c)
    return c
  }

  async listComments(issue: number, since?: string): Promise<IssueComment[]> {
    return this.comments
      .filter((c) => c.issue === issue && (since === undefined || c.updatedAt >= since))
      .map(({ updatedAt: _updated, ...c }) => ({ ...c }))
  }

  async createComment(issue: number, body: string): Promise<IssueComment> {
    this.writes.push(`create #${issue}`)
    return this.add(issue, this.actingAs, body)
  }

  async updateComment(id: number, body: string): Promise<IssueComment> {
    this.writes.push(`update ${id}`)
    const c = this.comments.find((x) => x.id === id)
    if (!c) throw Object.assign(new Error('Not Found'), { status: 404 })
    c.body = body
    c.updatedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, this.clock++)).toISOString()
    const { updatedAt: _updated, ...shown } = c
    return shown
  }

  async deleteComment(id: number): Promise<void> {
    this.writes.push(`delete ${id}`)
    this.comments = this.comments.filter((c) => c.id !== id)
  }

  minimized = new Set<string>()

  async minimizeComment(nodeId: string): Promise<void> {
    this.writes.push(`minimize ${nodeId}`)
    this.minimized.add(nodeId)
  }

  async unminimizeComment(nodeId: string): Promise<void> {
    this.writes.push(`unminimize ${nodeId}`)
    this.minimized.delete(nodeId)
  }

  async listPullFiles(pull: number): Promise<PullFile[]> {
    return this.files.get(pull) ?? []
  }

  async pullHeadSha(pull: number): Promise<string> {
    return this.heads.get(pull) ?? ''
  }

  async tokenLogin(): Promise<string> {
    if (this.login === undefined) {
      throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
    }
    return this.login
  }

  async listReleaseAssets(): Promise<ReleaseAsset[]> {
    return [...this.assets]
  }

  async deleteReleaseAsset(id: number): Promise<void> {
    this.writes.push(`delete asset ${id}`)
    this.assets = this.assets.filter((a) => a.id !== id)
  }

  async uploadReleaseAsset(url: string, name: string, content: string): Promise<string> {
    this.writes.push(`upload ${name}`)
    this.uploads.push({ url, name, content })
    return `https://github.com/o/r/releases/download/v1/${name}`
  }
}
