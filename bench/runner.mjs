// What a GitHub runner hands the action on a pull request, for the benchmark (`run.mjs`) and the
// before/after comparison (`compare.mjs`): the event file, the GITHUB_* variables pointing at a
// loopback server, and every input of action.yml at its default as INPUT_* (the token default
// replaced by a fake installation token).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import yaml from 'js-yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Writes the `pull_request.opened` webhook example into `dir`: its path and the PR number. */
export function pullRequestEvent(dir) {
  const payload = JSON.parse(
    readFileSync(path.join(ROOT, '__fixtures__/events/pull_request.opened.json'), 'utf8')
  )
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return { file, number: payload.pull_request?.number ?? payload.number }
}

/** action.yml's inputs at their defaults, as INPUT_* variables. */
function inputDefaults() {
  const doc = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
  const out = {}
  for (const [name, def] of Object.entries(doc.inputs ?? {})) {
    const v = def.default ?? ''
    out[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] =
      v === '${{ github.token }}' ? 'ghs_benchinstallationtoken00000000000000' : String(v)
  }
  return out
}

/**
 * The environment of a `pull_request` run in `workspace`, with the runner's files (HOME,
 * RUNNER_TEMP, step summary, outputs) in `runner`, talking to the API at `apiUrl`.
 */
export function pullRequestEnv({ workspace, runner, eventFile, apiUrl }) {
  return {
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
    GITHUB_OUTPUT: path.join(runner, 'output'),
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runner,
    ...inputDefaults()
  }
}
