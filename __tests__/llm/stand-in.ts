// A loopback stand-in for an OpenAI-compatible chat-completions endpoint (127.0.0.1 only), for the
// model writer's tests. Every request is checked: method POST, path `<base>/chat/completions`, a
// JSON body that fits the request schema in ./chat-completions-request.schema.json (written by us
// from the public API reference). A request that does not is recorded as a violation and answered
// 400; tests assert there are none. What the stand-in answers is scripted per request: a chat
// completion with given text, an error status with headers (429 with retry-after, 500), a body
// that is not JSON, or any of these after a delay.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Ajv } from 'ajv'

export type Reply =
  | { answer: string; finish?: string }
  | { status: number; headers?: Record<string, string>; json?: unknown }
  | { raw: string; contentType: string; status?: number }
  | { delayMs: number; then: Reply }

export interface Recorded {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: unknown
  /** ms since the stand-in started */
  at: number
}

/** Decides the reply to the n-th request (0-based), given that request. */
export type Script = (req: Recorded, n: number) => Reply

const schema = JSON.parse(
  readFileSync(path.resolve('__tests__/llm/chat-completions-request.schema.json'), 'utf8')
) as object
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

/** The text of the last user message of a request (what the writer asked last). */
export function lastUser(req: Recorded): string {
  const messages = (req.body as { messages?: { role: string; content: string }[] }).messages ?? []
  return [...messages].reverse().find((m) => m.role === 'user')?.content ?? ''
}

/** The channel id a first request names (`Channel: LinkedIn (linkedin).`). */
export function channelOf(req: Recorded): string {
  const messages = (req.body as { messages?: { role: string; content: string }[] }).messages ?? []
  const first = messages.find((m) => m.role === 'user')?.content ?? ''
  return /^Channel: .* \(([a-z0-9-]+)\)\./m.exec(first)?.[1] ?? ''
}

/** True for a repair request (the conversation holds an earlier answer). */
export function isRepair(req: Recorded): boolean {
  const messages = (req.body as { messages?: { role: string }[] }).messages ?? []
  return messages.some((m) => m.role === 'assistant')
}

function completion(model: string, content: string, finish = 'stop'): unknown {
  return {
    id: 'chatcmpl-standin',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finish }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }
  }
}

export class StandInModel {
  readonly requests: Recorded[] = []
  readonly violations: string[] = []
  private server: http.Server | undefined
  private readonly started = Date.now()
  private readonly timers = new Set<NodeJS.Timeout>()

  private constructor(public script: Script) {}

  /** Base URL to configure as the endpoint (`…/v1`). */
  url = ''

  static async start(script: Script): Promise<StandInModel> {
    const s = new StandInModel(script)
    s.server = http.createServer((req, res) => s.handle(req, res))
    await new Promise<void>((resolve) => s.server!.listen(0, '127.0.0.1', resolve))
    const { port } = s.server.address() as AddressInfo
    s.url = `http://127.0.0.1:${port}/v1`
    return s
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        body = text
      }
      const rec: Recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        at: Date.now() - this.started
      }
      const n = this.requests.length
      this.requests.push(rec)
      const problems: string[] = []
      if (rec.method !== 'POST') problems.push(`method ${rec.method}`)
      if (rec.path !== '/v1/chat/completions') problems.push(`path ${rec.path}`)
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        problems.push(`content-type ${req.headers['content-type'] ?? '(none)'}`)
      }
      if (!validate(body)) {
        for (const e of validate.errors ?? []) problems.push(`body${e.instancePath} ${e.message}`)
      }
      if (problems.length > 0) {
        this.violations.push(`request ${n}: ${problems.join('; ')}`)
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: { message: problems.join('; ') } }))
        return
      }
      const model = (body as { model: string }).model
      this.reply(res, this.script(rec, n), model)
    })
  }

  private reply(res: http.ServerResponse, r: Reply, model: string): void {
    if ('delayMs' in r) {
      const t = setTimeout(() => {
        this.timers.delete(t)
        if (!res.destroyed) this.reply(res, r.then, model)
      }, r.delayMs)
      this.timers.add(t)
      return
    }
    if ('answer' in r) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(completion(model, r.answer, r.finish)))
      return
    }
    if ('raw' in r) {
      res.writeHead(r.status ?? 200, { 'content-type': r.contentType })
      res.end(r.raw)
      return
    }
    res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers })
    res.end(JSON.stringify(r.json ?? { error: { message: `status ${r.status}` } }))
  }
}
