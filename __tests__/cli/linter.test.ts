// The CLI behaves like the linters people know: per-command help, did-you-mean with exit 2,
// options only for their command, colour by NO_COLOR/FORCE_COLOR/TTY, --quiet, --max-warnings,
// -o, the config found upwards, one finding when no registry exists, draft/stale, and init.
import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import yaml from 'js-yaml'
import { main } from '../../src/cli-main.js'
import { ACTION_REF, githubRepository } from '../../src/cli/templates.js'
import { parseConfig } from '../../src/config/parse.js'
import { runCli } from './run.js'

const repo = process.cwd()
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  version: string
  repository: unknown
}

function runWith(argv: string[], cwd: string, env: Record<string, string>, tty: boolean) {
  let stdout = ''
  let stderr = ''
  const code = main(
    argv,
    (s) => (stdout += s),
    (s) => (stderr += s),
    cwd,
    { env, stdoutIsTTY: tty }
  )
  return { code, stdout, stderr }
}

/** A temp repository holding a copy of the example (tutorial, registry, committed draft, config). */
function exampleRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-lint-'))
  mkdirSync(path.join(dir, '.git'))
  cpSync(path.join(repo, 'examples'), path.join(dir, 'examples'), { recursive: true })
  cpSync(
    path.join(repo, '.github/tutorial-amplifier.yml'),
    path.join(dir, '.github/tutorial-amplifier.yml')
  )
  return dir
}

describe('help', () => {
  it('shows each command its own options only', () => {
    const check = runCli(['check', '--help']).stdout
    expect(check).toMatch(/^Usage: tutorial-amplifier check/)
    expect(check).toContain('--max-warnings N')
    expect(check).not.toContain('--out DIR')
    expect(check).not.toContain('--header')
    const generate = runCli(['generate', '--help']).stdout
    expect(generate).toContain('--out DIR')
    expect(generate).not.toContain('--drafts DIR')
    expect(runCli(['comment', '--help']).stdout).toContain('--header NAME')
  })

  it('answers `help COMMAND` like `COMMAND --help`, and lists every command without one', () => {
    for (const c of ['check', 'generate', 'comment', 'init']) {
      const r = runCli(['help', c])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(runCli([c, '--help']).stdout)
    }
    const all = runCli(['help']).stdout
    for (const c of ['check', 'generate', 'comment', 'init']) expect(all).toContain(`  ${c} `)
  })

  it('reads the version from package.json', () => {
    expect(runCli(['--version']).stdout).toBe(`${pkg.version}\n`)
    expect(runCli(['check', '-v']).stdout).toBe(`${pkg.version}\n`)
  })
})

describe('usage errors', () => {
  it.each([
    [['chekc'], 'unknown command "chekc"; did you mean check?'],
    [['generat'], 'did you mean generate?'],
    [['help', 'comennt'], 'did you mean comment?'],
    [['check', '--formt', 'json'], 'unknown option --formt; did you mean --format?'],
    [['check', '--max-warning', '3'], 'did you mean --max-warnings?'],
    [['check', '--out', 'x'], 'option --out does not apply to check (it is an option of generate)'],
    [['generate', '--header', 'x'], 'option --header does not apply to generate'],
    [['comment', '--format', 'json'], 'option --format does not apply to comment'],
    [['check', '--format', 'sarf'], 'did you mean sarif?'],
    [['check', '--max-warnings', 'many'], '--max-warnings must be a whole number'],
    [['check', '--claims'], 'option --claims needs a value (DIR)'],
    [['check', '--config', '--strict'], 'write --config=--strict'],
    [['check', '--quiet=yes'], 'option --quiet takes no value'],
    [['check', '-x'], 'unknown option -x']
  ])('%j is answered in our words with exit 2', (argv, message) => {
    const r = runCli(argv)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    // never node's parser talking
    expect(r.stderr).not.toMatch(/To specify|ERR_PARSE_ARGS|argument is ambiguous|Unknown option '/)
  })
})

describe('colour', () => {
  const argv = ['check', 'examples/tidepool-quickstart']
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ TERM: 'dumb' }, true, false]
  ])('env %j on a TTY=%s colours: %s', (env, tty, coloured) => {
    const r = runWith(argv, repo, env as Record<string, string>, tty)
    expect(r.stdout.includes('\u001b[')).toBe(coloured)
    if (coloured) expect(r.stdout).toContain('\u001b[33mwarning')
  })

  it('never colours a report written to a file', () => {
    const dir = exampleRepo()
    runWith(['check', '-o', 'report.txt'], dir, { FORCE_COLOR: '1' }, true)
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).not.toContain('\u001b[')
  })
})

