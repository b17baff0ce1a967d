// Shell: the chat-completions client behind the model writer's port, on the official `openai`
// package (any OpenAI-compatible endpoint via `baseURL`: GitHub Models, Ollama, vLLM, …).
//
// The package retries timeouts, 408/409/429 and 5xx itself (`maxRetries`), waiting as `retry-after`
// / `retry-after-ms` ask, else with exponential backoff. We add: a wait the server asks for beyond
// MAX_RETRY_AFTER_SECONDS is not waited (the request fails as rate-limited at once); an answer that
// is not a chat completion with text (invalid JSON, no choices, empty content, cut off) is asked for
// again up to MALFORMED_RETRIES times. Every failure becomes a `Fault` whose message is one line
// without the key, the answer text or a stack trace.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai'
import { SEED } from './prompt.js'
import type { ChatMessage, Completion, Fault, ModelPort } from './types.js'

/** Retries of the `openai` client for timeouts, 429 and 5xx (so at most 3 requests per answer). */
export const MAX_RETRIES = 2
/** Requests for another answer when one is malformed. */
export const MALFORMED_RETRIES = 2
/** The longest `retry-after` we wait; a server asking for more is treated as refusing for now. */
export const MAX_RETRY_AFTER_SECONDS = 60

/** The environment variables a key is read from, in order. */
export const KEY_VARIABLES = ['TUTORIAL_AMPLIFIER_LLM_KEY', 'GITHUB_TOKEN'] as const

/** The key for the endpoint: `TUTORIAL_AMPLIFIER_LLM_KEY`, else `GITHUB_TOKEN`, else `fallback`. */
export function modelKey(
  env: Record<string, string | undefined>,
  fallback?: string
): string | undefined {
  for (const name of KEY_VARIABLES) {
    const v = env[name]?.trim()
    if (v) return v
  }
  return fallback?.trim() || undefined
}

export interface ClientOptions {
  endpoint: string
  model: string
  /** undefined: no Authorization header at all (a local server) */
  key?: string
  timeoutSeconds: number
  /** injected by tests; default: the global fetch */
  fetch?: typeof fetch
}

function retryAfterSeconds(h: Headers): number | undefined {
  const ms = h.get('retry-after-ms')
  if (ms && Number.isFinite(Number(ms))) return Number(ms) / 1000
  const v = h.get('retry-after')
  if (!v) return undefined
  const s = Number(v)
  if (Number.isFinite(s)) return s
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : (at - Date.now()) / 1000
}

/** Removes the key (and anything after "Bearer") from a text that is about to be shown. */
function redact(text: string, key: string | undefined): string {
  let out = text.replace(/Bearer\s+\S+/gi, 'Bearer ***')
  if (key) out = out.split(key).join('***')
  return out
}

