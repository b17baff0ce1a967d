// End-to-end: dist/index.js run as a runner runs it, against a loopback GitHub API that checks
// every request against GitHub's OpenAPI description. Each test asserts zero violations.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseRegistry } from '../../src/claims/registry.js'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import { markerFor } from '../../src/report/comment.js'
import { readFiles } from '../drafts/load.js'
import { BUNDLE, eventFile, makeWorkspace, REPOSITORY, runAction } from './harness.js'
import { FakeGitHub, NOT_ACCESSIBLE, SECONDARY_LIMIT, type StoredFile } from './server.js'

const MARKER = markerFor('default')
const BOT = 'github-actions[bot]'
const PR = 2 // the number in the pull_request example payload
const DRAFT = 'examples/publication-drafts/tidepool-quickstart.draft.md'

/** A one-line change inside a tutorial chapter (the patch as GitHub reports it). */
const chapterChange: StoredFile = {
  filename: 'examples/tidepool-quickstart/02-local-demo.md',
  status: 'modified',
  patch: '@@ -1,3 +1,3 @@\n # Local demo\n-old line\n+new line\n context'
}

let gh: FakeGitHub

beforeAll(() => {
  if (!existsSync(BUNDLE))
    throw new Error('dist/index.js is missing: npx rollup --config rollup.config.js')
})

beforeEach(async () => {
  gh = await FakeGitHub.start(REPOSITORY)
})

afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

const prEvent = (): string => eventFile('pull_request.opened')

async function runPr(ws: string, extra: Partial<Parameters<typeof runAction>[0]> = {}) {
  return runAction({
    event: 'pull_request',
    payload: prEvent(),
    workspace: ws,
    server: gh,
    ...extra
  })
}

const ours = () => gh.commentsOn(PR).filter((c) => c.login === BOT && c.body.startsWith(MARKER))

describe('pull_request: the sticky comment', () => {
  it('creates one comment on the first run, finding none across every page, and sets the outputs', async () => {
    const ws = makeWorkspace()
    for (let i = 0; i < 130; i++) gh.addComment(PR, `reviewer${i % 3}`, `looks good ${i}`)
    gh.pullFiles.set(PR, [chapterChange])

    // every finding of the affected tutorial, not only those on the changed line
    const r = await runPr(ws, { inputs: { 'filter-mode': 'nofilter' } })

    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const mine = ours()
    expect(mine).toHaveLength(1)
    expect(mine[0]!.body.split('\n')[0]).toBe(MARKER)
    expect(mine[0]!.body).toContain('tidepool-quickstart')
    // all pages were read before deciding to create; the look for racing duplicates after
    // creating asks only for recent comments (`since`): one page
    const pages = gh.calls('issues/list-comments').map((c) => c.query.page ?? '1')
    expect(pages).toEqual(['1', '2', '1'])
    expect(gh.calls('issues/list-comments')[2]!.query.since).toBeDefined()
    expect(r.outputs['comment-url']).toBe(
      `https://github.com/${REPOSITORY}/pull/${PR}#issuecomment-${mine[0]!.id}`
    )
    expect(Number(r.outputs.errors)).toBe(0)
    expect(Number(r.outputs.warnings)).toBeGreaterThan(0)
    expect(Number(r.outputs['open-questions'])).toBeGreaterThan(0)
    expect(JSON.parse(r.outputs.drafts!)).toEqual([]) // not written on pull requests
    expect(r.summary).toContain('Tutorial amplifier')
    // annotations carry file and line
    expect(r.commands('warning').length).toBeGreaterThan(0)
    expect(r.stdout).toMatch(
      /::warning [^\n]*file=examples\/tidepool-quickstart\/[^,]+\.md,line=\d+,col=\d+::/
    )
    // nothing written to the workspace on a pull request
    expect(existsSync(path.join(ws, DRAFT))).toBe(false)
  })

  it('leaves its comment alone when a second run produces the same body', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    expect((await runPr(ws)).code).toBe(0)
    const before = ours()
    expect(before).toHaveLength(1)
    const writesBefore = gh.requests.filter((q) => q.method !== 'GET').length

    const again = await runPr(ws)

    expect(again.code).toBe(0)
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writesBefore)
    expect(ours()).toEqual(before)
    expect(again.outputs['comment-url']).toContain(`issuecomment-${before[0]!.id}`)
  })

  it('updates its comment in place and deletes duplicates left by racing runs, keeping the oldest', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    const oldest = gh.addComment(PR, BOT, `${MARKER}\n\nan outdated report`)
    const racer = gh.addComment(PR, BOT, `${MARKER}\n\nanother outdated report`)

    const r = await runPr(ws)

    expect(r.code).toBe(0)
    const mine = ours()
    expect(mine.map((c) => c.id)).toEqual([oldest.id])
    expect(mine[0]!.body).not.toContain('outdated')
    expect(gh.calls('issues/update-comment')).toHaveLength(1)
    expect(gh.calls('issues/create-comment')).toHaveLength(0)
    expect(gh.calls('issues/delete-comment').map((c) => c.path)).toEqual([
      `/repos/${REPOSITORY}/issues/comments/${racer.id}`
    ])
  })

  it('never touches a comment by another user, even one carrying our marker', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    const forged = gh.addComment(PR, 'mallory', `${MARKER}\n\nplease ignore the real report`)

    const r = await runPr(ws)

    expect(r.code).toBe(0)
    const still = gh.comments.find((c) => c.id === forged.id)
    expect(still?.body).toBe(`${MARKER}\n\nplease ignore the real report`)
    expect(gh.calls('issues/update-comment')).toHaveLength(0)
    expect(gh.calls('issues/delete-comment')).toHaveLength(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.id).not.toBe(forged.id)
  })

  it('keeps comments of another header apart', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    const other = gh.addComment(PR, BOT, `${markerFor('docs-site')}\n\nthe other configuration`)

    const r = await runPr(ws, { inputs: { 'comment-header': 'blog' } })

    expect(r.code).toBe(0)
    expect(gh.comments.find((c) => c.id === other.id)?.body).toContain('the other configuration')
    const blog = gh.commentsOn(PR).filter((c) => c.body.startsWith(markerFor('blog')))
    expect(blog).toHaveLength(1)
  })
})

