// Fault injection: dist/index.js run as a runner runs it, against the OpenAPI-checking loopback
// API (../e2e/server.ts) made to misbehave — 5xx bursts, primary and secondary rate limits,
// dropped connections, cut-off bodies, slow answers, and two runs racing on one pull request.
// Every case asserts what a user would see (exit code, the one sticky comment and its body, the
// outputs, workflow commands) and exactly which requests reached the server, with no violation.
// The tests run concurrently, each against its own server: most of their time is spent waiting.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { markerFor } from '../../src/report/comment.js'
import {
  BUNDLE,
  eventFile,
  makeWorkspace,
  REPOSITORY,
  runAction,
  TOKEN,
  type RunResult
} from '../e2e/harness.js'
import { FakeGitHub, SECONDARY_LIMIT, type Fault, type StoredFile } from '../e2e/server.js'

const MARKER = markerFor('default')
const BOT = 'github-actions[bot]'
const PR = 2 // the number in the pull_request example payload
/** A second installation token acting as the same bot, to tell two concurrent runs apart. */
const TOKEN_B = 'ghs_secondinstallationtoken0000000000000'

/** A one-line change in the small tutorial: one tutorial affected, one comment expected. */
const change: StoredFile = {
  filename: 'examples/other-guide/01-query-panels.md',
  status: 'modified',
  patch: '@@ -1,3 +1,3 @@\n # Query panels\n-old\n+new\n context'
}

/** What an undisturbed run produces: the comment body, outputs, summary and warnings. */
let clean: { body: string; outputs: Record<string, string>; summary: string; warnings: string[] }

/** Rate-limit waits taken as the headers say (no scaling), to show they are honoured. */
const UNSCALED = { TUTORIAL_AMPLIFIER_RETRY_SCALE: '1' }

function prepare(gh: FakeGitHub): void {
  gh.pullFiles.set(PR, [change])
  gh.tokens.set(TOKEN_B, { login: BOT, installation: true })
}

async function runPr(
  gh: FakeGitHub,
  o: { env?: Record<string, string>; token?: string } = {}
): Promise<RunResult> {
  return runAction({
    event: 'pull_request',
    payload: eventFile('pull_request.opened'),
    workspace: makeWorkspace(),
    server: gh,
    ...(o.token ? { inputs: { 'github-token': o.token } } : {}),
    ...(o.env ? { env: o.env } : {})
  })
}

/** One fresh server per test (the tests run concurrently); no request may break the OpenAPI description. */
async function withServer(body: (gh: FakeGitHub) => Promise<void>): Promise<void> {
  const gh = await FakeGitHub.start(REPOSITORY)
  prepare(gh)
  try {
    await body(gh)
    expect(gh.violations).toEqual([])
  } finally {
    await gh.close()
  }
}

const ours = (gh: FakeGitHub) =>
  gh.commentsOn(PR).filter((c) => c.login === BOT && c.body.split('\n')[0] === MARKER)

/** Statuses one operation was answered with, in order ('reset' for a dropped connection). */
const statuses = (gh: FakeGitHub, op: string): (number | string)[] =>
  gh.calls(op).map((c) => (c.reset ? `reset-${c.reset}` : c.status))

const burst = (...codes: number[]): Fault[] => codes.map((status) => ({ status }))

/** The run succeeded and left exactly one comment of ours, with the body an undisturbed run writes. */
function expectCleanOutcome(gh: FakeGitHub, r: RunResult): void {
  expect(r.stderr).toBe('')
  expect(r.commands('error')).toEqual([])
  expect(r.code).toBe(0)
  const mine = ours(gh)
  expect(mine).toHaveLength(1)
  expect(mine[0]!.body).toBe(clean.body)
  expect(r.outputs['comment-url']).toBe(
    `https://github.com/${REPOSITORY}/pull/${PR}#issuecomment-${mine[0]!.id}`
  )
  for (const k of ['errors', 'warnings', 'open-questions', 'drafts', 'stale-drafts']) {
    expect([k, r.outputs[k]]).toEqual([k, clean.outputs[k]])
  }
  expect(r.summary).toBe(clean.summary)
}

