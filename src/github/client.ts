// The REST client: @octokit/rest with the retry and throttling plugins, pointed at GITHUB_API_URL
// (GitHub Enterprise Server included). Server errors are retried with short growing delays; rate
// limits are waited out as `retry-after` says, a few times; client errors are never retried.
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'

export const ActionOctokit = Octokit.plugin(retry, throttling)
export type ActionOctokit = InstanceType<typeof ActionOctokit>

/** Client errors retrying cannot fix (403 rate limits are the throttling plugin's, 429 too). */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/** How often a rate-limited request is tried again before giving up. */
export const RATE_LIMIT_RETRIES = 3

/**
 * Multiplier for every retry and rate-limit delay. Test-only: the end-to-end tests set
 * TUTORIAL_AMPLIFIER_RETRY_SCALE=0.01 so a `retry-after: 3` waits 30 ms. Default 1.
 */
export function retryScale(env: Record<string, string | undefined> = process.env): number {
  const v = Number(env.TUTORIAL_AMPLIFIER_RETRY_SCALE)
  return Number.isFinite(v) && v > 0 && v <= 1 ? v : 1
}

const NULL_BODY_STATUS = new Set([101, 204, 205, 304])

/**
 * fetch that reads each answer whole before Octokit sees it. A connection cut off mid-body then
 * fails the request (Octokit turns that into a retryable error) instead of reaching the JSON
 * parser as an empty body, which pagination would take for an empty list.
 */
export async function fetchWhole(
  input: string | URL | Request,
  init?: RequestInit
): Promise<Response> {
  const res = await fetch(input, init)
  const body = await res.arrayBuffer()
  return new Response(NULL_BODY_STATUS.has(res.status) ? null : body, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers
  })
}

export interface ClientLog {
  info(message: string): void
  warning(message: string): void
}

export function createOctokit(
  token: string,
  opts: { baseUrl: string; log: ClientLog; scale?: number }
): ActionOctokit {
  const scale = opts.scale ?? 1
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number
    ) => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim()
      if (retryCount < RATE_LIMIT_RETRIES) {
        opts.log.info(`${kind} rate limit on ${what}: retrying after ${retryAfter} s`)
        return true
      }
      opts.log.warning(`${kind} rate limit on ${what}: giving up after ${retryCount} retries`)
      return false
    }
  return new ActionOctokit({
    auth: token === '' ? undefined : token,
    baseUrl: opts.baseUrl,
    userAgent: 'tutorial-amplifier',
    request: { fetch: fetchWhole },
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => opts.log.warning(m),
      error: () => {}
    },
    // server errors: waits of 0.5 s, 2 s and 4.5 s ((n + 1)² × base)
    retry: { doNotRetry: DO_NOT_RETRY, retries: 3, retryAfterBaseValue: 500 * scale },
    throttle: {
      retryAfterBaseValue: 1000 * scale,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary')
    }
  })
}
