// `--format github`: one workflow command per finding (`::error file=…,line=…::message`), for
// `run:` steps in GitHub Actions. Escaping follows @actions/core's command rules: in data `%`, CR
// and LF are percent-encoded; in property values also `:` and `,`.
import type { CheckResult } from '../engine.js'
import type { Diagnostic, Severity } from '../model.js'
import { allDiagnostics } from './common.js'

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function workflowCommand(
  d: Diagnostic,
  repoPath: (file: string) => string = (f) => f
): string {
  const line = Math.max(1, Math.trunc(d.line) || 1)
  const col = Math.max(1, Math.trunc(d.column) || 1)
  const props: [string, string | number][] = [
    ['file', repoPath(d.file)],
    ['line', line],
    ['col', col]
  ]
  if (d.endLine !== undefined && d.endColumn !== undefined) {
    props.push(['endLine', d.endLine], ['endColumn', d.endColumn])
  }
  props.push(['title', d.claim ? `${d.rule} (${d.claim})` : d.rule])
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')
  return `::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}`
}

/** Every finding as a workflow command, worst first, one per line. */
export function renderGithub(
  result: CheckResult,
  repoPath: (file: string) => string = (f) => f
): string {
  return allDiagnostics(result)
    .map((d) => `${workflowCommand(d, repoPath)}\n`)
    .join('')
}