describe('pull_request: what is affected', () => {
  it('a PR touching only the registry reports on the tutorials citing the changed claim', async () => {
    const ws = makeWorkspace()
    const file = 'examples/claims/limitations.md'
    const lines = readFileSync(path.join(ws, file), 'utf8').split('\n')
    const heading = lines.indexOf('## TP-LIMIT-003')
    const scope = lines.findIndex((l, i) => i > heading && l.startsWith('**Scope:**'))
    expect(heading).toBeGreaterThan(0)
    const changed = '**Scope:** Tidepool v2.3 and v2.4, default Helm values.'
    const old = lines[scope]!
    lines[scope] = changed
    writeFileSync(path.join(ws, file), lines.join('\n'))
    const n = scope + 1 // 1-based
    gh.pullFiles.set(PR, [
      {
        filename: file,
        status: 'modified',
        // the changed line names no ID: the claim is found by its entry's span
        patch: `@@ -${n - 1},3 +${n - 1},3 @@\n ${lines[scope - 1]}\n-${old}\n+${changed}\n ${lines[scope + 1]}`
      }
    ])

    const r = await runPr(ws)

    expect(r.code).toBe(0)
    const mine = ours()
    expect(mine).toHaveLength(1)
    const affectedLine = mine[0]!.body
      .split('\n')
      .find((l) => l.startsWith('Affected by this pull request'))
    expect(affectedLine).toContain('examples/tidepool-quickstart')
    expect(affectedLine).toContain(file)
    expect(affectedLine).not.toContain('other-guide')
  })

  it('reads only the registry it needs: full claim count, duplicates, no findings of uncited entries in untouched files (check has them)', async () => {
    const ws = makeWorkspace()
    // an untouched registry file gains an entry nobody cites that lacks its fields, and a second
    // definition of a claim architecture.md already holds
    const file = path.join(ws, 'examples/claims/compatibility.md')
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n## TP-COMP-099\n\nA note without fields.\n\n## TP-ARCH-001\n\n**Claim:** Written twice.\n**Status:** Verified\n`
    )
    const whole = parseRegistry(readFiles(path.join(ws, 'examples/claims'), ['.md']), {
      claimId: claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)
    })
    expect(whole.diagnostics.some((d) => d.claim === 'TP-COMP-099')).toBe(true)
    gh.pullFiles.set(PR, [chapterChange])

    const r = await runPr(ws, { inputs: { 'filter-mode': 'nofilter' } })

    // the duplicate is an error: the step fails (fail-on: error)
    expect(r.code).toBe(1)
    expect(Number(r.outputs.errors)).toBeGreaterThan(0)
    const body = ours()[0]!.body
    expect(body).toContain(`${whole.claims.length} claims`)
    // the job summary lists every finding of the run: the duplicate is there, the uncited
    // entry's findings are not
    expect(r.summary).toContain('TP-ARCH-001 is defined twice')
    expect(r.summary).not.toContain('TP-COMP-099')
    // `check` reads the whole registry and reports them
    const check = spawnSync(
      process.execPath,
      [path.join(path.dirname(BUNDLE), 'cli.js'), 'check'],
      {
        cwd: ws,
        encoding: 'utf8'
      }
    )
    expect(check.stdout).toContain('TP-COMP-099')
    expect(check.stdout).toContain(`${whole.claims.length} claims`)
  })

  it('a PR touching neither tutorials nor registry posts nothing, and turns an existing comment into a note', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [
      { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'src/index.ts', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' }
    ])

    const first = await runPr(ws)
    expect(first.code).toBe(0)
    expect(gh.calls('issues/create-comment')).toHaveLength(0)
    expect(gh.commentsOn(PR)).toHaveLength(0)
    expect(first.outputs.errors).toBe('0')

    const existing = gh.addComment(PR, BOT, `${MARKER}\n\nan earlier report`)
    const second = await runPr(ws)
    expect(second.code).toBe(0)
    expect(gh.calls('issues/create-comment')).toHaveLength(0)
    const updated = gh.comments.find((c) => c.id === existing.id)!
    expect(updated.body.split('\n')[0]).toBe(MARKER)
    expect(updated.body).not.toContain('an earlier report')
    expect(updated.body).toMatch(/No tutorial is affected by this pull request/)
  })

  it('keeps a huge report under the comment budget and still posts it', async () => {
    const ws = makeWorkspace(['examples/huge-guide'])
    const dir = path.join(ws, 'examples/huge-guide')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'README.md'), '# A guide citing unknown claims\n\nIntro.\n')
    const body = Array.from(
      { length: 3000 },
      (_, i) => `Step ${i} behaves as documented (see claim: **ZZ-Q${i}-001**).`
    ).join('\n\n')
    writeFileSync(path.join(dir, '01-everything.md'), `# Everything\n\n${body}\n`)
    gh.pullFiles.set(PR, [
      {
        filename: 'examples/huge-guide/01-everything.md',
        status: 'added',
        patch: '@@ -0,0 +1 @@\n+x'
      }
    ])

    const r = await runPr(ws)

    expect(r.code).toBe(1) // thousands of unknown claims are errors
    expect(Number(r.outputs.errors)).toBeGreaterThanOrEqual(3000)
    const mine = ours()
    expect(mine).toHaveLength(1)
    expect(mine[0]!.body.length).toBeLessThanOrEqual(60000)
    expect(mine[0]!.body.split('\n')[0]).toBe(MARKER)
    // annotations are capped, and the rest announced
    expect(r.commands('error').filter((m) => m.includes('ZZ-Q')).length).toBeLessThanOrEqual(10)
    expect(r.stdout).toMatch(/::notice::\d+ more findings not shown as annotations/)
    expect(r.commands('error').at(-1)).toMatch(/errors?, \d+ warnings? \(fail-on: error\)/)
  })
})

