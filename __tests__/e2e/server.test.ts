// The loopback API must itself be strict, or "zero violations" in the end-to-end tests means nothing.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FakeGitHub } from './server.js'

const TOKEN = 'ghs_defaultinstallationtoken000000000000'
let gh: FakeGitHub

beforeEach(async () => {
  gh = await FakeGitHub.start('o/r')
})

afterEach(async () => {
  await gh.close()
})

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
) {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: {
      authorization: `token ${TOKEN}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {})
  })
  const text = await res.text()
  return {
    status: res.status,
    link: res.headers.get('link'),
    data: text ? JSON.parse(text) : undefined
  }
}

describe('FakeGitHub validation', () => {
  it.each([
    ['GET', '/repos/o/r/no-such-thing', undefined, /no operation GET/],
    ['GET', '/repos/o/r/issues/abc/comments', undefined, /path parameter issue_number="abc"/],
    ['GET', '/repos/o/r/issues/1/comments?per_page=many', undefined, /query parameter per_page/],
    [
      'GET',
      '/repos/o/r/issues/1/comments?colour=red',
      undefined,
      /unknown query parameter "colour"/
    ],
    ['POST', '/repos/o/r/issues/1/comments', { text: 'hi' }, /must have required property 'body'/],
    ['POST', '/repos/o/r/issues/1/comments', { body: 7 }, /must be string/],
    ['PATCH', '/repos/o/r/issues/comments/1', undefined, /requires a request body/],
    ['POST', '/repos/o/r/releases/1/assets?name=a.md', 'x', /no operation POST/] // not on the API host
  ])('%s %s is a violation', async (method, path, body, reason) => {
    const r = await call(method, path, body)
    expect(r.status).toBe(400)
    expect(gh.violations).toHaveLength(1)
    expect(gh.violations[0]!.reason).toMatch(reason)
  })

  it('requires the name of an uploaded asset', async () => {
    const r = await fetch(`${gh.url}/uploads/repos/o/r/releases/1/assets`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'text/markdown' },
      body: 'x'
    })
    expect(r.status).toBe(400)
    expect(gh.violations[0]!.reason).toMatch(/required query parameter "name"/)
  })

  it('pages lists with Link headers, honouring per_page', async () => {
    for (let i = 0; i < 5; i++) gh.addComment(1, 'someone', `c${i}`)
    const first = await call('GET', '/repos/o/r/issues/1/comments?per_page=2')
    expect(first.data.map((c: { body: string }) => c.body)).toEqual(['c0', 'c1'])
    expect(first.link).toContain('page=2>; rel="next"')
    expect(first.link).toContain('page=3>; rel="last"')
    const last = await call('GET', '/repos/o/r/issues/1/comments?per_page=2&page=3')
    expect(last.data.map((c: { body: string }) => c.body)).toEqual(['c4'])
    expect(last.link).not.toContain('rel="next"')
    expect(gh.violations).toEqual([])
  })

  it('refuses GET /user to installation tokens and serves scripted faults once', async () => {
    expect((await call('GET', '/user')).status).toBe(403)
    gh.fault('issues/list-comments', { status: 502 })
    expect((await call('GET', '/repos/o/r/issues/1/comments')).status).toBe(502)
    expect((await call('GET', '/repos/o/r/issues/1/comments')).status).toBe(200)
    expect(gh.violations).toEqual([])
  })
})
