// A minimal loopback stand-in for the handful of GitHub REST calls the action makes on a pull
// request (files, comments, the PR itself), counting every request. The e2e server
// (__tests__/e2e/server.ts) validates against the OpenAPI description but is TypeScript; the
// benchmark only needs answers and counts, so this one stays small and plain JS.
import http from 'node:http'

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

/**
 * `files`: the PR's changed files (`{ filename, status }`); `comments`: comments already on the
 * PR (`{ body, user }`), e.g. to measure paging.
 */
export async function startServer({
  owner = 'Codertocat',
  repo = 'Hello-World',
  files = [],
  comments = []
} = {}) {
  const state = {
    files,
    // seeded comments are old; comments written through the API are dated now (as on GitHub)
    comments: comments.map((c, i) => ({
      id: 1000 + i,
      user: BOT,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      ...c
    })),
    nextId: 5000
  }
  /** every request: method, path (without query), status */
  const log = []
  const base = `/repos/${owner}/${repo}`
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const method = req.method ?? 'GET'
      const send = (status, json, headers = {}) => {
        log.push({ method, path: url.pathname, status })
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        res.end(json === undefined ? '' : JSON.stringify(json))
      }
      const page = (items) => {
        const per = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
        const n = Math.max(1, Number(url.searchParams.get('page') ?? 1))
        const last = Math.max(1, Math.ceil(items.length / per))
        const headers = {}
        if (n < last) {
          const next = new URL(url)
          next.host = req.headers.host ?? 'localhost'
          next.searchParams.set('page', String(n + 1))
          next.searchParams.set('per_page', String(per))
          const lastUrl = new URL(next)
          lastUrl.searchParams.set('page', String(last))
          headers.link = `<${next}>; rel="next", <${lastUrl}>; rel="last"`
        }
        send(200, items.slice((n - 1) * per, n * per), headers)
      }
      const p = url.pathname
      let m
      if (method === 'GET' && (m = new RegExp(`^${base}/pulls/(\\d+)/files$`).exec(p))) {
        return page(
          state.files.map((f, i) => ({
            sha: `${i}`.padStart(40, '0'),
            additions: 1,
            deletions: 0,
            changes: 1,
            ...f
          }))
        )
      }
      if (method === 'GET' && (m = new RegExp(`^${base}/pulls/(\\d+)$`).exec(p))) {
        return send(200, {
          number: Number(m[1]),
          head: { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' }
        })
      }
      if (method === 'GET' && (m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(p))) {
        const since = url.searchParams.get('since')
        return page(since ? state.comments.filter((c) => c.updated_at >= since) : state.comments)
      }
      if (method === 'POST' && (m = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(p))) {
        const now = new Date().toISOString()
        const c = {
          id: state.nextId++,
          user: BOT,
          body: JSON.parse(body || '{}').body ?? '',
          created_at: now,
          updated_at: now
        }
        state.comments.push(c)
        return send(201, {
          ...c,
          html_url: `https://github.com/${owner}/${repo}/pull/${m[1]}#issuecomment-${c.id}`
        })
      }
      if ((m = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(p))) {
        const i = state.comments.findIndex((c) => c.id === Number(m[1]))
        if (i < 0) return send(404, { message: 'Not Found' })
        if (method === 'PATCH') {
          state.comments[i] = {
            ...state.comments[i],
            body: JSON.parse(body || '{}').body ?? '',
            updated_at: new Date().toISOString()
          }
          return send(200, {
            ...state.comments[i],
            html_url: `https://github.com/${owner}/${repo}/pull/1#issuecomment-${m[1]}`
          })
        }
        if (method === 'DELETE') {
          state.comments.splice(i, 1)
          return send(204)
        }
      }
      if (method === 'GET' && p === '/user') {
        return send(403, { message: 'Resource not accessible by integration' })
      }
      send(404, { message: `bench server: no route for ${method} ${p}` })
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    log,
    reset: () => (log.length = 0),
    close: () => new Promise((resolve) => server.close(resolve))
  }
}
