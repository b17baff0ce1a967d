// The command-line front end: arguments (src/cli/args.ts, tables in src/cli/spec.ts) → the use
// cases the action runs too (src/app.ts) → a report on stdout or in a file. Exit codes: 0 ok,
// 1 failing findings, 2 unusable input.
import path from 'node:path'
import pkg from '../package.json' with { type: 'json' }
import {
  runCheckWithStale,
  runGenerate,
  runInspect,
  writeDrafts,
  writeWithModel,
  type GenerateRun
} from './app.js'
import { parseCommandLine, helpTopic, type Invocation } from './cli/args.js'
import { colorEnabled, painter } from './cli/color.js'
import { commandHelp, mainHelp } from './cli/help.js'
import { NO_PROGRESS, progressLine, progressMode } from './cli/progress.js'
import { runInit } from './cli/init.js'
import { DEFAULT_CACHE_DIR, type CommandName } from './cli/spec.js'
import { findConfigUpwards, loadConfig, repositoryRoot } from './config/load.js'
import type { Config } from './config/types.js'
import type { CheckResult, Summary } from './engine.js'
import { EXIT, UsageError, printable } from './errors.js'
import { openCache, type FileCache } from './io/cache.js'
import { displayPath, resolveInside } from './io/paths.js'
import type { Workspace } from './io/project.js'
import { writeFilesAtomically } from './io/write.js'
import { MODEL_NAME } from './llm/types.js'
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
  /** whether stderr is a terminal (the progress line of long runs, src/cli/progress.ts) */
  stderrIsTTY?: boolean
  /** the progress line's clock in ms (tests); default `performance.now` */
  now?: () => number
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

/** Applies `--writer`, `--llm-endpoint` and `--llm-model` to the config's `writer:`. */
function writerOptions(config: Config, values: Invocation['values']): void {
  const kind = str(values.writer)
  if (kind === 'deterministic' || kind === 'llm') config.writer.kind = kind
  const endpoint = str(values['llm-endpoint'])
  if (endpoint !== undefined) {
    if (!/^https?:\/\/\S+$/.test(endpoint)) {
      throw new UsageError(`--llm-endpoint must be an http(s) URL, not "${endpoint}"`)
    }
    config.writer.endpoint = endpoint
  }
  const model = str(values['llm-model'])
  if (model !== undefined) {
    if (!MODEL_NAME.test(model)) throw new UsageError(`--llm-model is not a model name: "${model}"`)
    config.writer.model = model
  }
}

/**
 * Runs the CLI; returns the exit code. Output goes through `out` / `err` so tests can capture it.
 * The result is a promise only when a model writes (`--writer llm`, or `writer.kind: llm` in the
 * config); every other run stays synchronous.
 */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
  cwd: string = process.cwd(),
  io: CliEnvironment = {}
): number | Promise<number> {
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
    writerOptions(config, values)
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
    const cache = cacheOf(values, ws, cwd)
    const cacheOpt = cache ? { cache } : {}
    // a cache folder that could not take the entries is said once, after the run
    const keep = (): void => {
      const warning = cache?.close()
      if (warning) err(`tutorial-amplifier: warning: ${printable(warning)}\n`)
    }
    // tutorials done / total on stderr, for check and generate runs over a second
    const mode =
      command === 'check' || command === 'generate'
        ? progressMode({
            env,
            stderrIsTTY: io.stderrIsTTY ?? false,
            quiet,
            ...(outputFile !== undefined ? { outputFile } : {})
          })
        : undefined
    const progress = mode
      ? progressLine({ write: err, now: io.now ?? (() => performance.now()), ...mode })
      : NO_PROGRESS
    const tracked = <T>(f: () => T): T => {
      try {
        return f()
      } finally {
        progress.end()
      }
    }
    const progressOpt = mode ? { progress: progress.tick } : {}
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
      const { result } = tracked(() =>
        runCheckWithStale({ ws, config, strict, selection: sel, ...progressOpt, ...cacheOpt })
      )
      keep()
      report(result, () => checkJson(quiet ? errorsOnly(result) : result))
      return failing(result.summary, failOn, maxWarnings) ? EXIT.findings : EXIT.ok
    }

    const finish = (run: GenerateRun): number => {
      const result = run.result
      if (command === 'generate') {
        const { kept } = writeDrafts(run, { force: values.force === true, cwd })
        const keptPaths = new Set(kept.map((k) => k.path))
        const lines =
          result.drafts
            .filter((d) => !keptPaths.has(d.path))
            .map((d) => `wrote ${printable(d.path)}\n`)
            .join('') +
          kept
            .map(
              (k) =>
                `kept ${printable(k.path)} as it was: its inputs have ${k.errors} error${k.errors === 1 ? '' : 's'} (--force writes it anyway)\n`
            )
            .join('')
        if (format === 'text') {
          const shown = quiet ? errorsOnly(result) : result
          emit(renderText(shown, { paint }) + lines)
        } else report(result, () => generateJson(quiet ? errorsOnly(result) : result))
      } else {
        const header = str(values.header) ?? 'default'
        emit(`${renderComment(result, { marker: markerFor(header), header })}\n`)
      }
      return failing(result.summary, failOn, maxWarnings) ? EXIT.findings : EXIT.ok
    }
    const run = tracked(() =>
      runGenerate({
        ws,
        config,
        strict,
        selection,
        writes: command === 'generate',
        ...progressOpt,
        ...cacheOpt
      })
    )
    keep()
    if (config.writer.kind !== 'llm') return finish(run)
    return writeWithModel(run, {
      ws,
      config,
      strict,
      env,
      warn: (line) => err(`tutorial-amplifier: warning: ${line}\n`)
    }).then(finish, (e: unknown) => failed(e, err))
  } catch (e) {
    return failed(e, err)
  }
}

/** The parse cache of `--cache` / `--cache-location DIR` (a folder inside the workspace). */
function cacheOf(values: Invocation['values'], ws: Workspace, cwd: string): FileCache | undefined {
  const location = str(values['cache-location'])
  if (values.cache !== true && location === undefined) return undefined
  const dir =
    location === undefined
      ? path.join(ws.root, DEFAULT_CACHE_DIR)
      : resolveInside(ws.root, cwd, location, 'cache')
  return openCache(dir, { display: displayPath(dir, cwd) })
}

/** One line for a failure, and its exit code: usage errors with their place, others by message. */
function failed(e: unknown, err: (s: string) => void): number {
  if (e instanceof UsageError) {
    err(`tutorial-amplifier: ${e.line}\n`)
    return EXIT.usage
  }
  const code = (e as NodeJS.ErrnoException).code
  const message = (e as Error).message ?? String(e)
  const prefix = code && !message.startsWith(code) ? `${code}: ` : ''
  err(`tutorial-amplifier: ${printable(`${prefix}${message.split('\n')[0]}`)}\n`)
  return EXIT.usage
}