/** A failed run: one error line, no stack, yet the job summary and the counts are there. */
function expectOneLineFailure(r: RunResult, message: RegExp): void {
  expect(r.code).toBe(1)
  expect(r.commands('error')).toEqual([expect.stringMatching(message)])
  expect(r.stdout).not.toMatch(/\n\s+at /)
  expect(r.stderr).toBe('')
  expect(r.summary).toBe(clean.summary)
  for (const k of ['errors', 'warnings', 'open-questions']) {
    expect([k, r.outputs[k]]).toEqual([k, clean.outputs[k]])
  }
  expect(r.outputs['comment-url']).toBe('')
}

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error('dist/index.js is missing: npx rollup --config rollup.config.js')
  await withServer(async (gh) => {
    const r = await runPr(gh)
    expect(r.code).toBe(0)
    const mine = ours(gh)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.body).toContain('other-guide')
    // the undisturbed run: no retries; after creating, it looks again for a racing run's comment
    expect(gh.requests.map((q) => `${q.operation} ${q.status}`)).toEqual([
      'pulls/list-files 200',
      'issues/list-comments 200',
      'issues/create-comment 201',
      'issues/list-comments 200'
    ])
    expect(r.outputs.errors).toBe('0')
    clean = {
      body: mine[0]!.body,
      outputs: r.outputs,
      summary: r.summary,
      warnings: r.commands('warning')
    }
  })
})

describe('server errors (500, 502, 503)', () => {
  it.concurrent('a burst of three on listing and on creating is retried; one comment', () =>
    withServer(async (gh) => {
      gh.fault('issues/list-comments', ...burst(500, 502, 503))
      gh.fault('issues/create-comment', ...burst(503, 502, 500))

      const r = await runPr(gh)

      expectCleanOutcome(gh, r)
      expect(r.commands('warning')).toEqual(clean.warnings)
      expect(statuses(gh, 'pulls/list-files')).toEqual([200])
      expect(statuses(gh, 'issues/list-comments')).toEqual([500, 502, 503, 200, 200])
      expect(statuses(gh, 'issues/create-comment')).toEqual([503, 502, 500, 201])
      expect(gh.requests).toHaveLength(10)
    })
  )

  it.concurrent(
    'bursts on deleting a duplicate and on updating are retried; the oldest comment stays',
    () =>
      withServer(async (gh) => {
        const oldest = gh.addComment(PR, BOT, `${MARKER}\n\nan outdated report`)
        const dup = gh.addComment(PR, BOT, `${MARKER}\n\na racing run's report`)
        gh.fault('issues/list-comments', ...burst(502, 503))
        gh.fault('issues/delete-comment', ...burst(500))
        gh.fault('issues/update-comment', ...burst(503, 500, 502))

        const r = await runPr(gh)

        expectCleanOutcome(gh, r)
        expect(ours(gh)[0]!.id).toBe(oldest.id)
        expect(statuses(gh, 'issues/list-comments')).toEqual([502, 503, 200])
        expect(statuses(gh, 'issues/delete-comment')).toEqual([500, 204])
        expect(gh.calls('issues/delete-comment').every((c) => c.path.endsWith(`/${dup.id}`))).toBe(
          true
        )
        expect(statuses(gh, 'issues/update-comment')).toEqual([503, 500, 502, 200])
        expect(gh.calls('issues/create-comment')).toHaveLength(0)
        expect(gh.requests).toHaveLength(1 + 3 + 2 + 4)
      })
  )

  it.concurrent('a burst longer than the retry budget fails in one line, after four tries', () =>
    withServer(async (gh) => {
      gh.fault('issues/create-comment', ...burst(502, 503, 500, 503))

      const r = await runPr(gh)

      expectOneLineFailure(
        r,
        /^GitHub API POST http:\/\/127\.0\.0\.1:\d+\/repos\/[^ ]+\/issues\/\d+\/comments failed: 503 Service Unavailable$/
      )
      expect(statuses(gh, 'issues/create-comment')).toEqual([502, 503, 500, 503])
      expect(gh.requests).toHaveLength(1 + 1 + 4)
      expect(gh.comments).toHaveLength(0)
    })
  )
})

