// The CLI in-process: arguments, exit codes and output formats, on the example and on a tutorial
// (the Wavelet fixture) with a YAML registry and its own claim-ID pattern.
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from './run.js'

const repo = process.cwd()

const run = (argv: string[], cwd = repo) => runCli(argv, cwd)

/** A temp workspace holding the Wavelet fixture tutorial, its YAML registry and config. */
function wavelet(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-cli-'))
  const fx = path.join(repo, '__tests__/fixtures/tutorials')
  cpSync(path.join(fx, 'lab-wavelet-ingest'), path.join(dir, 'lab-wavelet-ingest'), {
    recursive: true
  })
  cpSync(path.join(fx, 'wavelet-claims'), path.join(dir, 'wavelet-claims'), { recursive: true })
  cpSync(path.join(fx, 'wavelet.config.yml'), path.join(dir, 'wavelet.config.yml'))
  return dir
}

describe('tutorial-amplifier CLI', () => {
  it('prints help and version', () => {
    expect(run(['--help']).stdout).toContain('check [TUTORIAL_DIR...]')
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it.each([
    [[], 'missing command'],
    [['lint'], 'unknown command "lint"'],
    [['check', '--format', 'xml'], '--format must be one of text, json, sarif, github, not "xml"'],
    [['check', '--fail-on', 'sometimes'], '--fail-on must be'],
    [['check', '--bogus'], 'unknown option --bogus (see check --help)'],
    [['check', 'no/such/folder'], 'tutorial path "no/such/folder" does not exist'],
    [['check', '../'], 'outside the workspace'],
    [['check', '--config', 'missing.yml'], 'config file "missing.yml" does not exist']
  ])('refuses %j with one line and exit 2', (argv, message) => {
    const r = run(argv)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('gives the JSON contract for a YAML registry and a custom ID pattern', () => {
    const dir = wavelet()
    const r = run(
      [
        'check',
        '--config',
        'wavelet.config.yml',
        '--claims',
        'wavelet-claims',
        '--format',
        'json',
        'lab-wavelet-ingest'
      ],
      dir
    )
    const doc = JSON.parse(r.stdout)
    expect(Object.keys(doc)).toEqual(['registry', 'tutorials', 'drafts', 'diagnostics', 'summary'])
    expect(doc.registry.claims[0]).toEqual({
      id: 'WV-0001',
      status: 'verified',
      file: 'wavelet-claims/claims.yaml',
      line: expect.any(Number)
    })
    expect(doc.tutorials).toHaveLength(1)
    expect(doc.tutorials[0].path).toBe('lab-wavelet-ingest')
    expect(doc.tutorials[0].citations.length).toBeGreaterThan(0)
    for (const c of doc.tutorials[0].citations) {
      expect(Object.keys(c)).toEqual(['id', 'file', 'line', 'column'])
      expect(c.id).toMatch(/^WV-\d{4}$/)
      // the citation really is at that place in the file
      const text = readFileSync(path.join(dir, c.file), 'utf8').split('\n')[c.line - 1]!
      expect(text.slice(c.column - 1, c.column - 1 + c.id.length)).toBe(c.id)
    }
    const deprecated = doc.diagnostics.find((d: { rule: string }) => d.rule === 'claim/deprecated')
    expect(deprecated).toMatchObject({
      severity: 'error',
      claim: 'WV-0002',
      file: 'lab-wavelet-ingest/10-appendix.md'
    })
    expect(doc.summary.errors).toBe(1)
    expect(r.code).toBe(1) // an error was found
  })

  it('honours --fail-on and rule severities from the config', () => {
    const dir = wavelet()
    const base = [
      'check',
      '--config',
      'wavelet.config.yml',
      '--claims',
      'wavelet-claims',
      'lab-wavelet-ingest'
    ]
    expect(run([...base, '--fail-on', 'never'], dir).code).toBe(0)
    writeFileSync(
      path.join(dir, 'relaxed.yml'),
      "claimIdPattern: 'WV-[0-9]{4}'\nrules:\n  claim/deprecated: warning\n"
    )
    const relaxed = [
      'check',
      '--config',
      'relaxed.yml',
      '--claims',
      'wavelet-claims',
      'lab-wavelet-ingest'
    ]
    expect(run(relaxed, dir).code).toBe(0)
    expect(run([...relaxed, '--fail-on', 'warning'], dir).code).toBe(1)
  })

  it('checks and generates a tutorial that is the repository itself (chapters at the root)', () => {
    // a workshop repository: README and numbered chapters at the root, no config
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-cli-root-'))
    cpSync(path.join(repo, 'examples/tidepool-quickstart'), dir, { recursive: true })
    cpSync(path.join(repo, 'examples/claims'), path.join(dir, 'claims'), { recursive: true })
    const name = path.basename(dir)
    const first = run(['check'], dir)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    // its drafts go inside it (its parent is outside the workspace), and are no chapters there
    const gen = run(['generate'], dir)
    expect(gen.stdout).toContain(`wrote publication-drafts/${name}.draft.md`)
    expect(existsSync(path.join(dir, 'publication-drafts', `${name}.draft.md`))).toBe(true)
    const again = run(['check', '--format', 'json'], dir)
    expect(again.code).toBe(0)
    const doc = JSON.parse(again.stdout) as {
      tutorials: { chapters: { file: string }[]; skipped: { file: string }[] }[]
      drafts: { path: string; channel: string }[]
      diagnostics: { rule: string }[]
    }
    const t = doc.tutorials[0]!
    expect(t.chapters.map((c) => c.file)).not.toContainEqual(
      expect.stringContaining('publication-drafts')
    )
    expect(doc.drafts).toEqual([
      { path: `publication-drafts/${name}.draft.md`, tutorial: name, channel: 'combined' }
    ])
    expect(doc.diagnostics.map((d) => d.rule)).not.toContain('draft/stale')
    // a --cache run there leaves no trace in what the reader lists
    const cached = run(['check', '--format', 'json', '--cache'], dir)
    expect(run(['check', '--format', 'json', '--cache'], dir).stdout).toBe(again.stdout)
    expect(cached.stdout).toBe(again.stdout)
  })

  it('generate writes one draft per tutorial and reports it as JSON', () => {
    const dir = wavelet()
    const args = [
      'generate',
      '--config',
      'wavelet.config.yml',
      '--claims',
      'wavelet-claims',
      '--out',
      'drafts',
      '--format',
      'json',
      'lab-wavelet-ingest'
    ]
    // this lab cites claims with errors: without --force its draft is not written (issue 14, item 16)
    const kept = run(args, dir)
    expect(JSON.parse(kept.stdout).summary.errors).toBeGreaterThan(0)
    expect(existsSync(path.join(dir, 'drafts/lab-wavelet-ingest.draft.md'))).toBe(false)
    const r = run([...args, '--force'], dir)
    const doc = JSON.parse(r.stdout)
    expect(doc.drafts).toHaveLength(1)
    expect(doc.drafts[0]).toMatchObject({
      tutorial: 'lab-wavelet-ingest',
      path: 'drafts/lab-wavelet-ingest.draft.md'
    })
    expect(doc.drafts[0].sections).toEqual([
      'Core Story Summary',
      'LinkedIn Draft',
      'Medium / Blog Outline',
      'GitHub README Snippet',
      'Talk Abstract',
      'Open Questions / Clarifications Needed',
      'Amplification Checklist'
    ])
    expect(doc.drafts[0].checklist).toHaveLength(7)
    expect(existsSync(path.join(dir, 'drafts/lab-wavelet-ingest.draft.md'))).toBe(true)
  })

  it('check --drafts flags every planted figure of a committed draft with its line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-cli-'))
    cpSync(path.join(repo, 'examples'), path.join(dir, 'examples'), { recursive: true })
    cpSync(
      path.join(repo, '__tests__/fixtures/drafts/tidepool-quickstart.draft.md'),
      path.join(dir, 'committed/tidepool-quickstart.draft.md'),
      { recursive: true }
    )
    const r = run(
      [
        'check',
        '--claims',
        'examples/claims',
        '--drafts',
        'committed',
        '--format',
        'json',
        'examples/tidepool-quickstart'
      ],
      dir
    )
    const expected: { rule: string; line: number }[] = JSON.parse(
      readFileSync(
        path.join(repo, '__tests__/fixtures/drafts/tidepool-quickstart.expected.json'),
        'utf8'
      )
    )
    const found = JSON.parse(r.stdout).diagnostics.filter(
      (d: { file: string }) => d.file === 'committed/tidepool-quickstart.draft.md'
    )
    for (const e of expected.filter((x) => x.rule === 'draft/untraced-figure')) {
      expect(found).toContainEqual(expect.objectContaining({ rule: e.rule, line: e.line }))
    }
    expect(r.code).toBe(1) // the unknown claim TP-PERF-009 is an error
  })
})
