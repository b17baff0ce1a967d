// The command-line front end. Arguments are parsed with node:util's parseArgs; the work is done by
// the same use cases the action runs (src/app.ts). Exit codes: 0 ok, 1 findings, 2 unusable input.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { runCheck, runGenerate, writeDrafts, writeWithModel, type GenerateRun } from './app.js'
import { loadConfig } from './config/load.js'
import { EXIT, UsageError } from './errors.js'
import { displayPath, resolveInside } from './io/paths.js'
import type { Workspace } from './io/project.js'
import { renderComment, markerFor } from './report/comment.js'
import { checkJson, generateJson } from './report/json.js'
import { renderText } from './report/text.js'
import type { Summary } from './engine.js'
import { MODEL_NAME } from './llm/types.js'
import type { Config } from './config/types.js'

const HELP = `tutorial-amplifier — validate claim citations in tutorials and regenerate traced drafts

Usage:
  tutorial-amplifier check    [options] [TUTORIAL_DIR...]   validate tutorials, registry and drafts
  tutorial-amplifier generate [options] [TUTORIAL_DIR...]   write one amplification draft per tutorial
  tutorial-amplifier comment  [options] [TUTORIAL_DIR...]   print the PR comment the action would post

Options:
  --claims DIR        claims registry folder (repeatable; default: config, else folders named "claims")
  --config FILE       config file (default: .github/tutorial-amplifier.yml when present)
  --drafts DIR        check: also guard the committed drafts in DIR (default: config drafts folder)
  --out DIR           generate: write drafts into DIR (default: config, else publication-drafts/ beside each tutorial)
  --format FMT        text (default) or json
  --fail-on LEVEL     error (default), warning or never: which findings make the exit code 1
  --strict            untraced figures in drafts are errors
  --header NAME       comment: the sticky comment's header (default: default)
  --root DIR          workspace root; nothing outside it is read or written (default: current folder)
  --writer KIND       generate/comment: deterministic (default) or llm (a model writes, guarded)
  --llm-endpoint URL  OpenAI-compatible API base URL (default: config, else GitHub Models)
  --llm-model NAME    model name (default: config, else openai/gpt-4.1-mini)
  -h, --help          show this help
  -v, --version       show the version

Without TUTORIAL_DIR, tutorials come from the config file, else every folder with numbered chapters.
The llm writer reads its key from TUTORIAL_AMPLIFIER_LLM_KEY, else GITHUB_TOKEN; a channel the model
cannot write within the guard keeps the deterministic text (a warning on stderr says why).
Exit codes: 0 no failing findings, 1 failing findings, 2 unusable input (missing path, bad config).`

const VERSION = '0.1.0'

type FailOn = 'error' | 'warning' | 'never'

function failing(summary: Summary, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return summary.errors > 0 || (failOn === 'warning' && summary.warnings > 0)
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        claims: { type: 'string', multiple: true },
        config: { type: 'string' },
        drafts: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'error' },
        strict: { type: 'boolean', default: false },
        header: { type: 'string', default: 'default' },
        root: { type: 'string' },
        writer: { type: 'string' },
        'llm-endpoint': { type: 'string' },
        'llm-model': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (e) {
    throw new UsageError(`${(e as Error).message} (see --help)`)
  }
}

/** Applies `--writer`, `--llm-endpoint` and `--llm-model` to the config's `writer:`. */
function writerOptions(
  config: Config,
  v: { writer?: string; 'llm-endpoint'?: string; 'llm-model'?: string }
): void {
  if (v.writer !== undefined) {
    if (v.writer !== 'deterministic' && v.writer !== 'llm') {
      throw new UsageError(`--writer must be deterministic or llm, not "${v.writer}"`)
    }
    config.writer.kind = v.writer
  }
  const endpoint = v['llm-endpoint']
  if (endpoint !== undefined) {
    if (!/^https?:\/\/\S+$/.test(endpoint)) {
      throw new UsageError(`--llm-endpoint must be an http(s) URL, not "${endpoint}"`)
    }
    config.writer.endpoint = endpoint
  }
  const model = v['llm-model']
  if (model !== undefined) {
    if (!MODEL_NAME.test(model)) throw new UsageError(`--llm-model is not a model name: "${model}"`)
    config.writer.model = model
  }
}

/**
 * Runs the CLI; returns the exit code. Output goes through `out` / `err` so tests can capture it.
 * The result is a promise only when a model writes (`--writer llm`): every other run stays
 * synchronous.
 */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
  cwd: string = process.cwd(),
  env: Record<string, string | undefined> = process.env
): number | Promise<number> {
  try {
    const { values, positionals } = parse(argv)
    if (values.help) {
      out(`${HELP}\n`)
      return EXIT.ok
    }
    if (values.version) {
      out(`${VERSION}\n`)
      return EXIT.ok
    }
    const [command, ...dirs] = positionals
    if (!command) throw new UsageError('missing command: check, generate or comment (see --help)')
    if (!['check', 'generate', 'comment'].includes(command)) {
      throw new UsageError(`unknown command "${command}" (see --help)`)
    }
    const format = values.format
    if (format !== 'text' && format !== 'json') {
      throw new UsageError(`--format must be text or json, not "${format}"`)
    }
    const failOn = values['fail-on'] as FailOn
    if (!['error', 'warning', 'never'].includes(failOn)) {
      throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`)
    }
    const root = path.resolve(cwd, values.root ?? '.')
    const ws: Workspace = { root, cwd }
    const config = loadConfig(ws, values.config)
    writerOptions(config, values)
    if (values.out) {
      config.draftsDir = displayPath(resolveInside(root, cwd, values.out, 'output'), root)
    }
    const selection = { tutorials: dirs, claims: values.claims ?? [] }
    const strict = values.strict

    if (command === 'check') {
      const guardDrafts = values.drafts !== undefined || config.draftsDir !== undefined
      const { result } = runCheck({
        ws,
        config,
        strict,
        selection: { ...selection, drafts: values.drafts, guardDrafts }
      })
      out(
        format === 'json' ? `${JSON.stringify(checkJson(result), null, 2)}\n` : renderText(result)
      )
      return failing(result.summary, failOn) ? EXIT.findings : EXIT.ok
    }

    const report = (run: GenerateRun): number => {
      if (command === 'generate') {
        writeDrafts(run)
        if (format === 'json') out(`${JSON.stringify(generateJson(run.result), null, 2)}\n`)
        else {
          out(renderText(run.result))
          for (const d of run.result.drafts) out(`wrote ${d.path}\n`)
        }
      } else {
        const marker = markerFor(values.header)
        out(`${renderComment(run.result, { marker, header: values.header })}\n`)
      }
      return failing(run.result.summary, failOn) ? EXIT.findings : EXIT.ok
    }
    const run = runGenerate({ ws, config, strict, selection })
    if (config.writer.kind !== 'llm') return report(run)
    return writeWithModel(run, {
      ws,
      config,
      strict,
      env,
      warn: (line) => err(`tutorial-amplifier: warning: ${line}\n`)
    }).then(report, (e: unknown) => failed(e, err))
  } catch (e) {
    return failed(e, err)
  }
}

/** One line for a failure and the exit code: usage errors with their place, others by message. */
function failed(e: unknown, err: (s: string) => void): number {
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