describe('rate limits', () => {
  it.concurrent(
    'primary (403 and 429 with x-ratelimit-remaining: 0) waits until the reset time',
    () =>
      withServer(async (gh) => {
        const resets: number[] = []
        const primary = (status: number): Fault => ({
          status,
          message: 'API rate limit exceeded for installation ID 1.',
          headers: {
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-resource': 'core',
            // one second from the moment the answer is sent
            'x-ratelimit-reset': (now) => {
              resets.push(Math.floor(now / 1000) + 1)
              return String(resets.at(-1))
            }
          }
        })
        gh.fault('issues/list-comments', primary(403))
        gh.fault('issues/create-comment', primary(429))

        const r = await runPr(gh, { env: UNSCALED })

        expectCleanOutcome(gh, r)
        expect(r.commands('warning')).toEqual(clean.warnings)
        const lists = gh.calls('issues/list-comments')
        const creates = gh.calls('issues/create-comment')
        expect(lists.map((c) => c.status)).toEqual([403, 200, 200])
        expect(creates.map((c) => c.status)).toEqual([429, 201])
        // repeated only once the window had reset
        expect(lists[1]!.time).toBeGreaterThanOrEqual(resets[0]! * 1000)
        expect(creates[1]!.time).toBeGreaterThanOrEqual(resets[1]! * 1000)
        expect(r.stdout).toMatch(/primary rate limit on GET \S*comments\S*: retrying after \d+ s/)
        expect(r.stdout).toMatch(/primary rate limit on POST \S*comments\S*: retrying after \d+ s/)
        expect(gh.requests).toHaveLength(6)
      })
  )

  it.concurrent('secondary (403 and 429 with retry-after: 1) waits as long as it says', () =>
    withServer(async (gh) => {
      gh.addComment(PR, BOT, `${MARKER}\n\nan outdated report`)
      const secondary = (status: number): Fault => ({
        status,
        message: SECONDARY_LIMIT,
        headers: { 'retry-after': '1' }
      })
      gh.fault('pulls/list-files', secondary(429))
      gh.fault('issues/list-comments', secondary(403))
      gh.fault('issues/update-comment', secondary(403))

      const r = await runPr(gh, { env: UNSCALED })

      expectCleanOutcome(gh, r)
      expect(r.commands('warning')).toEqual(clean.warnings)
      for (const [op, first, then] of [
        ['pulls/list-files', 429, 200],
        ['issues/list-comments', 403, 200],
        ['issues/update-comment', 403, 200]
      ] as const) {
        const calls = gh.calls(op)
        expect([op, calls.map((c) => c.status)]).toEqual([op, [first, then]])
        expect(calls[1]!.time - calls[0]!.time).toBeGreaterThanOrEqual(1000)
      }
      expect(r.stdout.match(/secondary rate limit on \S+ \S+: retrying after 1 s/g)).toHaveLength(3)
      expect(gh.requests).toHaveLength(6)
    })
  )

  // The throttling plugin alone recognises a 429 only by the "secondary rate limit" message or
  // x-ratelimit-remaining: 0; a bare 429 with retry-after (as a proxy in front of GitHub
  // Enterprise may send) is named a secondary limit first (tooManyRequests, src/github/client.ts).
  it.concurrent('a bare 429 with retry-after: 1 is repeated after the wait', () =>
    withServer(async (gh) => {
      gh.fault('issues/create-comment', {
        status: 429,
        message: 'Too Many Requests',
        headers: { 'retry-after': '1' }
      })

      const r = await runPr(gh, { env: UNSCALED })

      const creates = gh.calls('issues/create-comment')
      expect(creates.map((c) => c.status)).toEqual([429, 201])
      expect(creates[1]!.time - creates[0]!.time).toBeGreaterThanOrEqual(1000)
      expectCleanOutcome(gh, r)
    })
  )

  it.concurrent(
    'a secondary limit that outlasts three retries gives up with a warning and one error',
    () =>
      withServer(async (gh) => {
        const limited: Fault = {
          status: 403,
          message: SECONDARY_LIMIT,
          headers: { 'retry-after': '1' }
        }
        gh.fault('issues/create-comment', limited, limited, limited, limited)

        const r = await runPr(gh) // scaled: 1 s becomes 10 ms

        expectOneLineFailure(r, /secondary rate limit/)
        expect(r.commands('warning')).toEqual([
          ...clean.warnings,
          expect.stringMatching(/^secondary rate limit on POST \S+: giving up after 3 retries$/)
        ])
        expect(statuses(gh, 'issues/create-comment')).toEqual([403, 403, 403, 403])
        expect(gh.requests).toHaveLength(1 + 1 + 4)
        expect(gh.comments).toHaveLength(0)
      })
  )
})

