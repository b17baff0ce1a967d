// The terminal report of the CLI: one compiler-style line per diagnostic, then a summary line.
import type { CheckResult } from '../engine.js'
import { claimCount, type Severity } from '../model.js'
import { printable } from '../errors.js'
import { allDiagnostics, countsOf, locationText, summarySentence } from './common.js'

/** Styles the text report may ask for; the CLI paints them (or not: see src/cli/color.ts). */
export type TextStyle = 'red' | 'yellow' | 'blue' | 'green' | 'dim'

export type Paint = (style: TextStyle, text: string) => string

const noPaint: Paint = (_style, text) => text

const SEVERITY_STYLE: Record<Severity, TextStyle> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue'
}

/**
 * Content is untrusted: control characters (including ANSI escapes), bidi overrides and line
 * breaks must not reach the terminal, nor a workflow command the Actions log (see `printable`).
 */
export const terminalSafe = printable

export function renderText(result: CheckResult, opts: { paint?: Paint } = {}): string {
  const paint = opts.paint ?? noPaint
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
      paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(sevWidth)),
      r.message,
      paint('dim', `[${r.rule}]`)
    ].join('  ')
  )
  const counts = countsOf(diagnostics)
  const sentence = summarySentence(counts, result.tutorials.length, claimCount(result.registry))
  const problems = counts.errors + counts.warnings > 0
  const summary = problems
    ? paint(counts.errors > 0 ? 'red' : 'yellow', `✖ ${sentence}`)
    : paint('green', `✔ ${sentence}`)
  return [...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n')
}
