// The terminal report of the CLI: one compiler-style line per diagnostic, then a summary line.
import type { CheckResult } from '../engine.js'
import type { Severity } from '../model.js'
import { printable } from '../errors.js'
import { allDiagnostics, countsOf, locationText, summarySentence } from './common.js'

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  green: '\u001b[32m',
  dim: '\u001b[2m',
  reset: '\u001b[0m'
}

const SEVERITY_COLOR: Record<Severity, string> = {
  error: ANSI.red,
  warning: ANSI.yellow,
  info: ANSI.blue
}

/**
 * Content is untrusted: control characters (including ANSI escapes), bidi overrides and line
 * breaks must not reach the terminal, nor a workflow command the Actions log (see `printable`).
 */
export const terminalSafe = printable

export function renderText(result: CheckResult, opts: { color?: boolean } = {}): string {
  const color = opts.color ?? false
  const paint = (code: string, s: string): string => (color ? `${code}${s}${ANSI.reset}` : s)
  const diagnostics = allDiagnostics(result)
  const rows = diagnostics.map((d) => ({
    at: terminalSafe(locationText(d)),
    severity: d.severity,
    message: terminalSafe(d.message),
    rule: terminalSafe(d.rule)
  }))
  const atWidth = rows.reduce((w, r) => Math.max(w, r.at.length), 0)
  const sevWidth = rows.reduce((w, r) => Math.max(w, r.severity.length), 0)
  const lines = rows.map((r) =>
    [
      r.at.padEnd(atWidth),
      paint(SEVERITY_COLOR[r.severity], r.severity.padEnd(sevWidth)),
      r.message,
      paint(ANSI.dim, `[${r.rule}]`)
    ].join('  ')
  )
  const counts = countsOf(diagnostics)
  const sentence = summarySentence(counts, result.tutorials.length, result.registry.claims.length)
  const problems = counts.errors + counts.warnings > 0
  const summary = problems
    ? paint(counts.errors > 0 ? ANSI.red : ANSI.yellow, `✖ ${sentence}`)
    : paint(ANSI.green, `✔ ${sentence}`)
  return [...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n')
}
