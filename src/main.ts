// The action's logic entry (src/index.ts calls run()). Inputs and event are read here, once; the
// engine and the HTTP client are loaded only after they pass. Every failure ends as one line via
// setFailed: usage errors with their message, anything else with its message (stack in debug).
import * as core from '@actions/core'
import { UsageError } from './errors.js'
import { contextFromEnv } from './github/context.js'
import { decideMode } from './github/events.js'
import { readInputs } from './inputs.js'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const ctx = contextFromEnv()
    const mode = decideMode(ctx, inputs)
    const { runAction } = await import('./github/action.js')
    await runAction({ inputs, ctx, mode })
  } catch (e) {
    if (e instanceof UsageError) {
      core.setFailed(e.line)
      return
    }
    const err = e instanceof Error ? e : new Error(String(e))
    if (err.stack) core.debug(err.stack)
    core.setFailed(failureLine(err))
  }
}

/** One line for an unexpected failure; a GitHub API error names the request that failed. */
function failureLine(err: Error): string {
  const message = err.message.split('\n')[0] ?? ''
  const api = err as Error & { status?: number; request?: { method?: string; url?: string } }
  if (api.request?.method && api.request.url) {
    const url = api.request.url.replace(/\?.*$/, '')
    return `GitHub API ${api.request.method} ${url} failed: ${api.status ?? ''} ${message}`.replace(
      /\s+/g,
      ' '
    )
  }
  const code = (err as NodeJS.ErrnoException).code
  return `${code ? `${code}: ` : ''}${message}`
}
