// The command-line front end: arguments (src/cli/args.ts, tables in src/cli/spec.ts) → the use
// cases the action runs too (src/app.ts) → a report on stdout or in a file. Exit codes: 0 ok,
// 1 failing findings, 2 unusable input.
import path from 'node:path'
import pkg from '../package.json' with { type: 'json' }
import { runCheckWithStale, runGenerate, runInspect, writeDrafts } from './app.js'
import { parseCommandLine, helpTopic, type Invocation } from './cli/args.js'
import { colorEnabled, painter } from './cli/color.js'
import { commandHelp, mainHelp } from './cli/help.js'
import { runInit } from './cli/init.js'
import type { CommandName } from './cli/spec.js'
import { findConfigUpwards, loadConfig, repositoryRoot } from './config/load.js'
import type { Config } from './config/types.js'
import type { CheckResult, Summary } from './engine.js'
import { EXIT, UsageError } from './errors.js'
import { displayPath, resolveInside } from './io/paths.js'
import type { Workspace } from './io/project.js'
import { writeFilesAtomically } from './io/write.js'
import { markerFor, renderComment } from './report/comment.js'
import { renderGithub } from './report/github.js'
import { renderInspect } from './report/inspect.js'
import { checkJson, generateJson, tutorialJson } from './report/json.js'
import { renderSarif } from './report/sarif.js'
import { renderText } from './report/text.js'

export const VERSION: string = pkg.version

type FailOn = 'error' | 'warning' | 'never'

/** What the process offers beyond arguments; tests pass their own. */
export interface CliEnvironment {
  env?: Record<string, string | undefined>
  /** whether stdout is a terminal (colour) */
  stdoutIsTTY?: boolean
}

function failing(summary: Summary, failOn: FailOn, maxWarnings: number | undefined): boolean {
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return true
  if (failOn === 'never') return false
  return summary.errors > 0 || (failOn === 'warning' && summary.warnings > 0)
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const strs = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : [])

/** Workspace root and config: `--root`/`--config` when given, else the config found upwards. */
function locate(inv: Invocation, cwd: string): { ws: Workspace; config: Config } {
  const rootArg = str(inv.values.root)
  const configArg = str(inv.values.config)
  if (rootArg === undefined && configArg === undefined) {
    const found = findConfigUpwards(cwd)
    // the config lives in <root>/.github/: that repository is the workspace
    const root = found ? path.dirname(path.dirname(found)) : cwd
    const ws: Workspace = { root, cwd }
    const config = loadConfig(ws)
    return { ws: { ...ws, ignore: config.ignore }, config }
  }
  const ws: Workspace = { root: path.resolve(cwd, rootArg ?? '.'), cwd }
  const config = loadConfig(ws, configArg)
  return { ws: { ...ws, ignore: config.ignore }, config }
}

/** Only errors, for `--quiet` (counts follow what is shown, as eslint's do). */
function errorsOnly<T extends CheckResult>(result: T): T {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error')
  return { ...result, diagnostics, summary: { ...result.summary, warnings: 0, infos: 0 } }
}

