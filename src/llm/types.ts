// Types of the model-backed writer: its configuration, the port through which it asks a model (the
// shell implements it in ./client.ts), and what it reports per channel. Pure types only.

/** `writer:` in the config, after defaults and command-line/action overrides. */
export interface WriterConfig {
  kind: 'deterministic' | 'llm'
  /** base URL of an OpenAI-compatible API; requests go to `{endpoint}/chat/completions` */
  endpoint: string
  model: string
  /** repair requests after the first answer (default 2: at most 3 requests per channel) */
  maxRounds: number
  /** per HTTP request */
  timeoutSeconds: number
  /** ids of the channels a model writes (default: every channel of the combined draft) */
  channels: string[]
}

export const DEFAULT_ENDPOINT = 'https://models.github.ai/inference'
export const DEFAULT_MODEL = 'openai/gpt-4.1-mini'

export function defaultWriterConfig(): WriterConfig {
  return {
    kind: 'deterministic',
    endpoint: DEFAULT_ENDPOINT,
    model: DEFAULT_MODEL,
    maxRounds: 2,
    timeoutSeconds: 60,
    channels: []
  }
}

/** Model names we accept: what providers use (`openai/gpt-4.1-mini`, `llama3.2:3b`), nothing else. */
export const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$/

/** One chat message as the chat-completions API takes it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

/** Why a request gave no usable answer. */
export type FaultKind =
  /** no answer within the timeout, after the client's retries */
  | 'timeout'
  /** 429 after the client's retries (each waited as `retry-after` asked) */
  | 'rate-limit'
  /** 5xx after the client's retries */
  | 'server'
  /** an answer that is not a chat completion with text, after our retries */
  | 'malformed'
  /** no connection at all */
  | 'unreachable'
  /** 4xx other than 429: key, permission, model name, request */
  | 'refused'

export interface Fault {
  kind: FaultKind
  /** one line, safe to print: no key, no stack, no answer text */
  message: string
}

export type Completion = { ok: true; content: string } | { ok: false; fault: Fault }

/** How the writer asks a model; the shell's implementation counts the HTTP requests it sends. */
export interface ModelPort {
  complete(messages: readonly ChatMessage[]): Promise<Completion>
  /** HTTP requests sent so far (retries included) */
  readonly requests: number
}

/** A guard or support finding on an answer, its line counted within the answer. */
export interface Finding {
  rule: string
  severity: 'error' | 'warning'
  message: string
  line: number
}

export type ChannelSource = 'llm' | 'fallback' | 'deterministic'

/** What happened to one channel of one draft (reported in JSON, comment, summary, draft file). */
export interface ChannelReport {
  /** channel id */
  name: string
  source: ChannelSource
  /** repair requests made (0 = the first answer passed) */
  rounds: number
  /** why it fell back: the last answer's findings (empty for llm/deterministic) */
  findings: Finding[]
  /** the fault that made it fall back, when a request failed rather than the guard */
  fault?: Fault
  /** the answer came from the committed draft: inputs unchanged, no request made */
  cached?: boolean
}

/** The writer's report for one draft (`writer` in `generate --format json`). */
export interface WriterReport {
  kind: 'deterministic' | 'llm'
  /** the model asked (null for the deterministic writer) */
  model: string | null
  /** HTTP requests sent for this draft, retries included */
  requests: number
  channels: ChannelReport[]
}
