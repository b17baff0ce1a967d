// Runs the committed bundle (dist/index.js) the way a runner does: a fresh process with only the
// runner's variables — event name and payload file, repository, workspace, output and summary
// files, API URL — and one INPUT_<NAME> per input, defaults taken from action.yml.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import yaml from 'js-yaml'
import type { Payload } from '../../src/github/context.js'
import type { FakeGitHub } from './server.js'

export const ROOT = path.resolve('.')
/** The bundle under test; TUTORIAL_AMPLIFIER_E2E_BUNDLE points at another build (e.g. in /tmp). */
export const BUNDLE = path.resolve(
  process.env.TUTORIAL_AMPLIFIER_E2E_BUNDLE ?? path.join(ROOT, 'dist', 'index.js')
)
export const TOKEN = 'ghs_defaultinstallationtoken000000000000'
export const REPOSITORY = 'Codertocat/Hello-World'

const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), `ta-e2e-${prefix}-`))

/**
 * A workspace like a checked-out repository: the sample tutorial and registry from examples/, a
 * second small tutorial that cites one claim only, and a config listing them (plus `tutorials`).
 */
export function makeWorkspace(extraTutorials: string[] = []): string {
  const ws = tmp('ws')
  cpSync(
    path.join(ROOT, 'examples/tidepool-quickstart'),
    path.join(ws, 'examples/tidepool-quickstart'),
    {
      recursive: true
    }
  )
  cpSync(path.join(ROOT, 'examples/claims'), path.join(ws, 'examples/claims'), { recursive: true })
  cpSync(
    path.join(ROOT, '__fixtures__/workspace/other-guide'),
    path.join(ws, 'examples/other-guide'),
    {
      recursive: true
    }
  )
  mkdirSync(path.join(ws, '.github'), { recursive: true })
  const tutorials = ['examples/tidepool-quickstart', 'examples/other-guide', ...extraTutorials]
  writeFileSync(
    path.join(ws, '.github/tutorial-amplifier.yml'),
    yaml.dump({ tutorials, claims: ['examples/claims'], rules: { 'claim/unreferenced': 'info' } })
  )
  return ws
}

/** A payload from __fixtures__/events (copied from @octokit/webhooks-examples), adjusted. */
export function eventFile(name: string, adjust: (p: Payload) => void = () => {}): string {
  const payload = JSON.parse(
    readFileSync(path.join(ROOT, '__fixtures__/events', `${name}.json`), 'utf8')
  )
  adjust(payload)
  const file = path.join(tmp('event'), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return file
}

interface ActionYml {
  inputs: Record<string, { default?: string }>
}

/** Input defaults as the runner applies them from action.yml. */
function defaults(): Record<string, string> {
  const doc = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml
  const out: Record<string, string> = {}
  for (const [name, def] of Object.entries(doc.inputs)) {
    const v = def.default ?? ''
    out[name] = v === '${{ github.token }}' ? TOKEN : String(v)
  }
  return out
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** workflow commands of one kind (`error`, `warning`, `notice`), message text only */
  commands(kind: string): string[]
}

/** Parses `$GITHUB_OUTPUT` (`name<<DELIMITER … DELIMITER` blocks, or `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!)
      out[heredoc[1]!] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

export interface RunOptions {
  event: string
  payload: string
  workspace: string
  server: FakeGitHub
  inputs?: Record<string, string>
  env?: Record<string, string>
}

export async function runAction(o: RunOptions): Promise<RunResult> {
  const files = tmp('runner')
  const outputFile = path.join(files, 'output')
  const summaryFile = path.join(files, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: files,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: o.payload,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_API_URL: o.server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: files,
    TUTORIAL_AMPLIFIER_RETRY_SCALE: '0.01',
    ...o.env
  }
  for (const [name, value] of Object.entries({ ...defaults(), ...o.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const child = spawn(process.execPath, [BUNDLE], { cwd: o.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const commands = (kind: string): string[] =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith(`::${kind}`))
      .map((l) => l.slice(l.indexOf('::', 2) + 2))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands
  }
}