describe('pull_request: failures on the API side', () => {
  it("degrades to summary and outputs with a warning when a fork's token may not comment", async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    const readOnly = 'ghs_forkreadonlytoken0000000000000000000'
    gh.tokens.set(readOnly, { login: BOT, installation: true, readOnly: true })

    const r = await runPr(ws, { inputs: { 'github-token': readOnly } })

    expect(r.code).toBe(0)
    expect(gh.calls('issues/create-comment')).toHaveLength(1)
    expect(gh.commentsOn(PR)).toHaveLength(0)
    const warning = r.commands('warning').find((w) => w.includes(NOT_ACCESSIBLE))
    expect(warning).toMatch(/fork/)
    expect(warning).toMatch(/workflow_run/)
    expect(r.summary).toContain('tidepool-quickstart')
    expect(r.outputs.errors).toBe('0')
    expect(r.outputs['comment-url']).toBe('')
  })

  it('retries 500 and 502 answers, then succeeds', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    gh.fault('issues/list-comments', { status: 500 }, { status: 502 })
    gh.fault('pulls/list-files', { status: 502 })

    const r = await runPr(ws)

    expect(r.code).toBe(0)
    // two failures, the listing, then the look for duplicates after creating
    expect(gh.calls('issues/list-comments').map((c) => c.status)).toEqual([500, 502, 200, 200])
    expect(gh.calls('pulls/list-files').map((c) => c.status)).toEqual([502, 200])
    expect(ours()).toHaveLength(1)
  })

  it('waits out a secondary rate limit as long as retry-after says', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    gh.fault('issues/create-comment', {
      status: 403,
      message: SECONDARY_LIMIT,
      headers: { 'retry-after': '150' }
    })
    gh.fault('pulls/list-files', {
      status: 429,
      message: SECONDARY_LIMIT,
      headers: { 'retry-after': '40' }
    })

    const r = await runPr(ws)

    expect(r.code).toBe(0)
    const creates = gh.calls('issues/create-comment')
    expect(creates.map((c) => c.status)).toEqual([403, 201])
    // TUTORIAL_AMPLIFIER_RETRY_SCALE=0.01: 150 s become 1.5 s (writes are spaced 1 s anyway)
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(1500)
    const lists = gh.calls('pulls/list-files')
    expect(lists.map((c) => c.status)).toEqual([429, 200])
    expect(lists[1]!.at - lists[0]!.at).toBeGreaterThanOrEqual(400)
    expect(ours()).toHaveLength(1)
  })
})

