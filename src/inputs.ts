// Every action input, read once into a typed and validated object (never at import time).
// The reader is injectable so the parsing can be tested without a runner.
import * as core from '@actions/core'
import { UsageError } from './errors.js'
import { DEFAULT_ENDPOINT, DEFAULT_MODEL, MODEL_NAME } from './llm/types.js'

export type FailOn = 'error' | 'warning' | 'never'

/** Which findings a pull request's annotations and comment show (names as in vale-action/reviewdog). */
export type FilterMode = 'added' | 'file' | 'nofilter'

/** What happens to the sticky comment once a pull request has no findings. */
export type CleanComment = 'update' | 'delete' | 'hide'

export interface ActionInputs {
  token: string
  /** config file (relative to the workspace); undefined = `.github/tutorial-amplifier.yml` if present */
  config?: string
  /** tutorial folders overriding the config */
  tutorials: string[]
  /** registry folders overriding the config */
  claims: string[]
  /** drafts folder overriding the config */
  draftsDir?: string
  comment: boolean
  commentHeader: string
  /** login of the account the token acts as, when it cannot be asked (`GET /user`) */
  commentAuthor?: string
  failOn: FailOn
  /** pull requests: findings on added lines only (default), in changed files, or all */
  filterMode: FilterMode
  /** pull requests without findings: update the comment (default), delete it, or minimize it */
  cleanComment: CleanComment
  /** pull request to report on (needed under `workflow_run`, whose PR list is empty for forks) */
  prNumber?: number
  /** `workflow_dispatch`: the one tutorial folder to regenerate */
  tutorial?: string
  /** undefined = the event's default (write on push, release and dispatch; not on pull requests) */
  writeDrafts?: boolean
  uploadReleaseAssets: boolean
  /** `writer`, `llm-model`, `llm-endpoint` (defaults as in action.yml) */
  writer: { kind: 'deterministic' | 'llm'; model: string; endpoint: string }
}

export type InputReader = (name: string) => string

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function bool(get: InputReader, name: string, fallback: boolean | undefined): boolean | undefined {
  const v = get(name).trim()
  if (v === '') return fallback
  if (TRUE.includes(v)) return true
  if (FALSE.includes(v)) return false
  throw new UsageError(`input "${name}" must be true or false, not "${v}"`)
}

function optional(get: InputReader, name: string): string | undefined {
  const v = get(name).trim()
  return v === '' ? undefined : v
}

/** A newline- or comma-separated list, blanks dropped. */
export function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']
const FILTER_MODES: readonly FilterMode[] = ['added', 'file', 'nofilter']
const CLEAN_COMMENT: readonly CleanComment[] = ['update', 'delete', 'hide']

function choice<T extends string>(
  get: InputReader,
  name: string,
  values: readonly T[],
  fallback: T
): T {
  const v = (optional(get, name) ?? fallback).toLowerCase()
  if (!values.includes(v as T)) {
    throw new UsageError(`input "${name}" must be ${values.join(', ')}, not "${get(name).trim()}"`)
  }
  return v as T
}

export function parseInputs(get: InputReader): ActionInputs {
  const failOn = (optional(get, 'fail-on') ?? 'error').toLowerCase()
  if (!FAIL_ON.includes(failOn as FailOn)) {
    throw new UsageError(
      `input "fail-on" must be error, warning or never, not "${get('fail-on').trim()}"`
    )
  }
  const pr = optional(get, 'pr-number')
  let prNumber: number | undefined
  if (pr !== undefined) {
    const digits = pr.replace(/^#/, '')
    prNumber = /^[0-9]{1,10}$/.test(digits) ? Number(digits) : NaN
    if (!Number.isSafeInteger(prNumber) || prNumber < 1) {
      throw new UsageError(`input "pr-number" must be a pull request number, not "${pr}"`)
    }
  }
  const header = optional(get, 'comment-header') ?? 'default'
  const kind = (optional(get, 'writer') ?? 'deterministic').toLowerCase()
  if (kind !== 'deterministic' && kind !== 'llm') {
    throw new UsageError(
      `input "writer" must be deterministic or llm, not "${get('writer').trim()}"`
    )
  }
  const model = optional(get, 'llm-model') ?? DEFAULT_MODEL
  if (!MODEL_NAME.test(model)) {
    throw new UsageError(`input "llm-model" is not a model name: "${model}"`)
  }
  const endpoint = optional(get, 'llm-endpoint') ?? DEFAULT_ENDPOINT
  if (!/^https?:\/\/\S+$/.test(endpoint)) {
    throw new UsageError(`input "llm-endpoint" must be an http(s) URL, not "${endpoint}"`)
  }
  const inputs: ActionInputs = {
    token: get('github-token').trim(),
    tutorials: list(get('tutorials')),
    claims: list(get('claims')),
    comment: bool(get, 'comment', true)!,
    commentHeader: header,
    failOn: failOn as FailOn,
    filterMode: choice(get, 'filter-mode', FILTER_MODES, 'added'),
    cleanComment: choice(get, 'clean-comment', CLEAN_COMMENT, 'update'),
    uploadReleaseAssets: bool(get, 'upload-release-assets', false)!,
    writer: { kind, model, endpoint }
  }
  const config = optional(get, 'config')
  if (config !== undefined) inputs.config = config
  const draftsDir = optional(get, 'drafts-dir')
  if (draftsDir !== undefined) inputs.draftsDir = draftsDir
  const author = optional(get, 'comment-author')
  if (author !== undefined) inputs.commentAuthor = author
  if (prNumber !== undefined) inputs.prNumber = prNumber
  const tutorial = optional(get, 'tutorial')
  if (tutorial !== undefined) inputs.tutorial = tutorial
  const writeDrafts = bool(get, 'write-drafts', undefined)
  if (writeDrafts !== undefined) inputs.writeDrafts = writeDrafts
  return inputs
}

/** Reads the inputs through @actions/core (`INPUT_<NAME>` variables). */
export function readInputs(): ActionInputs {
  const inputs = parseInputs((name) => core.getInput(name))
  if (inputs.token !== '') core.setSecret(inputs.token)
  const key = process.env.TUTORIAL_AMPLIFIER_LLM_KEY?.trim()
  if (key) core.setSecret(key)
  return inputs
}