describe('dropped connections', () => {
  it.concurrent('resets before the request took effect are retried; one comment', () =>
    withServer(async (gh) => {
      gh.fault('pulls/list-files', { reset: 'before' })
      gh.fault('issues/list-comments', { reset: 'before' }, { reset: 'before' })
      gh.fault('issues/create-comment', { reset: 'before' })

      const r = await runPr(gh)

      expectCleanOutcome(gh, r)
      expect(statuses(gh, 'pulls/list-files')).toEqual(['reset-before', 200])
      expect(statuses(gh, 'issues/list-comments')).toEqual([
        'reset-before',
        'reset-before',
        200,
        200
      ])
      expect(statuses(gh, 'issues/create-comment')).toEqual(['reset-before', 201])
      expect(gh.requests).toHaveLength(8)
    })
  )

  it.concurrent('resets beyond the retry budget fail in one line naming the cause', () =>
    withServer(async (gh) => {
      const reset: Fault = { reset: 'before' }
      gh.fault('issues/list-comments', reset, reset, reset, reset)

      const r = await runPr(gh)

      // the cause as undici words it; which request failed is not said (see the report)
      expectOneLineFailure(
        r,
        /^GitHub API GET \S+\/issues\/\d+\/comments failed: 500 other side closed$/
      )
      expect(statuses(gh, 'issues/list-comments')).toEqual(Array(4).fill('reset-before'))
      expect(gh.calls('issues/create-comment')).toHaveLength(0)
      expect(gh.requests).toHaveLength(1 + 4)
    })
  )

  it.concurrent(
    'a create whose answer is lost (the comment was made) leaves one comment, not two',
    () =>
      withServer(async (gh) => {
        gh.fault('issues/create-comment', { reset: 'after' })

        const r = await runPr(gh)

        expectCleanOutcome(gh, r)
        // the retry made a second comment; the run found it and deleted it, keeping the oldest
        expect(statuses(gh, 'issues/create-comment')).toEqual(['reset-after', 201])
        const [first, second] = gh.calls('issues/create-comment').map((c) => c.time)
        expect(first).toBeLessThan(second!)
        expect(statuses(gh, 'issues/list-comments')).toEqual([200, 200])
        expect(statuses(gh, 'issues/delete-comment')).toEqual([204])
        const deleted = Number(gh.calls('issues/delete-comment')[0]!.path.split('/').at(-1))
        expect(ours(gh)[0]!.id).toBeLessThan(deleted)
        expect(gh.calls('issues/update-comment')).toHaveLength(0) // the kept one has our body
        expect(gh.requests).toHaveLength(1 + 2 + 2 + 1)
      })
  )

  it.concurrent('a delete whose answer is lost (the duplicate is gone) is not a failure', () =>
    withServer(async (gh) => {
      gh.addComment(PR, BOT, `${MARKER}\n\nan outdated report`)
      const dup = gh.addComment(PR, BOT, `${MARKER}\n\na racing run's report`)
      gh.fault('issues/delete-comment', { reset: 'after' })

      const r = await runPr(gh)

      expectCleanOutcome(gh, r)
      expect(gh.comments.some((c) => c.id === dup.id)).toBe(false)
      expect(statuses(gh, 'issues/delete-comment')[0]).toBe('reset-after')
    })
  )

  it.concurrent(
    'a comment list cut off mid-body is asked again and the one old comment updated',
    () =>
      withServer(async (gh) => {
        const mine = gh.addComment(PR, BOT, `${MARKER}\n\nan outdated report`)
        gh.fault('issues/list-comments', { reset: 'body' })

        const r = await runPr(gh)

        expectCleanOutcome(gh, r)
        expect(ours(gh)[0]!.id).toBe(mine.id)
        // The cut-off list is an error and is asked again (see 'cut-off answers' below): the old
        // comment is found and updated, nothing is created.
        expect(statuses(gh, 'issues/list-comments')).toEqual(['reset-body', 200])
        expect(statuses(gh, 'issues/create-comment')).toEqual([])
        expect(statuses(gh, 'issues/update-comment')).toEqual([200])
        expect(gh.requests).toHaveLength(4)
      })
  )
})