describe('noise and exit codes', () => {
  it('--quiet reports errors only; --max-warnings fails above N warnings', () => {
    const full = runCli(['check', '--format', 'json'])
    const warnings = JSON.parse(full.stdout).summary.warnings as number
    expect(warnings).toBeGreaterThan(0)
    const quiet = runCli(['check', '--quiet'])
    expect(quiet.stdout).not.toContain('warning')
    expect(JSON.parse(runCli(['check', '-q', '--format', 'json']).stdout).diagnostics).toEqual([])
    expect(runCli(['check', '--max-warnings', String(warnings)]).code).toBe(0)
    expect(runCli(['check', '--max-warnings', String(warnings - 1)]).code).toBe(1)
    // --quiet hides warnings from the report, not from --max-warnings
    expect(runCli(['check', '-q', '--max-warnings', '0']).code).toBe(1)
  })

  it('-o writes the report to a file and prints nothing', () => {
    const dir = exampleRepo()
    const r = runCli(['check', '--format', 'json', '-o', 'out/report.json'], dir)
    expect(r.stdout).toBe('')
    const doc = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'))
    expect(doc.tutorials).toHaveLength(1)
  })
})

describe('finding the project', () => {
  it('finds the config by searching upwards from a subfolder', () => {
    const dir = exampleRepo()
    const sub = path.join(dir, 'examples/tidepool-quickstart')
    const r = runCli(['check', '--format', 'json'], sub)
    const doc = JSON.parse(r.stdout)
    // the config's tutorials and registry, shown relative to where we ran
    expect(doc.tutorials.map((t: { path: string }) => t.path)).toEqual(['.'])
    expect(doc.registry.claims).toHaveLength(12)
    expect(doc.registry.claims[0].file).toMatch(/^\.\.\/claims\//)
    // the committed draft is up to date: no draft/stale from a subfolder either
    expect(doc.diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('draft/stale')
  })

  it('says once that no registry was found instead of calling every citation unknown', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-noreg-'))
    mkdirSync(path.join(dir, '.git'))
    cpSync(path.join(repo, 'examples/tidepool-quickstart'), path.join(dir, 'tidepool-quickstart'), {
      recursive: true
    })
    const r = runCli(['check', '--format', 'json'], dir)
    const doc = JSON.parse(r.stdout)
    const rules = doc.diagnostics.map((d: { rule: string }) => d.rule)
    expect(rules).not.toContain('claim/unknown')
    expect(rules.filter((x: string) => x === 'registry/missing')).toHaveLength(1)
    const missing = doc.diagnostics.find((d: { rule: string }) => d.rule === 'registry/missing')
    expect(missing.message).toMatch(/no claims registry was found, so these \d+ citations/)
    expect(r.code).toBe(1)
  })
})

describe('draft/stale', () => {
  it('reports a committed draft that differs from the regenerated one, from the root and below', () => {
    const dir = exampleRepo()
    const draft = path.join(dir, 'examples/publication-drafts/tidepool-quickstart.draft.md')
    const clean = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)
    expect(clean.diagnostics.map((d: { rule: string }) => d.rule)).not.toContain('draft/stale')
    writeFileSync(
      draft,
      readFileSync(draft, 'utf8').replace('## Talk Abstract', '## Talk abstract')
    )
    const stale = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)
    expect(stale.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'draft/stale',
        severity: 'warning',
        file: 'examples/publication-drafts/tidepool-quickstart.draft.md',
        line: 1
      })
    )
    const below = JSON.parse(
      runCli(['check', '--format', 'json'], path.join(dir, 'examples')).stdout
    )
    expect(below.diagnostics).toContainEqual(
      expect.objectContaining({
        rule: 'draft/stale',
        file: 'publication-drafts/tidepool-quickstart.draft.md'
      })
    )
  })
})

