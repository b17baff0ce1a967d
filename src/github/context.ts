// The run's event context, read from the variables the runner sets. It has the shape of
// @actions/github's `context` (eventName, payload, repo, runId, serverUrl, apiUrl), so either can be
// handed to `decideMode`; reading it ourselves keeps a second HTTP stack out of the bundle and
// happens only when `run()` asks for it, never at import time.
import { readFileSync } from 'node:fs'
import { UsageError } from '../errors.js'

/** The webhook payload, loosely typed: only the fields we read are checked where we read them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Payload = Record<string, any>

export interface ActionContext {
  eventName: string
  payload: Payload
  repo: { owner: string; repo: string }
  runId: number
  serverUrl: string
  apiUrl: string
}

type Env = Record<string, string | undefined>

function readPayload(file: string | undefined): Payload {
  if (!file) return {}
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    throw new UsageError(
      `cannot read the event payload GITHUB_EVENT_PATH (${(e as NodeJS.ErrnoException).code ?? 'error'})`
    )
  }
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? (parsed as Payload) : {}
  } catch {
    throw new UsageError('the event payload GITHUB_EVENT_PATH is not JSON')
  }
}

function repoOf(env: Env, payload: Payload): { owner: string; repo: string } {
  const full = env.GITHUB_REPOSITORY ?? payload.repository?.full_name
  const m = typeof full === 'string' ? /^([^/\s]+)\/([^/\s]+)$/.exec(full) : null
  if (!m) throw new UsageError('GITHUB_REPOSITORY is not set to "owner/repo"')
  return { owner: m[1]!, repo: m[2]! }
}

const trimSlash = (u: string): string => u.replace(/\/+$/, '')

export function contextFromEnv(env: Env = process.env): ActionContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: repoOf(env, payload),
    runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10),
    serverUrl: trimSlash(env.GITHUB_SERVER_URL || 'https://github.com'),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com')
  }
}