describe('cut-off answers', () => {
  // @octokit/request would read a body that breaks off as "" and paginate() would take that for an
  // empty list ("nothing changed"); the client reads every answer whole (fetchWhole), so a cut-off
  // body is an error and is retried.
  it.concurrent('a file list cut off mid-body is retried, not taken for no files', () =>
    withServer(async (gh) => {
      gh.fault('pulls/list-files', { reset: 'body' })

      const r = await runPr(gh)

      expect(statuses(gh, 'pulls/list-files')).toEqual(['reset-body', 200])
      expectCleanOutcome(gh, r)
    })
  )
})

describe('slow answers', () => {
  it.concurrent('answers delayed by one to two seconds: success, one write each', () =>
    withServer(async (gh) => {
      gh.fault('pulls/list-files', { delayMs: 1500 })
      gh.fault('issues/list-comments', { delayMs: 1000 })
      gh.fault('issues/create-comment', { delayMs: 2000 })

      const r = await runPr(gh)

      expectCleanOutcome(gh, r)
      expect(statuses(gh, 'pulls/list-files')).toEqual([200])
      expect(statuses(gh, 'issues/list-comments')).toEqual([200, 200])
      expect(statuses(gh, 'issues/create-comment')).toEqual([201])
      expect(gh.requests).toHaveLength(4)
      expect(gh.pendingFaults('issues/create-comment')).toBe(0)
    })
  )
})

describe('two runs on one pull request at the same time', () => {
  it.concurrent('both find no comment and both create: one comment is left', () =>
    withServer(async (gh) => {
      // both runs' listings are answered only once both have asked: each sees no comment
      const race = gh.hold('issues/list-comments', 2)

      const [a, b] = await Promise.all([runPr(gh), runPr(gh, { token: TOKEN_B })])

      expect(race.met).toBe(true)
      expect(gh.calls('issues/create-comment')).toHaveLength(2)
      expect(new Set(gh.calls('issues/create-comment').map((c) => c.token))).toEqual(
        new Set([TOKEN, TOKEN_B])
      )
      expectCleanOutcome(gh, a)
      expectCleanOutcome(gh, b)
      expect(a.outputs['comment-url']).toBe(b.outputs['comment-url'])
    })
  )

  it.concurrent('both find the same duplicate and both delete it: neither run fails', () =>
    withServer(async (gh) => {
      const oldest = gh.addComment(PR, BOT, `${MARKER}\n\nan outdated report`)
      gh.addComment(PR, BOT, `${MARKER}\n\na racing run's report`)
      const race = gh.hold('issues/list-comments', 2)

      const [a, b] = await Promise.all([runPr(gh), runPr(gh, { token: TOKEN_B })])

      expect(race.met).toBe(true)
      expect(gh.calls('issues/delete-comment')).toHaveLength(2)
      expectCleanOutcome(gh, a)
      expectCleanOutcome(gh, b)
      expect(ours(gh)[0]!.id).toBe(oldest.id)
    })
  )
})