describe('workflow_run (comments for fork pull requests)', () => {
  const runEvent = (): string =>
    eventFile('workflow_run.completed', (p) => {
      p.workflow_run.head_sha = 'a'.repeat(40)
    })

  it('reports on the PR named by pr-number when its head is the commit the run checked', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(7, [chapterChange])
    gh.pulls.set(7, { headSha: 'a'.repeat(40) })
    const pat = 'ghp_personalaccesstoken00000000000000000'
    gh.tokens.set(pat, { login: 'docs-bot', installation: false })

    const r = await runAction({
      event: 'workflow_run',
      payload: runEvent(),
      workspace: ws,
      server: gh,
      inputs: { 'pr-number': '7', 'github-token': pat }
    })

    expect(r.code).toBe(0)
    expect(gh.calls('users/get-authenticated')).toHaveLength(1)
    expect(gh.commentsOn(7).map((c) => c.login)).toEqual(['docs-bot'])
  })

  it('refuses a pr-number whose head is another commit', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(7, [chapterChange])
    gh.pulls.set(7, { headSha: 'b'.repeat(40) })

    const r = await runAction({
      event: 'workflow_run',
      payload: runEvent(),
      workspace: ws,
      server: gh,
      inputs: { 'pr-number': '7' }
    })

    expect(r.code).toBe(1)
    expect(r.commands('error')).toEqual([
      expect.stringMatching(/pull request #7 is at bbbbbbbbbbbb/)
    ])
    expect(gh.calls('pulls/list-files')).toHaveLength(0)
    expect(gh.comments).toHaveLength(0)
  })
})