describe('the action reference', () => {
  it('reads owner/name from package.json `repository` in every form npm accepts', () => {
    for (const form of [
      'acme/amp',
      'github:acme/amp',
      'https://github.com/acme/amp',
      'git+https://github.com/acme/amp.git',
      'git@github.com:acme/amp.git',
      { type: 'git', url: 'git+ssh://git@github.com/acme/amp.git' }
    ]) {
      expect(githubRepository(form)).toBe('acme/amp')
    }
    expect(githubRepository('https://gitlab.com/acme/amp')).toBeUndefined()
    expect(githubRepository(undefined)).toBeUndefined()
    expect(githubRepository({ type: 'git' })).toBeUndefined()
  })

  it('is the same in package.json, the init template, every README example and the release script', () => {
    expect(ACTION_REF).toBe(githubRepository(pkg.repository))
    expect(ACTION_REF).toBe('tutorial-amplifier/tutorial-amplifier')
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8')
    const uses = [...readme.matchAll(/uses: ([\w.-]+\/tutorial-amplifier)@/g)].map((m) => m[1])
    expect(uses.length).toBeGreaterThanOrEqual(5)
    expect(new Set(uses)).toEqual(new Set([ACTION_REF]))
    expect(readme).not.toContain('<owner>/tutorial-amplifier')
  })
})

describe('init', () => {
  it('writes a commented config and a workflow for the detected layout, then check uses them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-init-'))
    mkdirSync(path.join(dir, '.git'))
    cpSync(
      path.join(repo, 'examples/tidepool-quickstart'),
      path.join(dir, 'docs/labs/tidepool-quickstart'),
      {
        recursive: true
      }
    )
    cpSync(path.join(repo, 'examples/claims'), path.join(dir, 'docs/claims'), { recursive: true })
    const r = runCli(['init'], dir)
    expect(r.code).toBe(0)
    const configFile = path.join(dir, '.github/tutorial-amplifier.yml')
    const text = readFileSync(configFile, 'utf8')
    expect(text).toMatch(/^# /m)
    const config = parseConfig(text, '.github/tutorial-amplifier.yml')
    expect(config.tutorials).toEqual(['docs/labs/tidepool-quickstart'])
    expect(config.claims).toEqual(['docs/claims'])
    const workflow = yaml.load(
      readFileSync(path.join(dir, '.github/workflows/tutorial-amplifier.yml'), 'utf8')
    ) as { on: { pull_request: { paths: string[] } }; jobs: Record<string, unknown> }
    expect(workflow.on.pull_request.paths).toEqual([
      '.github/tutorial-amplifier.yml',
      'docs/claims/**',
      'docs/labs/tidepool-quickstart/**'
    ])
    // the action is the package's own repository (package.json `repository`), at its major version
    const steps = (workflow.jobs['amplify'] as { steps: { uses: string }[] }).steps
    expect(steps.map((s) => s.uses)).toEqual([
      'actions/checkout@v4',
      `tutorial-amplifier/tutorial-amplifier@v${pkg.version.split('.')[0]}`
    ])
    // a second init keeps the files unless --force
    const again = runCli(['init'], dir)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exist; pass --force')
    expect(runCli(['init', '--force'], dir).code).toBe(0)
    const check = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)
    expect(check.tutorials).toHaveLength(1)
    expect(check.registry.claims).toHaveLength(12)
    expect(existsSync(path.join(dir, 'docs/labs/publication-drafts'))).toBe(false)
  })
})