function oneLine(text: string, key: string | undefined, max = 200): string {
  const line = redact(text, key).replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** The fault a failed request (after the client's retries) stands for. */
export function faultOf(e: unknown, key: string | undefined, timeoutSeconds: number): Fault {
  if (e instanceof APIConnectionTimeoutError) {
    return {
      kind: 'timeout',
      message: `no answer within ${timeoutSeconds} s (${MAX_RETRIES + 1} tries)`
    }
  }
  if (e instanceof APIConnectionError) {
    const cause = (e as { cause?: { cause?: { code?: string }; code?: string } }).cause
    const code = cause?.cause?.code ?? cause?.code
    return {
      kind: 'unreachable',
      message: `endpoint unreachable${code ? ` (${code})` : ''}`
    }
  }
  if (e instanceof APIError && typeof e.status === 'number') {
    const detail = oneLine(
      (e.error as { message?: unknown } | undefined)?.message?.toString() ?? '',
      key
    )
    const status = `HTTP ${e.status}${detail ? `: ${detail}` : ''}`
    if (e.status === 429) return { kind: 'rate-limit', message: `rate limited (${status})` }
    if (e.status >= 500) return { kind: 'server', message: `server error (${status})` }
    return { kind: 'refused', message: `request refused (${status})` }
  }
  if (e instanceof SyntaxError) return { kind: 'malformed', message: 'the answer is not JSON' }
  const name = e instanceof Error ? e.name : 'Error'
  return {
    kind: 'malformed',
    message: `${name}: ${oneLine(String((e as Error)?.message ?? e), key)}`
  }
}

/** The text of a chat completion, or what is wrong with it. */
export function completionText(body: unknown): { text: string } | { problem: string } {
  if (typeof body !== 'object' || body === null)
    return { problem: 'the answer is not a JSON object' }
  const choices = (body as { choices?: unknown }).choices
  if (!Array.isArray(choices) || choices.length === 0)
    return { problem: 'the answer has no choices' }
  const choice = choices[0] as { message?: { content?: unknown }; finish_reason?: unknown }
  const content = choice?.message?.content
  if (typeof content !== 'string' || content.trim() === '') {
    return { problem: 'the answer has no text' }
  }
  if (choice.finish_reason === 'length') return { problem: 'the answer was cut off (length)' }
  if (choice.finish_reason === 'content_filter') {
    return { problem: 'the answer was withheld by a content filter' }
  }
  return { text: content }
}

/** The model port over HTTP. */
export class ChatClient implements ModelPort {
  #requests = 0
  readonly #client: OpenAI
  readonly #opts: ClientOptions

  constructor(opts: ClientOptions) {
    this.#opts = opts
    const base = opts.fetch ?? fetch
    const counting: typeof fetch = async (input, init) => {
      this.#requests++
      let res: Response
      try {
        res = await base(input, init)
      } catch (e) {
        // the client's timeout aborts the request: say so in an error of this realm (a fetch from
        // another realm, as under a test runner's VM, throws a DOMException the client misreads)
        if (init?.signal?.aborted)
          throw Object.assign(new Error('request timed out'), { name: 'AbortError' })
        throw e
      }
      const wait =
        res.status === 429 || res.status >= 500 ? retryAfterSeconds(res.headers) : undefined
      if (wait !== undefined && wait > MAX_RETRY_AFTER_SECONDS) {
        // asked to wait longer than we will: fail now instead of retrying
        const headers = new Headers(res.headers)
        headers.set('x-should-retry', 'false')
        return new Response(res.body, { status: res.status, statusText: res.statusText, headers })
      }
      return res
    }
    this.#client = new OpenAI({
      // never the OPENAI_* environment variables: only what the config and our variables say
      apiKey: opts.key ?? 'none',
      baseURL: opts.endpoint.replace(/\/+$/, ''),
      organization: null,
      project: null,
      timeout: Math.round(opts.timeoutSeconds * 1000),
      maxRetries: MAX_RETRIES,
      fetch: counting,
      logLevel: 'off',
      ...(opts.key === undefined ? { defaultHeaders: { Authorization: null } } : {})
    })
  }

  get requests(): number {
    return this.#requests
  }

  async complete(messages: readonly ChatMessage[]): Promise<Completion> {
    let problem = ''
    for (let attempt = 0; attempt <= MALFORMED_RETRIES; attempt++) {
      let body: unknown
      try {
        body = await this.#client.chat.completions.create({
          model: this.#opts.model,
          messages: messages.map((m) => ({ role: m.role, content: m.content })),
          temperature: 0,
          seed: SEED
        })
      } catch (e) {
        const fault = faultOf(e, this.#opts.key, this.#opts.timeoutSeconds)
        if (fault.kind !== 'malformed') return { ok: false, fault }
        problem = fault.message
        continue
      }
      const r = completionText(body)
      if ('text' in r) return { ok: true, content: r.text }
      problem = r.problem
    }
    return {
      ok: false,
      fault: { kind: 'malformed', message: `${problem} (${MALFORMED_RETRIES + 1} tries)` }
    }
  }
}