describe('release and push', () => {
  it('release: writes drafts, reports stale ones, sets outputs and uploads assets', async () => {
    const ws = makeWorkspace()
    mkdirSync(path.join(ws, 'examples/publication-drafts'), { recursive: true })
    writeFileSync(path.join(ws, DRAFT), '# an old hand-edited draft\n')
    const payload = eventFile('release.published', (p) => {
      p.release.upload_url = `${gh.url}/uploads/repos/${REPOSITORY}/releases/${p.release.id}/assets{?name,label}`
    })
    const releaseId = JSON.parse(readFileSync(payload, 'utf8')).release.id as number
    gh.assets.set(releaseId, [
      { id: 1, name: 'tidepool-quickstart.draft.md', size: 3, content: 'old' }
    ])

    const r = await runAction({
      event: 'release',
      payload,
      workspace: ws,
      server: gh,
      inputs: { 'upload-release-assets': 'true' }
    })

    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const drafts = JSON.parse(r.outputs.drafts!) as string[]
    expect(drafts.sort()).toEqual(['examples/publication-drafts/other-guide.draft.md', DRAFT])
    // only the draft that existed and differed is stale (other-guide had none)
    expect(JSON.parse(r.outputs['stale-drafts']!)).toEqual([DRAFT])
    const written = readFileSync(path.join(ws, DRAFT), 'utf8')
    expect(written).toContain('## Core Story Summary')
    const assets = gh.assets.get(releaseId)!
    expect(assets.map((a) => a.name).sort()).toEqual([
      'other-guide.draft.md',
      'tidepool-quickstart.draft.md'
    ])
    expect(assets.find((a) => a.name === 'tidepool-quickstart.draft.md')!.content).toBe(written)
    expect(gh.calls('repos/delete-release-asset')).toHaveLength(1)
    expect(
      gh.calls('repos/upload-release-asset').every((c) => c.path.startsWith('/uploads/'))
    ).toBe(true)
    expect(gh.calls('issues/list-comments')).toHaveLength(0)
  })

  it('push: regenerates every tutorial without touching the API', async () => {
    const ws = makeWorkspace()
    const r = await runAction({
      event: 'push',
      payload: eventFile('push'),
      workspace: ws,
      server: gh
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs['stale-drafts']!)).toEqual([])
    expect(JSON.parse(r.outputs.drafts!)).toHaveLength(2)
    expect(existsSync(path.join(ws, DRAFT))).toBe(true)
    expect(gh.requests).toHaveLength(0)
  })
})

describe('workflow_dispatch', () => {
  it('regenerates the one named tutorial and shows its draft in the job summary', async () => {
    const ws = makeWorkspace()
    const r = await runAction({
      event: 'workflow_dispatch',
      payload: eventFile('workflow_dispatch', (p) => {
        p.inputs = { tutorial: 'examples/other-guide' }
      }),
      workspace: ws,
      server: gh
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.drafts!)).toEqual([
      'examples/publication-drafts/other-guide.draft.md'
    ])
    expect(r.summary).toContain('Core Story Summary')
    expect(existsSync(path.join(ws, DRAFT))).toBe(false)
  })

  it('refuses a tutorial outside the workspace with one line and no stack', async () => {
    const ws = makeWorkspace()
    const r = await runAction({
      event: 'workflow_dispatch',
      payload: eventFile('workflow_dispatch'),
      workspace: ws,
      server: gh,
      inputs: { tutorial: '../outside' }
    })
    expect(r.code).toBe(1)
    expect(r.commands('error')).toEqual([
      expect.stringMatching(/^tutorial path "\.\.\/outside" is outside the workspace/)
    ])
    expect(r.stdout).not.toMatch(/\n\s+at /)
    expect(r.stderr).toBe('')
    expect(gh.requests).toHaveLength(0)
  })
})

