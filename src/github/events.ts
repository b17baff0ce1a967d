// Which job this run does, decided from the event alone (pure: context and inputs in, mode out).
import { UsageError } from '../errors.js'
import type { ActionInputs } from '../inputs.js'
import type { ActionContext } from './context.js'

export interface ReleaseInfo {
  id: number
  tag: string
  /** `upload_url` from the payload (an RFC 6570 template), when present */
  uploadUrl?: string
}

export type Mode =
  /** report on one pull request: only the tutorials it affects, one sticky comment */
  | {
      kind: 'pull-request'
      event: 'pull_request' | 'workflow_run'
      number: number
      /** under workflow_run with a `pr-number` input: the commit the PR's head must be at */
      expectHeadSha?: string
    }
  /** regenerate every configured tutorial (push, release, schedule, dispatch without a tutorial) */
  | { kind: 'all'; event: string; release?: ReleaseInfo }
  /** regenerate one named tutorial (workflow_dispatch) */
  | { kind: 'one'; event: string; tutorial: string }

const FORK_RECIPE =
  'run the action under pull_request, or under workflow_run for fork comments (see the README)'

function positiveInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined
}

export function decideMode(ctx: ActionContext, inputs: ActionInputs): Mode {
  const p = ctx.payload
  switch (ctx.eventName) {
    case 'pull_request': {
      const n = inputs.prNumber ?? positiveInt(p.pull_request?.number) ?? positiveInt(p.number)
      if (n === undefined) throw new UsageError('pull_request event without a pull request number')
      return { kind: 'pull-request', event: 'pull_request', number: n }
    }
    case 'pull_request_target':
      throw new UsageError(
        `refusing to run under pull_request_target (it hands a write token to a run over fork code); ${FORK_RECIPE}`
      )
    case 'workflow_run': {
      const listed = positiveInt(p.workflow_run?.pull_requests?.[0]?.number)
      const n = inputs.prNumber ?? listed
      if (n === undefined) {
        throw new UsageError(
          'workflow_run without a pull request: pass the "pr-number" input (the event lists no pull request for forks)'
        )
      }
      const mode: Mode = { kind: 'pull-request', event: 'workflow_run', number: n }
      const sha = p.workflow_run?.head_sha
      // A number handed over from the untrusted run must name the PR that run was for.
      if (inputs.prNumber !== undefined && typeof sha === 'string' && sha !== '') {
        mode.expectHeadSha = sha
      }
      return mode
    }
    case 'release': {
      const r = p.release
      const mode: Mode = { kind: 'all', event: 'release' }
      const id = positiveInt(r?.id)
      if (id !== undefined) {
        mode.release = { id, tag: String(r.tag_name ?? '') }
        if (typeof r.upload_url === 'string') mode.release.uploadUrl = r.upload_url
      }
      return mode
    }
    case 'workflow_dispatch': {
      const fromPayload = p.inputs?.tutorial
      const tutorial =
        inputs.tutorial ??
        (typeof fromPayload === 'string' && fromPayload.trim() !== ''
          ? fromPayload.trim()
          : undefined)
      return tutorial === undefined
        ? { kind: 'all', event: 'workflow_dispatch' }
        : { kind: 'one', event: 'workflow_dispatch', tutorial }
    }
    default:
      if (inputs.tutorial !== undefined) {
        return { kind: 'one', event: ctx.eventName, tutorial: inputs.tutorial }
      }
      return { kind: 'all', event: ctx.eventName }
  }
}

/** Whether drafts are written to the workspace: the input, else yes except on pull requests. */
export function shouldWriteDrafts(mode: Mode, inputs: ActionInputs): boolean {
  if (inputs.writeDrafts !== undefined) return inputs.writeDrafts
  if (mode.kind === 'pull-request') return false
  return ['push', 'release', 'workflow_dispatch'].includes(mode.event)
}
