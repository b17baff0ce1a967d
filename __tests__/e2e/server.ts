// A loopback stand-in for the GitHub REST API, for the end-to-end tests. Every request is checked
// against GitHub's own OpenAPI description (@octokit/openapi): the method and path must name an
// operation, path and query parameters must fit their schemas, required ones must be there, and a
// JSON body must fit the operation's request-body schema. A request that does not is recorded as a
// violation and answered 400; the tests assert there are none. Answers come from in-memory state:
// issue comments, pull request files, pull requests, release assets and the token's user.
// Faults (scripted statuses and headers, delays, dropped connections, cut-off bodies) and holds
// (requests parked until several have arrived, to force races) apply only to requests that passed
// validation, so they never hide a violation. Each request reads and changes the state in one
// synchronous step, so concurrent clients see it change atomically.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { validate as validateGraphql } from '@octokit/graphql-schema'
import { Kind, parse as parseGraphql, type OperationDefinitionNode } from 'graphql'

// ---------------------------------------------------------------------------------------------
// The OpenAPI description, loaded once per test file (13 MB).

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any

interface Param {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Json
}

interface Operation {
  id: string
  method: string
  template: string
  regex: RegExp
  pathNames: string[]
  params: Param[]
  body?: { required: boolean; content: Record<string, { schema?: Json }> }
  /** served from the uploads host (the operation has its own `servers`) */
  upload: boolean
  /** literal segments, to try the most specific template first */
  literals: number
}

const SPEC_FILE = path.resolve('node_modules/@octokit/openapi/generated/api.github.com.json')
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head']

let loaded: { operations: Operation[]; ajv: Ajv } | undefined

function refTo(spec: Json, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`)
  return ref
    .slice(2)
    .split('/')
    .reduce((o: Json, k: string) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec)
}

/** Points local `$ref`s at the registered copy of the components (`gh#/components/…`). */
function rebase(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(rebase)
  if (!schema || typeof schema !== 'object') return schema
  const out: Json = {}
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rebase(v)
  }
  return out
}

