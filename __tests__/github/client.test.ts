// API answers are hostile input too (issue 14, item 13): the real Octokit client (createOctokit:
// retry, throttling, guardedFetch) and GitHubPlatform against loopback servers that answer
// wrongly. Nothing here reaches the network.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from '@jest/globals'
import { createOctokit } from '../../src/github/client.js'
import { ACTIONS_BOT, upsertSticky } from '../../src/github/comment.js'
import { GitHubPlatform } from '../../src/github/platform.js'

const TOKEN = 'ghs_test0000000000000000000000000000'
const REPO = { owner: 'o', repo: 'r' }
const MARKER = '<!-- tutorial-amplifier:default -->'

interface Seen {
  method: string
  url: string
  auth: string | undefined
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, base: string) => void

const servers: http.Server[] = []

/** A loopback server; every request it sees is recorded in `seen`. */
async function serve(handler: Handler): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = []
  let base = ''
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization })
    req.resume()
    req.on('end', () => handler(req, res, base))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, seen }
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve())))
  )
})

const client = (base: string) => {
  const log = { info: () => {}, warning: () => {} }
  return createOctokit(TOKEN, { baseUrl: base, log, scale: 0.001 })
}

const json = (res: http.ServerResponse, status: number, body: string, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(body)
}

const comment = (id: number, body: string) => ({
  id,
  body,
  user: { login: ACTIONS_BOT },
  created_at: '2026-01-01T00:00:00Z',
  html_url: `https://github.example/o/r/pull/5#issuecomment-${id}`
})

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (e) {
    return e as Error
  }
  throw new Error('expected the request to fail')
}

describe('API answers', () => {
  it('cut-off JSON fails naming the request, never echoing the body', async () => {
    const secretish = 'body-text-that-must-not-appear'
    const { base } = await serve((_req, res) => json(res, 200, `[{"id": 1, "body": "${secretish}`))
    const err = await rejection(new GitHubPlatform(client(base), REPO).listComments(5))
    expect(err.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/repos\/o\/r\/issues\/5\/comments/)
    expect(err.message).toMatch(/not valid JSON/)
    expect(err.message).not.toContain(secretish)
    expect(err.message).not.toMatch(/Cannot use 'in' operator/)
  })

  it('a 200 with an object instead of a list is an error, not "no comments": no sticky comment is created', async () => {
    const { base, seen } = await serve((req, res) => {
      if (req.method === 'GET')
        json(res, 200, JSON.stringify({ message: 'answer-text-from-the-server' }))
      else json(res, 201, JSON.stringify(comment(99, 'created')))
    })
    const platform = new GitHubPlatform(client(base), REPO)
    const err = await rejection(
      upsertSticky(platform, {
        issue: 5,
        marker: MARKER,
        author: ACTIONS_BOT,
        body: `${MARKER}\nreport`,
        create: true
      })
    )
    expect(err.message).toMatch(/GET issues\/5\/comments: unexpected answer from the API/)
    expect(err.message).not.toContain('answer-text-from-the-server')
    expect(seen.filter((s) => s.method === 'POST')).toEqual([])
  })

  it('a Link rel="next" to another origin never receives the token', async () => {
    const other = await serve((_req, res) => json(res, 200, JSON.stringify([comment(2, 'stolen')])))
    const api = await serve((_req, res) =>
      json(res, 200, JSON.stringify([comment(1, `${MARKER}\nours`)]), {
        link: `<${other.base}/repos/o/r/issues/5/comments?page=2>; rel="next"`
      })
    )
    const err = await rejection(new GitHubPlatform(client(api.base), REPO).listComments(5))
    expect(err.message).toMatch(/refused, the token is only sent to/)
    expect(err.message).toContain(other.base)
    expect(api.seen.map((s) => s.auth)).toEqual([`token ${TOKEN}`])
    expect(other.seen).toEqual([])
  })

  it('follows a Link rel="next" on the API origin with the token', async () => {
    const api = await serve((req, res, base) => {
      if ((req.url ?? '').includes('page=2')) json(res, 200, JSON.stringify([comment(2, 'two')]))
      else
        json(res, 200, JSON.stringify([comment(1, 'one')]), {
          link: `<${base}/repos/o/r/issues/5/comments?page=2>; rel="next"`
        })
    })
    const list = await new GitHubPlatform(client(api.base), REPO).listComments(5)
    expect(list.map((c) => c.id)).toEqual([1, 2])
    expect(api.seen.map((s) => s.auth)).toEqual([`token ${TOKEN}`, `token ${TOKEN}`])
  })
})