/** Runs the CLI; returns the exit code. Output goes through `out` / `err` so tests can capture it. */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
  cwd: string = process.cwd(),
  io: CliEnvironment = {}
): number {
  try {
    const inv = parseCommandLine(argv)
    const { values } = inv
    if (values.version) {
      out(`${VERSION}\n`)
      return EXIT.ok
    }
    const command: CommandName | undefined = inv.command
    if (command === 'help') {
      const [topic, ...rest] = inv.positionals
      if (rest.length > 0) throw new UsageError('help takes at most one command name')
      out(topic === undefined ? mainHelp() : commandHelp(helpTopic(topic)))
      return EXIT.ok
    }
    if (values.help) {
      out(command ? commandHelp(command) : mainHelp())
      return EXIT.ok
    }
    if (!command) {
      throw new UsageError('missing command: check, generate, comment or init (see --help)')
    }
    if (command === 'init') {
      if (inv.positionals.length > 0) throw new UsageError('init takes no folders')
      const root = path.resolve(cwd, str(values.root) ?? '.')
      const r = runInit(
        { root, cwd },
        { claims: strs(values.claims), force: values.force === true, version: VERSION }
      )
      for (const line of r.lines) out(`${line}\n`)
      return EXIT.ok
    }
    command satisfies 'check' | 'generate' | 'comment' | 'inspect'

    const { ws, config } = locate(inv, cwd)
    const outDir = str(values.out)
    if (outDir)
      config.draftsDir = displayPath(resolveInside(ws.root, cwd, outDir, 'output'), ws.root)
    const output = str(values.output)
    const outputFile = output ? resolveInside(ws.root, cwd, output, 'output') : undefined
    const emit = (text: string): void => {
      if (outputFile) writeFilesAtomically([{ path: outputFile, content: text, display: output }])
      else out(text)
    }
    const env = io.env ?? {}
    const paint = painter(!outputFile && colorEnabled(env, io.stdoutIsTTY ?? false))
    const format = str(values.format) ?? 'text'
    const failOn = (str(values['fail-on']) ?? 'error') as FailOn
    const mw = str(values['max-warnings'])
    const maxWarnings = mw === undefined ? undefined : Number(mw)
    const quiet = values.quiet === true
    const selection = { tutorials: inv.positionals, claims: strs(values.claims) }
    const strict = values.strict === true
    // SARIF and workflow commands name files from the repository root (else the workspace root)
    const repoRoot = repositoryRoot(ws.root) ?? ws.root
    const repoPath = (f: string): string => displayPath(path.resolve(cwd, f), repoRoot)

    const report = (result: CheckResult, json: () => unknown): void => {
      const shown = quiet ? errorsOnly(result) : result
      if (format === 'json') emit(`${JSON.stringify(json(), null, 2)}\n`)
      else if (format === 'sarif') {
        const log = renderSarif(shown, { version: VERSION, repoPath, rules: config.rules })
        emit(`${JSON.stringify(log, null, 2)}\n`)
      } else if (format === 'github') emit(renderGithub(shown, repoPath))
      else emit(renderText(shown, { paint }))
    }

    if (command === 'inspect') {
      // informative: exit 0 whatever the reader found (findings are listed)
      if (format !== 'text' && format !== 'json') {
        throw new UsageError(`inspect --format must be text or json, not "${format}"`)
      }
      const run = runInspect({ ws, config, dirs: inv.positionals })
      if (format === 'json') {
        const tutorials = run.tutorials.map((t) => tutorialJson(t.tutorial))
        emit(`${JSON.stringify({ tutorials }, null, 2)}\n`)
      } else emit(run.tutorials.map((t) => renderInspect(t.tutorial, t.diagnostics)).join('\n'))
      return EXIT.ok
    }

    if (command === 'check') {
      const drafts = str(values.drafts)
      // committed drafts are always searched (discoverDrafts); --drafts adds one more folder
      const sel = { ...selection, ...(drafts !== undefined ? { drafts } : {}) }
      const { result } = runCheckWithStale({ ws, config, strict, selection: sel })
      report(result, () => checkJson(quiet ? errorsOnly(result) : result))
      return failing(result.summary, failOn, maxWarnings) ? EXIT.findings : EXIT.ok
    }

    const run = runGenerate({ ws, config, strict, selection, writes: command === 'generate' })
    const result = run.result
    if (command === 'generate') {
      writeDrafts(run)
      if (format === 'text') {
        const shown = quiet ? errorsOnly(result) : result
        emit(renderText(shown, { paint }) + result.drafts.map((d) => `wrote ${d.path}\n`).join(''))
      } else report(result, () => generateJson(quiet ? errorsOnly(result) : result))
    } else {
      const header = str(values.header) ?? 'default'
      emit(`${renderComment(result, { marker: markerFor(header), header })}\n`)
    }
    return failing(result.summary, failOn, maxWarnings) ? EXIT.findings : EXIT.ok
  } catch (e) {
    if (e instanceof UsageError) {
      err(`tutorial-amplifier: ${e.line}\n`)
      return EXIT.usage
    }
    const code = (e as NodeJS.ErrnoException).code
    const message = (e as Error).message ?? String(e)
    const prefix = code && !message.startsWith(code) ? `${code}: ` : ''
    err(`tutorial-amplifier: ${prefix}${message.split('\n')[0]}\n`)
    return EXIT.usage
  }
}
