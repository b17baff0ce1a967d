// Inline suppressions in Markdown and the config's ignore: globs, on a copy of the example.
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { applySuppressions, directives } from '../../src/suppressions.js'
import type { Diagnostic } from '../../src/model.js'
import { runCli } from './run.js'

const repo = process.cwd()

function exampleRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-sup-'))
  mkdirSync(path.join(dir, '.git'))
  cpSync(path.join(repo, 'examples'), path.join(dir, 'examples'), { recursive: true })
  cpSync(
    path.join(repo, '.github/tutorial-amplifier.yml'),
    path.join(dir, '.github/tutorial-amplifier.yml')
  )
  return dir
}

/** Inserts `text` as new lines before the first line containing `anchor`. */
function insertBefore(file: string, anchor: string, text: string): void {
  const lines = readFileSync(file, 'utf8').split('\n')
  const i = lines.findIndex((l) => l.includes(anchor))
  expect(i).toBeGreaterThanOrEqual(0)
  lines.splice(i, 0, ...text.split('\n'))
  writeFileSync(file, lines.join('\n'))
}

function rulesOf(dir: string): string[] {
  const doc = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)
  return doc.diagnostics.map((d: { rule: string }) => d.rule)
}

const d = (rule: string, line: number): Diagnostic => ({
  rule,
  severity: 'warning',
  message: 'm',
  file: 'a.md',
  line,
  column: 1
})

describe('suppression comments', () => {
  it('reads directives from HTML comments only, never from code', () => {
    const text = [
      '<!-- tutorial-amplifier-disable-next-line claim/draft, claim/unknown -->',
      'Text KS-ARCH-001.',
      '',
      '```html',
      '<!-- tutorial-amplifier-disable -->',
      '```',
      '',
      'Inline <!-- tutorial-amplifier-disable terminology/inconsistent --> here.',
      '',
      '<!-- tutorial-amplifier-enable -->'
    ].join('\n')
    expect(directives(text)).toEqual([
      { kind: 'disable-next-line', rules: ['claim/draft', 'claim/unknown'], line: 1, endLine: 1 },
      { kind: 'disable', rules: ['terminology/inconsistent'], line: 8, endLine: 8 },
      { kind: 'enable', rules: ['*'], line: 10, endLine: 10 }
    ])
  })

  it('suppresses the next line, a block up to enable, or to the end of the file', () => {
    const text = [
      '<!-- tutorial-amplifier-disable-next-line claim/draft -->', // 1
      'a', // 2
      'b', // 3
      '<!-- tutorial-amplifier-disable claim/unknown -->', // 4
      'c', // 5
      '<!-- tutorial-amplifier-enable claim/unknown -->', // 6
      'd', // 7
      '<!-- tutorial-amplifier-disable -->', // 8
      'e' // 9
    ].join('\n')
    const all = [
      d('claim/draft', 2),
      d('claim/draft', 3),
      d('claim/unknown', 5),
      d('claim/unknown', 7),
      d('claim/draft', 7),
      d('terminology/inconsistent', 9)
    ]
    const kept = applySuppressions(all, [{ path: 'a.md', text }])
    expect(kept.map((x) => `${x.rule}@${x.line}`)).toEqual([
      'claim/draft@3',
      'claim/unknown@7',
      'claim/draft@7'
    ])
    // other files are untouched
    expect(
      applySuppressions([{ ...d('claim/draft', 2), file: 'b.md' }], [{ path: 'a.md', text }])
    ).toHaveLength(1)
  })

  it('silences findings in a real tutorial through the CLI', () => {
    const dir = exampleRepo()
    const tut = path.join(dir, 'examples/tidepool-quickstart')
    expect(rulesOf(dir)).toEqual(
      expect.arrayContaining(['claim/uncited-figure', 'claim/draft', 'claim/unreferenced'])
    )
    insertBefore(
      path.join(tut, '01-introduction.md'),
      'each retention tier. In our own test cluster',
      '<!-- tutorial-amplifier-disable-next-line claim/uncited-figure -->'
    )
    insertBefore(
      path.join(tut, '05-production-path.md'),
      'Very large single tenants',
      '<!-- tutorial-amplifier-disable claim/draft -->\n'
    )
    const rules = rulesOf(dir)
    expect(rules).not.toContain('claim/uncited-figure')
    expect(rules).not.toContain('claim/draft')
    expect(rules).toContain('claim/unreferenced')
  })
})

describe('ignore: globs', () => {
  it('never reads ignored registry files, tutorials or drafts', () => {
    const dir = exampleRepo()
    const config = path.join(dir, '.github/tutorial-amplifier.yml')
    writeFileSync(config, `${readFileSync(config, 'utf8')}\nignore:\n  - '**/compatibility.md'\n`)
    const doc = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)
    expect(doc.registry.claims).toHaveLength(12 - 3)
    expect(
      doc.registry.claims.some((c: { file: string }) => c.file.endsWith('compatibility.md'))
    ).toBe(false)
    // a folder pattern ignores everything below it; autodetection skips it too
    writeFileSync(config, "ignore: ['examples/tidepool-quickstart']\n")
    const r = runCli(['check'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('no tutorial found')
  })

  it('is validated by the schema', () => {
    const dir = exampleRepo()
    writeFileSync(path.join(dir, '.github/tutorial-amplifier.yml'), 'ignore: drafts/**\n')
    const r = runCli(['check'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/tutorial-amplifier\.yml:1:1: invalid config: \/ignore must be array/)
  })
})
