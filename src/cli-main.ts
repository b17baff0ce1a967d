// The command-line front end. Arguments are parsed with node:util's parseArgs; the work is done by
// the same use cases the action runs (src/app.ts). Exit codes: 0 ok, 1 findings, 2 unusable input.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { runCheck, runGenerate, writeDrafts } from './app.js'
import { loadConfig } from './config/load.js'
import { EXIT, UsageError, printable } from './errors.js'
import { displayPath, resolveInside } from './io/paths.js'
import type { Workspace } from './io/project.js'
import { renderComment, markerFor } from './report/comment.js'
import { checkJson, generateJson } from './report/json.js'
import { renderText } from './report/text.js'
import type { Summary } from './engine.js'

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
  --force             generate: write drafts even when their tutorial, the registry or the config has errors
  --header NAME       comment: the sticky comment's header (default: default)
  --root DIR          workspace root; nothing outside it is read or written (default: current folder)
  -h, --help          show this help
  -v, --version       show the version

Without TUTORIAL_DIR, tutorials come from the config file, else every folder with numbered chapters.
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
        force: { type: 'boolean', default: false },
        header: { type: 'string', default: 'default' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (e) {
    throw new UsageError(`${(e as Error).message} (see --help)`)
  }
}

/** Runs the CLI; returns the exit code. Output goes through `out` / `err` so tests can capture it. */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
  cwd: string = process.cwd()
): number {
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

    const run = runGenerate({ ws, config, strict, selection })
    if (command === 'generate') {
      const { kept } = writeDrafts(run, { force: values.force, cwd })
      const keptPaths = new Set(kept.map((k) => k.path))
      if (format === 'json') out(`${JSON.stringify(generateJson(run.result), null, 2)}\n`)
      else {
        out(renderText(run.result))
        for (const d of run.result.drafts) {
          if (!keptPaths.has(d.path)) out(`wrote ${printable(d.path)}\n`)
        }
        for (const k of kept) {
          const n = `${k.errors} error${k.errors === 1 ? '' : 's'}`
          out(
            `kept ${printable(k.path)} as it was: its inputs have ${n} (--force writes it anyway)\n`
          )
        }
      }
    } else {
      const marker = markerFor(values.header)
      out(`${renderComment(run.result, { marker, header: values.header })}\n`)
    }
    return failing(run.result.summary, failOn) ? EXIT.findings : EXIT.ok
  } catch (e) {
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
}
