// The REST client: @octokit/rest with the retry and throttling plugins, pointed at GITHUB_API_URL
// (GitHub Enterprise Server included). Server errors are retried with short growing delays; rate
// limits are waited out as `retry-after` says, a few times; client errors are never retried.
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'

/**
 * A 429 the throttling plugin does not recognise — no "secondary rate limit" in its message and
 * no `x-ratelimit-remaining: 0`, as a proxy in front of GitHub Enterprise Server may send it with
 * only `retry-after` — is named a secondary rate limit, so the throttling plugin waits as
 * `retry-after` says (or a minute without it, as GitHub's documentation asks) and tries again,
 * like any other rate limit. Registered before the throttling plugin, whose hook wraps this one.
 */
export function tooManyRequests(octokit: Pick<Octokit, 'hook'>): void {
  octokit.hook.error('request', (error) => {
    if ('status' in error && error.status === 429) {
      const remaining = error.response?.headers['x-ratelimit-remaining']
      if (!/\bsecondary rate\b/i.test(error.message) && remaining !== '0') {
        error.message = `secondary rate limit (429 Too Many Requests): ${error.message}`
      }
    }
    throw error
  })
}

export const ActionOctokit = Octokit.plugin(retry, tooManyRequests, throttling)
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

/** Origins the token may be sent to: the API's, and on github.com its upload host. */
export function tokenOrigins(baseUrl: string): Set<string> {
  const api = new URL(baseUrl)
  const origins = new Set([api.origin])
  if (api.hostname === 'api.github.com') origins.add(`${api.protocol}//uploads.github.com`)
  return origins
}

function hasAuth(init?: RequestInit): boolean {
  const h = init?.headers
  if (!h) return false
  if (h instanceof Headers) return h.has('authorization')
  if (Array.isArray(h)) return h.some((pair) => String(pair[0]).toLowerCase() === 'authorization')
  return Object.keys(h).some((k) => k.toLowerCase() === 'authorization')
}

/**
 * fetch for Octokit, guarding what goes out and what comes back:
 * - a request carrying the token goes only to `origins` (a `Link: rel="next"` or an upload URL
 *   pointing elsewhere is refused, naming the request, never sent);
 * - each answer is read whole before Octokit sees it, so a connection cut off mid-body fails the
 *   request (a retryable error) instead of reaching the JSON parser as an empty body, which
 *   pagination would take for an empty list;
 * - a JSON answer that does not parse fails with the request's method and URL, not the body.
 */
export function guardedFetch(origins: ReadonlySet<string>) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const what = `${init?.method ?? 'GET'} ${url.origin}${url.pathname}`
    if (hasAuth(init) && !origins.has(url.origin)) {
      throw new Error(`${what}: refused, the token is only sent to ${[...origins].join(', ')}`)
    }
    const res = await fetch(input, init)
    const body = await res.arrayBuffer()
    const type = res.headers.get('content-type') ?? ''
    if (/json/i.test(type) && body.byteLength > 0 && !NULL_BODY_STATUS.has(res.status)) {
      try {
        JSON.parse(new TextDecoder().decode(body))
      } catch {
        throw new Error(`${what}: the answer (status ${res.status}) is not valid JSON; cut off?`)
      }
    }
    return new Response(NULL_BODY_STATUS.has(res.status) ? null : body, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers
    })
  }
}

/** `guardedFetch` without an origin restriction (requests without a token). */
export const fetchWhole = guardedFetch(new Set())

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
    request: { fetch: guardedFetch(tokenOrigins(opts.baseUrl)) },
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