describe('pull_request: filter-mode and clean-comment', () => {
  const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' // head.sha of the example payload
  const CHAPTER = 'examples/tidepool-quickstart/02-local-demo.md'

  /** Adds one line citing an unknown claim after line 5 of a chapter, with the PR's patch. */
  function addUnknownCitation(ws: string): void {
    const file = path.join(ws, CHAPTER)
    const lines = readFileSync(file, 'utf8').split('\n')
    const added = 'The local stack keeps every sample it ingests (see claim: **TP-ARCH-404**).'
    lines.splice(5, 0, added)
    writeFileSync(file, lines.join('\n'))
    gh.pullFiles.set(PR, [
      {
        filename: CHAPTER,
        status: 'modified',
        patch: `@@ -4,3 +4,4 @@\n ${lines[3]}\n ${lines[4]}\n+${added}\n ${lines[6]}`
      }
    ])
  }

  it('added (default): only findings on added lines are annotated, commented and counted; the summary keeps all, labelled', async () => {
    const ws = makeWorkspace()
    addUnknownCitation(ws)
    const r = await runPr(ws)
    expect(r.code).toBe(1) // the unknown claim on the added line is an error
    expect(r.outputs.errors).toBe('1')
    expect(r.outputs.warnings).toBe('0')
    // annotations (commands with a file) for the added line only
    const annotations = r.stdout
      .split('\n')
      .filter((l) => /^::(error|warning|notice) [^:]*file=/.test(l))
    expect(annotations).toHaveLength(1)
    expect(annotations[0]).toContain('TP-ARCH-404')
    const body = ours()[0]!.body
    expect(body).toContain('TP-ARCH-404')
    expect(body).not.toContain('claim/draft')
    expect(body).toMatch(/more findings? on lines this pull request does not change/)
    // the location links to the PR's head commit
    expect(body).toContain(
      `(https://github.com/${REPOSITORY}/blob/${HEAD}/examples/tidepool-quickstart/02-local-demo.md#L6)`
    )
    expect(r.summary).toContain('TP-ARCH-404')
    expect(r.summary).toContain("Outside this pull request's changes")
    expect(r.summary).toContain('claim/draft')
  })

  it('nofilter: every finding of the affected tutorials counts', async () => {
    const ws = makeWorkspace()
    addUnknownCitation(ws)
    const r = await runPr(ws, { inputs: { 'filter-mode': 'nofilter' } })
    expect(Number(r.outputs.warnings)).toBeGreaterThan(0)
    expect(r.summary).not.toContain("Outside this pull request's changes")
  })

  it('clean-comment delete: a PR without findings deletes our comment and creates none', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    const old = gh.addComment(PR, BOT, `${MARKER}\n\nfindings of an earlier run`)
    const other = gh.addComment(PR, 'reviewer', `${MARKER}\n\nnot ours`)
    const r = await runPr(ws, { inputs: { 'clean-comment': 'delete' } })
    expect(r.code).toBe(0)
    expect(r.outputs.errors).toBe('0')
    expect(gh.comments.find((c) => c.id === old.id)).toBeUndefined()
    expect(gh.comments.find((c) => c.id === other.id)).toBeDefined()
    expect(gh.calls('issues/create-comment')).toHaveLength(0)
    expect(gh.calls('issues/delete-comment')).toHaveLength(1)
  })

  it('clean-comment hide: updates and minimizes our comment through GraphQL, shows it again on new findings', async () => {
    const ws = makeWorkspace()
    gh.pullFiles.set(PR, [chapterChange])
    const old = gh.addComment(PR, BOT, `${MARKER}\n\nfindings of an earlier run`)
    const r = await runPr(ws, { inputs: { 'clean-comment': 'hide' } })
    expect(r.code).toBe(0)
    expect(gh.minimized.has(old.id)).toBe(true)
    expect(gh.calls('graphql/minimizeComment')).toHaveLength(1)
    const hidden = gh.comments.find((c) => c.id === old.id)!
    expect(hidden.body.split('\n')[0]).toBe(MARKER)
    expect(hidden.body).not.toContain('earlier run')

    addUnknownCitation(ws)
    const again = await runPr(ws, { inputs: { 'clean-comment': 'hide' } })
    expect(again.code).toBe(1)
    expect(gh.minimized.has(old.id)).toBe(false)
    expect(gh.calls('graphql/unminimizeComment')).toHaveLength(1)
    expect(gh.comments.find((c) => c.id === old.id)!.body).toContain('TP-ARCH-404')
  })
})
