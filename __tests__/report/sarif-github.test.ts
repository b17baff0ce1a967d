// --format sarif validated against the SARIF 2.1.0 JSON Schema (as shipped by @microsoft/jest-sarif),
// and --format github parsed back into the findings it came from.
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import AjvModule from 'ajv-draft-04'
import formatsModule from 'ajv-formats'
import type { Log } from 'sarif'
import { escapeData, escapeProperty, renderGithub } from '../../src/report/github.js'
import { renderSarif } from '../../src/report/sarif.js'
import { RULE_IDS } from '../../src/rules.js'
import { runCli } from '../cli/run.js'
import { checkResult, diag } from './fixtures.js'

// both are CommonJS modules whose `default` is the export (as node's ESM loader hands it over)
type Cjs<T> = { default: T }
const Ajv = (AjvModule as unknown as Cjs<typeof AjvModule.default>).default
const addFormats = (formatsModule as unknown as Cjs<typeof formatsModule.default>).default

const require = createRequire(import.meta.url)
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>
// the schema has one pattern that is only valid without the `u` flag
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validate = ajv.compile(schema)

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
}

/** A temp repository with the example whose one chapter cites an unknown and a Deprecated claim. */
function repoWithFindings(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-sarif-'))
  mkdirSync(path.join(dir, '.git'))
  cpSync(path.join(process.cwd(), 'examples'), path.join(dir, 'examples'), { recursive: true })
  const chapter = path.join(dir, 'examples/tidepool-quickstart/02-local-demo.md')
  writeFileSync(
    chapter,
    `${readFileSync(chapter, 'utf8')}\nThe demo leans on TP-ARCH-999, which nobody wrote down.\n`
  )
  return dir
}

describe('--format sarif', () => {
  it('is a valid SARIF 2.1.0 log with every rule and repository-relative locations', () => {
    const dir = repoWithFindings()
    // run from a subfolder: URIs must still be relative to the repository root
    const r = runCli(['check', '--format', 'sarif'], path.join(dir, 'examples'))
    const log = JSON.parse(r.stdout) as Log
    expectValid(log)
    const run = log.runs[0]!
    expect(run.tool.driver.rules?.map((x) => x.id)).toEqual(RULE_IDS)
    for (const rule of run.tool.driver.rules ?? []) {
      expect(rule.shortDescription?.text).toBeTruthy()
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level)
    }
    const unknown = run.results?.find((x) => x.ruleId === 'claim/unknown')
    expect(unknown).toBeDefined()
    expect(unknown!.level).toBe('error')
    const loc = unknown!.locations![0]!.physicalLocation!
    expect(loc.artifactLocation!.uri).toBe('examples/tidepool-quickstart/02-local-demo.md')
    const lines = readFileSync(path.join(dir, loc.artifactLocation!.uri!), 'utf8').split('\n')
    const region = loc.region!
    const line = lines[region.startLine! - 1]!
    expect(line.slice(region.startColumn! - 1, region.endColumn! - 1)).toBe('TP-ARCH-999')
    expect(region.endLine).toBe(region.startLine)
    // every result points at its rule
    for (const res of run.results ?? []) {
      expect(run.tool.driver.rules![res.ruleIndex!]!.id).toBe(res.ruleId)
    }
    expect(run.results?.some((x) => x.level === 'note')).toBe(true)
  })

  it('stays valid for hostile paths and messages, and follows configured levels', () => {
    const d = diag('warning', 'docs/a b/%20#?.md', 3, 'bad\u0000 "quote" \n next')
    const log = renderSarif(checkResult([], [d]), {
      version: '1.2.3',
      rules: { 'claim/draft': 'error', 'claim/unreferenced': 'off' }
    })
    expectValid(JSON.parse(JSON.stringify(log)))
    const rules = log.runs[0]!.tool.driver.rules!
    expect(rules.find((r) => r.id === 'claim/draft')!.defaultConfiguration).toEqual({
      level: 'error'
    })
    expect(rules.find((r) => r.id === 'claim/unreferenced')!.defaultConfiguration!.enabled).toBe(
      false
    )
    const uri = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!
    expect(decodeURIComponent(uri.split('/').pop()!)).toBe('%20#?.md')
  })
})

/** Parses one workflow command line back (the runner's grammar: `::cmd k=v,k=v::data`). */
function parseCommand(line: string): {
  command: string
  props: Record<string, string>
  data: string
} {
  const m = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line)
  if (!m) throw new Error(`not a workflow command: ${line}`)
  const unescape = (s: string) =>
    s
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')
  const props: Record<string, string> = {}
  for (const kv of m[2]!.split(',')) {
    const i = kv.indexOf('=')
    props[kv.slice(0, i)] = unescape(kv.slice(i + 1))
  }
  return { command: m[1]!, props, data: unescape(m[3]!) }
}

describe('--format github', () => {
  it('emits one workflow command per finding that parses back to it', () => {
    const dir = repoWithFindings()
    const json = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)
    const r = runCli(['check', '--format', 'github'], dir)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(json.diagnostics.length)
    const level = { error: 'error', warning: 'warning', info: 'notice' } as Record<string, string>
    lines.forEach((line, i) => {
      const d = json.diagnostics[i]
      const c = parseCommand(line)
      expect(c.command).toBe(level[d.severity])
      expect(c.data).toBe(d.message)
      expect(c.props).toMatchObject({ file: d.file, line: String(d.line), col: String(d.column) })
      expect(c.props['title']).toBe(d.claim ? `${d.rule} (${d.claim})` : d.rule)
    })
    const unknown = parseCommand(lines.find((l) => l.includes('TP-ARCH-999'))!)
    expect(Number(unknown.props['endColumn']) - Number(unknown.props['col'])).toBe(11)
    expect(r.code).toBe(1)
  })

  it('escapes so content can neither end the command nor start another', () => {
    const d = diag('error', 'a,b:c%.md', 2, 'first\n::warning::forged\r50%, done: yes')
    const out = renderGithub(checkResult([], [d]))
    expect(out.split('\n').filter(Boolean)).toHaveLength(1)
    const c = parseCommand(out.trimEnd())
    expect(c.props['file']).toBe('a,b:c%.md')
    expect(c.data).toBe('first\n::warning::forged\r50%, done: yes')
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
    expect(escapeData('a:b,c%\n')).toBe('a:b,c%25%0A')
  })
})
