// End-to-end: the bundled action (dist/index.js) with `writer: llm`, run as a runner runs it,
// against the loopback GitHub API stand-in and the loopback chat-completions stand-in
// (__tests__/llm/stand-in.ts). Both check every request; both must see no violation.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { markerFor } from '../../src/report/comment.js'
import { channelOf, isRepair, StandInModel } from '../llm/stand-in.js'
import { CORE_STORY_OK, CORE_STORY_OVERCLAIM } from '../llm/workspace.js'
import { BUNDLE, eventFile, makeWorkspace, REPOSITORY, runAction, TOKEN } from './harness.js'
import { FakeGitHub, type StoredFile } from './server.js'

const DRAFT = 'examples/publication-drafts/tidepool-quickstart.draft.md'
const PR = 2

let gh: FakeGitHub
let model: StandInModel

beforeAll(() => {
  if (!existsSync(BUNDLE))
    throw new Error('dist/index.js is missing: npx rollup --config rollup.config.js')
})

beforeEach(async () => {
  gh = await FakeGitHub.start(REPOSITORY)
  // the core story complies after one repair; every other channel answers beyond the facts
  model = await StandInModel.start((req) => {
    if (
      channelOf(req) === 'core-story' ||
      (isRepair(req) && /Core Story/.test(JSON.stringify(req.body)))
    )
      return { answer: isRepair(req) ? CORE_STORY_OK : CORE_STORY_OVERCLAIM }
    return { answer: CORE_STORY_OVERCLAIM }
  })
})

afterEach(async () => {
  expect(gh.violations).toEqual([])
  expect(model.violations).toEqual([])
  await gh.close()
  await model.close()
})

describe('writer: llm', () => {
  it('push: the model writes what passes the guard, the rest falls back visibly; a rerun asks nothing', async () => {
    const ws = makeWorkspace()
    const inputs = { writer: 'llm', 'llm-endpoint': model.url }
    const run = () =>
      runAction({ event: 'push', payload: eventFile('push'), workspace: ws, server: gh, inputs })

    const r = await run()

    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/\n\s+at /)
    // the action's github-token is the key when no TUTORIAL_AMPLIFIER_LLM_KEY is set
    expect(model.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`)
    // printed nowhere but in the runner's own masking command
    expect(r.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
    const draft = readFileSync(path.join(ws, DRAFT), 'utf8')
    expect(draft).toContain(CORE_STORY_OK)
    expect(draft).not.toContain('fastest')
    expect(draft).toMatch(/^<!-- tutorial-amplifier-writer .*"name":"core-story","source":"llm"/m)
    expect(draft).toMatch(/"name":"linkedin","source":"fallback","rounds":2/)
    // one warning per channel that fell back, naming it and its findings
    const warnings = r.commands('warning').filter((w) => w.includes('uses the deterministic text'))
    expect(
      warnings.some((w) => /tidepool-quickstart.*LinkedIn.*draft\/unsupported-sentence/.test(w))
    ).toBe(true)
    expect(r.summary).toContain('### Writer')
    expect(r.summary).toMatch(/written by the model: Core Story/)
    expect(r.summary).toMatch(/fell back to the deterministic text: LinkedIn \(/)
    expect(gh.requests).toHaveLength(0)

    const sent = model.requests.length
    const again = await run()
    expect(again.code).toBe(0)
    expect(model.requests.length).toBe(sent)
    expect(readFileSync(path.join(ws, DRAFT), 'utf8')).toBe(draft)
  })

  it('pull_request: the comment says which channels the model wrote and shows no record line', async () => {
    const ws = makeWorkspace()
    const change: StoredFile = {
      filename: 'examples/tidepool-quickstart/02-local-demo.md',
      status: 'modified',
      patch: '@@ -1,3 +1,3 @@\n # Local demo\n-old line\n+new line\n context'
    }
    gh.pullFiles.set(PR, [change])

    const r = await runAction({
      event: 'pull_request',
      payload: eventFile('pull_request.opened'),
      workspace: ws,
      server: gh,
      inputs: { writer: 'llm', 'llm-endpoint': model.url },
      env: { TUTORIAL_AMPLIFIER_LLM_KEY: 'sk-e2e-key' }
    })

    expect(r.code).toBe(0)
    expect(model.requests[0]!.headers.authorization).toBe('Bearer sk-e2e-key')
    const body = gh.commentsOn(PR).find((c) => c.body.startsWith(markerFor('default')))!.body
    expect(body).toContain('### Writer')
    expect(body).toMatch(
      /tidepool-quickstart — openai\/gpt-4\.1-mini, \d+ requests: written by the model: Core Story/
    )
    expect(body).not.toContain('tutorial-amplifier-writer')
    expect(body).not.toContain('sk-e2e-key')
  })

  it('an unreachable endpoint never fails the run', async () => {
    const ws = makeWorkspace()
    const url = model.url
    await model.close()
    model = await StandInModel.start(() => ({ answer: '' }))

    const r = await runAction({
      event: 'push',
      payload: eventFile('push'),
      workspace: ws,
      server: gh,
      inputs: { writer: 'llm', 'llm-endpoint': url }
    })

    expect(r.code).toBe(0)
    expect(r.stdout).toContain('endpoint unreachable')
    expect(r.stdout).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(ws, DRAFT))).toBe(true)
  })
})