function load(): { operations: Operation[]; ajv: Ajv } {
  if (loaded) return loaded
  const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8'))
  const operations: Operation[] = []
  for (const [template, item] of Object.entries<Json>(spec.paths)) {
    const shared: Param[] = (item.parameters ?? []).map((p: Json) =>
      p.$ref ? refTo(spec, p.$ref) : p
    )
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      const own: Param[] = (op.parameters ?? []).map((p: Json) =>
        p.$ref ? refTo(spec, p.$ref) : p
      )
      const params = [
        ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
        ...own
      ]
      const pathNames: string[] = []
      const source = template
        .split('/')
        .map((seg) =>
          seg.replace(/\{([^}]+)\}|[^{}]+/g, (m, name?: string) => {
            if (name) {
              pathNames.push(name)
              return '([^/]+)'
            }
            return m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          })
        )
        .join('/')
      const body = op.requestBody?.$ref ? refTo(spec, op.requestBody.$ref) : op.requestBody
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${source}$`),
        pathNames,
        params,
        body: body ? { required: body.required === true, content: body.content ?? {} } : undefined,
        upload: Array.isArray(op.servers) && op.servers.some((s: Json) => /uploads/.test(s.url)),
        literals: template.split('/').filter((s) => s !== '' && !s.includes('{')).length
      })
    }
  }
  operations.sort((a, b) => b.literals - a.literals)
  // OpenAPI 3.0 keywords (nullable, discriminator, example, …) pass with strict: false; `nullable`
  // is understood by Ajv itself. Formats are documentation here, not checked.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: false,
    validateSchema: false
  })
  ajv.addSchema({ $id: 'gh', components: spec.components })
  loaded = { operations, ajv }
  return loaded
}

const compiled = new WeakMap<object, ValidateFunction>()

function validator(ajv: Ajv, schema: Json): ValidateFunction {
  let v = compiled.get(schema)
  if (!v) {
    v = ajv.compile(rebase(schema))
    compiled.set(schema, v)
  }
  return v
}

/** A parameter value (always a string on the wire) as its schema's type, when it can be one. */
function coerce(value: string, schema: Json): unknown {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type
  if (type === 'integer' && /^-?[0-9]+$/.test(value)) return Number(value)
  if (type === 'number' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value)
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

// ---------------------------------------------------------------------------------------------
// State and faults

export interface Violation {
  method: string
  url: string
  reason: string
}

export interface Recorded {
  method: string
  path: string
  query: Record<string, string>
  operation: string
  /** ms since the server started */
  at: number
  /** wall-clock time the request arrived (ms since the epoch), to compare with rate-limit resets */
  time: number
  /** the status answered (or that would have been, when the connection was dropped after it) */
  status: number
  body?: unknown
  /** the request's token, to tell concurrent clients apart */
  token?: string
  /** the connection was dropped: before the request took effect, after it, or inside the body */
  reset?: 'before' | 'after' | 'body'
}

/**
 * What the next call of an operation meets instead of a plain answer. With `status` it is answered
 * with that status and `{ message }` and never takes effect; without, it is served for real, then
 * delayed, dropped or cut off as asked.
 */
export interface Fault {
  status?: number
  message?: string
  /** response headers; a function is called when the answer is sent (for reset times) */
  headers?: Record<string, string | ((now: number) => string)>
  /** hold the answer this long (a served request has already taken effect) */
  delayMs?: number
  /**
   * drop the connection: `before` the request takes effect (ECONNRESET, nothing happened),
   * `after` it took effect (the change is made, the client never hears of it), or in the middle of
   * the answer's `body` (status and headers sent, half the body, then the socket is destroyed)
   */
  reset?: 'before' | 'after' | 'body'
}

interface HoldEntry {
  count: number
  waiting: (() => void)[]
  release(met: boolean): void
}

/** A hold on an operation: its next `count` requests wait until all of them have arrived. */
export interface Hold {
  /** all `count` requests arrived together (false: released by the timeout) */
  readonly met: boolean
}

/** "Today" on the server's clock: where comments written through the API are dated. */
const API_TODAY = Date.parse('2026-06-01T00:00:00Z')

export interface StoredComment {
  id: number
  issue: number
  body: string
  login: string
  createdAt: string
  updatedAt: string
}

export interface StoredFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  patch?: string
  previous_filename?: string
}

export interface TokenInfo {
  login: string
  /** an installation token (GITHUB_TOKEN): GET /user is refused */
  installation: boolean
  /** a fork PR's token: every write is refused with 403 */
  readOnly?: boolean
}

export const SECONDARY_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes.'
export const NOT_ACCESSIBLE = 'Resource not accessible by integration'

export class FakeGitHub {
  readonly violations: Violation[] = []
  readonly requests: Recorded[] = []
  readonly comments: StoredComment[] = []
  readonly pullFiles = new Map<number, StoredFile[]>()
  readonly pulls = new Map<number, { headSha: string }>()
  readonly assets = new Map<number, { id: number; name: string; size: number; content: string }[]>()
  readonly tokens = new Map<string, TokenInfo>()
  /** IDs of comments minimized through GraphQL */
  readonly minimized = new Set<number>()
  private readonly faults = new Map<string, Fault[]>()
  private readonly holds = new Map<string, HoldEntry>()
  private nextId = 1000
  private clock = Date.parse('2026-01-01T00:00:00Z')
  /** set while the API handler writes, so the comment is dated "today" (see tick) */
  private viaApi = false
  private readonly started = Date.now()
  private server?: http.Server
  url = ''

  constructor(readonly repo = 'octo-org/octo-repo') {
    this.tokens.set('ghs_defaultinstallationtoken000000000000', {
      login: 'github-actions[bot]',
      installation: true
    })
  }

  static async start(repo?: string): Promise<FakeGitHub> {
    load()
    const gh = new FakeGitHub(repo)
    gh.server = http.createServer((req, res) => void gh.handle(req, res))
    await new Promise<void>((resolve) => gh.server!.listen(0, '127.0.0.1', resolve))
    gh.url = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`
    return gh
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  /** Queues scripted answers for the next calls of an operation (by operationId). */
  fault(operation: string, ...faults: Fault[]): void {
    this.faults.set(operation, [...(this.faults.get(operation) ?? []), ...faults])
  }

  /** Faults still queued for an operation (0 when every scripted fault was met). */
  pendingFaults(operation: string): number {
    return this.faults.get(operation)?.length ?? 0
  }

  /**
   * Parks the next `count` requests of an operation until all of them have arrived, then serves
   * them in arrival order: concurrent clients all read the state as it was before any of them
   * wrote. After `timeoutMs` the parked requests are served anyway and the hold is not `met`.
   */
  hold(operation: string, count: number, timeoutMs = 15000): Hold {
    const state = { met: false }
    const entry: HoldEntry = {
      count,
      waiting: [],
      release: (met: boolean) => {
        clearTimeout(timer)
        if (this.holds.get(operation) === entry) this.holds.delete(operation)
        state.met = met
        for (const go of entry.waiting.splice(0)) go()
      }
    }
    const timer = setTimeout(() => entry.release(false), timeoutMs)
    timer.unref()
    this.holds.set(operation, entry)
    return state
  }

  /** A comment as if written earlier by `login`. */
  addComment(issue: number, login: string, body: string): StoredComment {
    const at = this.tick(this.viaApi)
    const c = { id: this.nextId++, issue, body, login, createdAt: at, updatedAt: at }
    this.comments.push(c)
    return c
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  /** Requests of one operation, in order. */
  calls(operation: string): Recorded[] {
    return this.requests.filter((r) => r.operation === operation)
  }

  /**
   * The server's clock: one second per comment. Writes through the API happen "today", long after
   * the history a test seeds with addComment(), as on a real pull request with older comments.
   */
  private tick(viaApi = false): string {
    this.clock = Math.max(this.clock + 1000, viaApi ? API_TODAY : 0)
    return new Date(this.clock).toISOString()
  }

  // -------------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', this.url)
    const method = (req.method ?? 'GET').toUpperCase()
    const now = Date.now()
    const record: Recorded = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operation: '',
      at: now - this.started,
      time: now,
      status: 0
    }
    this.requests.push(record)
    let fault: Fault | undefined
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status
      const text = data === undefined ? '' : JSON.stringify(data)
      const scripted = Object.fromEntries(
        Object.entries(fault?.headers ?? {}).map(([k, v]) => [
          k,
          typeof v === 'function' ? v(Date.now()) : v
        ])
      )
      const head = {
        ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...headers,
        ...scripted
      }
      const answer = (): void => {
        if (fault?.reset === 'after') {
          record.reset = 'after'
          req.socket.destroy()
          return
        }
        if (fault?.reset === 'body' && text.length > 1) {
          // the full length is announced, half the body is sent, then the connection dies
          record.reset = 'body'
          res.writeHead(status, { ...head, 'content-length': String(Buffer.byteLength(text)) })
          res.write(text.slice(0, Math.floor(text.length / 2)), () => res.destroy())
          return
        }
        res.writeHead(status, head)
        res.end(text)
      }
      if (fault?.delayMs) setTimeout(answer, fault.delayMs)
      else answer()
    }
    const violation = (reason: string): void => {
      this.violations.push({ method, url: `${url.pathname}${url.search}`, reason })
      fault = undefined // a violation is always answered plainly
      send(400, { message: `request does not match the OpenAPI description: ${reason}` })
    }

    if (method === 'POST' && url.pathname === '/graphql') {
      const answer = this.graphql(raw, req.headers, record)
      if ('reason' in answer) return violation(answer.reason)
      return send(200, answer.data)
    }

    const checked = this.check(method, url, req.headers, raw)
    if ('reason' in checked) return violation(checked.reason)
    const { op, params, body } = checked
    record.operation = op.id
    record.body = body

    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')
    const token = auth ? this.tokens.get(auth[1]!) : undefined
    if (!token) return send(401, { message: 'Bad credentials' })
    record.token = auth![1]

    const hold = this.holds.get(op.id)
    if (hold) {
      await new Promise<void>((resolve) => {
        hold.waiting.push(resolve)
        if (hold.waiting.length >= hold.count) hold.release(true)
      })
    }

    fault = this.faults.get(op.id)?.shift()
    if (fault?.reset === 'before') {
      record.reset = 'before'
      req.socket.destroy()
      return
    }
    if (fault?.status !== undefined) {
      return send(fault.status, { message: fault.message ?? http.STATUS_CODES[fault.status] })
    }
    if (token.readOnly && method !== 'GET') return send(403, { message: NOT_ACCESSIBLE })
    try {
      const [status, data, headers] = this.answer(op, params, url, body, raw, token, req.headers)
      send(status, data, headers)
    } catch (e) {
      violation((e as Error).message)
    }
  }

  /**
   * GitHub's GraphQL endpoint, for the two mutations the action sends. The document is validated
   * against GitHub's published schema (@octokit/graphql-schema); variables must be given for
   * every declared variable; the subject must be a comment the token may change.
   */
  private graphql(
    raw: Buffer,
    headers: http.IncomingHttpHeaders,
    record: Recorded
  ): { data: unknown } | { reason: string } {
    const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== 'application/json') return { reason: `graphql: content type "${type}"` }
    let body: Json
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      return { reason: 'graphql: request body is not JSON' }
    }
    if (typeof body?.query !== 'string') return { reason: 'graphql: no query' }
    const errors = validateGraphql(body.query)
    if (errors.length > 0) return { reason: `graphql: ${errors.map((e) => e.message).join('; ')}` }
    const doc = parseGraphql(body.query)
    const ops = doc.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION
    )
    if (ops.length !== 1 || ops[0]!.operation !== 'mutation') {
      return { reason: 'graphql: expected exactly one mutation' }
    }
    const op = ops[0]!
    const vars: Json = body.variables ?? {}
    for (const v of op.variableDefinitions ?? []) {
      if (!(v.variable.name.value in vars)) {
        return { reason: `graphql: variable $${v.variable.name.value} not given` }
      }
    }
    const field = op.selectionSet.selections[0]
    if (op.selectionSet.selections.length !== 1 || field?.kind !== Kind.FIELD) {
      return { reason: 'graphql: expected one mutation field' }
    }
    const name = field.name.value
    record.operation = `graphql/${name}`
    record.body = body
    const auth = /^(?:token|bearer) (.+)$/i.exec(headers.authorization ?? '')
    const token = auth ? this.tokens.get(auth[1]!) : undefined
    if (!token) return { data: { message: 'Bad credentials' } }
    record.token = auth![1]
    const input = field.arguments?.find((a) => a.name.value === 'input')
    if (!input || input.value.kind !== Kind.OBJECT)
      return { reason: `graphql: ${name} without input` }
    const subject = input.value.fields.find((f) => f.name.value === 'subjectId')?.value
    const id =
      subject?.kind === Kind.VARIABLE
        ? vars[subject.name.value]
        : subject?.kind === Kind.STRING
          ? subject.value
          : undefined
    const comment = this.comments.find((c) => `IC_${c.id}` === id)
    if (!comment) {
      return {
        data: {
          data: null,
          errors: [
            {
              type: 'NOT_FOUND',
              message: `Could not resolve to a node with the global id of '${id}'`
            }
          ]
        }
      }
    }
    if (comment.login !== token.login || token.readOnly) {
      return {
        data: {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]
        }
      }
    }
    if (name === 'minimizeComment') {
      const classifier = input.value.fields.find((f) => f.name.value === 'classifier')?.value
      if (!classifier) return { reason: 'graphql: minimizeComment without a classifier' }
      this.minimized.add(comment.id)
      return { data: { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } } }
    }
    if (name === 'unminimizeComment') {
      this.minimized.delete(comment.id)
      return {
        data: { data: { unminimizeComment: { unminimizedComment: { isMinimized: false } } } }
      }
    }
    return { reason: `graphql: mutation ${name} is valid but not served by this fake` }
  }

  /** Matches a request to an operation and validates it; returns the reason when it does not fit. */
  private check(
    method: string,
    url: URL,
    headers: http.IncomingHttpHeaders,
    raw: Buffer
  ): { op: Operation; params: Record<string, unknown>; body?: unknown } | { reason: string } {
    const { operations, ajv } = load()
    const uploads = url.pathname.startsWith('/uploads/')
    const pathname = uploads ? url.pathname.slice('/uploads'.length) : url.pathname
    let match: { op: Operation; values: string[] } | undefined
    for (const op of operations) {
      if (op.method !== method || op.upload !== uploads) continue
      const m = op.regex.exec(pathname)
      if (m) {
        match = { op, values: m.slice(1) }
        break
      }
    }
    if (!match)
      return {
        reason: `no operation ${method} ${pathname}${uploads ? ' on the uploads host' : ''}`
      }
    const { op, values } = match
    const params: Record<string, unknown> = {}
    for (const [i, name] of op.pathNames.entries()) {
      const p = op.params.find((x) => x.in === 'path' && x.name === name)
      const value = coerce(decodeURIComponent(values[i]!), p?.schema)
      if (p?.schema && !validator(ajv, p.schema)(value)) {
        return {
          reason: `path parameter ${name}="${values[i]}" does not fit ${JSON.stringify(p.schema)}`
        }
      }
      params[name] = value
    }
    for (const key of url.searchParams.keys()) {
      const p = op.params.find((x) => x.in === 'query' && x.name === key)
      if (!p) return { reason: `unknown query parameter "${key}" for ${op.id}` }
      const value = coerce(url.searchParams.get(key)!, p.schema)
      if (p.schema && !validator(ajv, p.schema)(value)) {
        return {
          reason: `query parameter ${key}="${url.searchParams.get(key)}" does not fit ${JSON.stringify(p.schema)}`
        }
      }
      params[key] = value
    }
    for (const p of op.params) {
      if (p.in === 'query' && p.required && !url.searchParams.has(p.name)) {
        return { reason: `required query parameter "${p.name}" missing for ${op.id}` }
      }
    }
    const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    if (!op.body) {
      if (raw.length > 0) return { reason: `${op.id} takes no request body` }
      return { op, params }
    }
    if (raw.length === 0) {
      if (op.body.required) return { reason: `${op.id} requires a request body` }
      return { op, params }
    }
    const media =
      op.body.content[type] ?? (op.upload ? Object.values(op.body.content)[0] : undefined)
    if (!media) return { reason: `content type "${type}" not accepted by ${op.id}` }
    if (type !== 'application/json') {
      // binary upload: the declared length must be the real one
      if (Number(headers['content-length']) !== raw.length) {
        return {
          reason: `content-length ${headers['content-length']} is not the body's ${raw.length} bytes`
        }
      }
      return { op, params, body: raw.toString('utf8') }
    }
    let body: unknown
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      return { reason: `${op.id}: request body is not JSON` }
    }
    if (media.schema) {
      const v = validator(ajv, media.schema)
      if (!v(body)) return { reason: `${op.id}: body ${ajv.errorsText(v.errors)}` }
    }
    return { op, params, body }
  }

  private commentJson(c: StoredComment): Json {
    const [owner, repo] = this.repo.split('/')
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${c.issue}`,
      body: c.body,
      user: {
        login: c.login,
        id: c.login.length,
        type: c.login.endsWith('[bot]') ? 'Bot' : 'User'
      },
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE'
    }
  }

  /** One page of a list, with GitHub's Link header. */
  private page<T>(all: T[], url: URL): [T[], Record<string, string>] {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)))
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = (p: number): string => {
      const u = new URL(url.toString())
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(p))
      return u.toString()
    }
    const rels: string[] = []
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`)
    return [
      all.slice((page - 1) * perPage, page * perPage),
      rels.length ? { link: rels.join(', ') } : {}
    ]
  }

  private answer(
    op: Operation,
    params: Record<string, unknown>,
    url: URL,
    body: Json,
    _raw: Buffer,
    token: TokenInfo,
    headers: http.IncomingHttpHeaders
  ): [number, unknown?, Record<string, string>?] {
    const [owner, repo] = this.repo.split('/')
    if (
      'owner' in params &&
      (String(params.owner).toLowerCase() !== owner!.toLowerCase() ||
        String(params.repo).toLowerCase() !== repo!.toLowerCase())
    ) {
      return [404, { message: 'Not Found' }]
    }
    switch (op.id) {
      case 'users/get-authenticated':
        if (token.installation) return [403, { message: NOT_ACCESSIBLE }]
        return [200, { login: token.login, id: 7, type: 'User' }]
      case 'issues/list-comments': {
        // `since`: only comments updated at or after that time, as GitHub does
        const since = new URL(url, 'http://x').searchParams.get('since')
        const all = this.commentsOn(Number(params.issue_number))
          .filter((c) => since === null || c.updatedAt >= new Date(since).toISOString())
          .map((c) => this.commentJson(c))
        const [items, h] = this.page(all, url)
        return [200, items, h]
      }
      case 'issues/create-comment': {
        if (body.body.length > 65536)
          return [
            422,
            {
              message: 'Validation Failed',
              errors: [
                {
                  code: 'custom',
                  field: 'body',
                  message: 'body is too long (maximum is 65536 characters)'
                }
              ]
            }
          ]
        this.viaApi = true
        const c = this.addComment(Number(params.issue_number), token.login, body.body)
        this.viaApi = false
        return [201, this.commentJson(c)]
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === params.comment_id)
        if (!c) return [404, { message: 'Not Found' }]
        if (body.body.length > 65536) return [422, { message: 'Validation Failed' }]
        if (c.login !== token.login)
          return [403, { message: 'Must have admin rights to Repository.' }]
        c.body = body.body
        c.updatedAt = this.tick(true)
        return [200, this.commentJson(c)]
      }
      case 'issues/delete-comment': {
        const i = this.comments.findIndex((x) => x.id === params.comment_id)
        if (i < 0) return [404, { message: 'Not Found' }]
        if (this.comments[i]!.login !== token.login)
          return [403, { message: 'Must have admin rights to Repository.' }]
        this.comments.splice(i, 1)
        return [204]
      }
      case 'pulls/list-files': {
        const files = this.pullFiles.get(Number(params.pull_number))
        if (!files) return [404, { message: 'Not Found' }]
        const all = files.map((f, i) => ({
          sha: `${i}`.padStart(40, '0'),
          filename: f.filename,
          status: f.status,
          additions: 1,
          deletions: 1,
          changes: 2,
          blob_url: `https://github.com/${this.repo}/blob/x/${f.filename}`,
          raw_url: `https://github.com/${this.repo}/raw/x/${f.filename}`,
          contents_url: `${this.url}/repos/${this.repo}/contents/${f.filename}`,
          ...(f.patch !== undefined ? { patch: f.patch } : {}),
          ...(f.previous_filename ? { previous_filename: f.previous_filename } : {})
        }))
        const [items, h] = this.page(all, url)
        return [200, items, h]
      }
      case 'pulls/get': {
        const p = this.pulls.get(Number(params.pull_number))
        if (!p) return [404, { message: 'Not Found' }]
        return [
          200,
          { number: params.pull_number, state: 'open', head: { sha: p.headSha, ref: 'topic' } }
        ]
      }
      case 'repos/list-release-assets': {
        const list = this.assets.get(Number(params.release_id)) ?? []
        const [items, h] = this.page(
          list.map((a) => ({ id: a.id, name: a.name, size: a.size, state: 'uploaded' })),
          url
        )
        return [200, items, h]
      }
      case 'repos/delete-release-asset': {
        for (const list of this.assets.values()) {
          const i = list.findIndex((a) => a.id === params.asset_id)
          if (i >= 0) {
            list.splice(i, 1)
            return [204]
          }
        }
        return [404, { message: 'Not Found' }]
      }
      case 'repos/upload-release-asset': {
        const id = Number(params.release_id)
        const list = this.assets.get(id) ?? []
        const name = String(params.name)
        if (list.some((a) => a.name === name)) {
          return [
            422,
            {
              message: 'Validation Failed',
              errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]
            }
          ]
        }
        const content = String(body ?? '')
        const asset = { id: this.nextId++, name, size: Buffer.byteLength(content), content }
        list.push(asset)
        this.assets.set(id, list)
        return [
          201,
          {
            id: asset.id,
            name,
            size: asset.size,
            state: 'uploaded',
            content_type: headers['content-type'],
            browser_download_url: `https://github.com/${this.repo}/releases/download/v1/${name}`
          }
        ]
      }
      default:
        throw new Error(`operation ${op.id} is valid but not served by this fake`)
    }
  }
}
