import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { ActionContext, Payload } from '../../src/github/context.js'
import { decideMode, shouldWriteDrafts } from '../../src/github/events.js'
import { parseInputs, type ActionInputs } from '../../src/inputs.js'
import { UsageError } from '../../src/errors.js'

const payload = (name: string) =>
  JSON.parse(readFileSync(`__fixtures__/events/${name}.json`, 'utf8')) as Payload

const ctx = (eventName: string, p: Payload = {}): ActionContext => ({
  eventName,
  payload: p,
  repo: { owner: 'o', repo: 'r' },
  runId: 1,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com'
})

const inputs = (values: Record<string, string> = {}): ActionInputs =>
  parseInputs((n) => values[n] ?? '')

describe('decideMode', () => {
  it('pull_request: the PR from the payload', () => {
    const m = decideMode(ctx('pull_request', payload('pull_request.opened')), inputs())
    expect(m).toEqual({ kind: 'pull-request', event: 'pull_request', number: 2 })
    expect(shouldWriteDrafts(m, inputs())).toBe(false)
    expect(shouldWriteDrafts(m, inputs({ 'write-drafts': 'true' }))).toBe(true)
  })

  it('refuses pull_request_target', () => {
    expect(() =>
      decideMode(ctx('pull_request_target', payload('pull_request.opened')), inputs())
    ).toThrow(UsageError)
  })

  it('workflow_run: the listed PR, else pr-number, else a clear error', () => {
    const fork = payload('workflow_run.completed') // pull_requests: [] as for forks
    expect(() => decideMode(ctx('workflow_run', fork), inputs())).toThrow(/pr-number/)
    const m = decideMode(ctx('workflow_run', fork), inputs({ 'pr-number': '12' }))
    expect(m).toEqual({
      kind: 'pull-request',
      event: 'workflow_run',
      number: 12,
      expectHeadSha: fork.workflow_run.head_sha
    })
    const listed = { workflow_run: { head_sha: 'abc', pull_requests: [{ number: 3 }] } }
    expect(decideMode(ctx('workflow_run', listed), inputs())).toEqual({
      kind: 'pull-request',
      event: 'workflow_run',
      number: 3
    })
  })

  it('release: every tutorial, with the release to upload to', () => {
    const p = payload('release.published')
    const m = decideMode(ctx('release', p), inputs())
    expect(m).toEqual({
      kind: 'all',
      event: 'release',
      release: { id: p.release.id, tag: p.release.tag_name, uploadUrl: p.release.upload_url }
    })
    expect(shouldWriteDrafts(m, inputs())).toBe(true)
    expect(shouldWriteDrafts(m, inputs({ 'write-drafts': 'false' }))).toBe(false)
  })

  it('push writes; an unknown event does not by default', () => {
    expect(shouldWriteDrafts(decideMode(ctx('push', payload('push')), inputs()), inputs())).toBe(
      true
    )
    expect(shouldWriteDrafts(decideMode(ctx('schedule'), inputs()), inputs())).toBe(false)
  })

  it('workflow_dispatch: the input, else the event input, else everything', () => {
    const p = payload('workflow_dispatch')
    expect(decideMode(ctx('workflow_dispatch', p), inputs())).toEqual({
      kind: 'all',
      event: 'workflow_dispatch'
    })
    expect(
      decideMode(ctx('workflow_dispatch', { ...p, inputs: { tutorial: ' docs/a ' } }), inputs())
    ).toEqual({ kind: 'one', event: 'workflow_dispatch', tutorial: 'docs/a' })
    expect(
      decideMode(
        ctx('workflow_dispatch', { ...p, inputs: { tutorial: 'docs/a' } }),
        inputs({ tutorial: 'docs/b' })
      )
    ).toEqual({ kind: 'one', event: 'workflow_dispatch', tutorial: 'docs/b' })
  })
})
