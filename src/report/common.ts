// Shared helpers of the report renderers: which diagnostics a result holds, counts, per-tutorial
// rows and the one-line summary. Pure functions over the engine's results.
import type { CheckResult, GenerateResult, Summary } from '../engine.js'
import type { Draft } from '../drafts/types.js'
import type { Diagnostic, Location, Severity, Tutorial } from '../model.js'
import { countBySeverity, sortDiagnostics } from '../rules.js'

export function draftsOf(result: CheckResult | GenerateResult): Draft[] {
  const drafts = (result as Partial<GenerateResult>).drafts
  return Array.isArray(drafts) ? drafts : []
}

/**
 * Every diagnostic a report shows, worst first: the run's own (tutorials, registry, committed
 * drafts, and — after `generate` — the guard's findings on each draft it built, which the engine
 * adds: the writer checks itself). Counts, exit codes and step status all follow this list.
 */
export function allDiagnostics(result: CheckResult | GenerateResult): Diagnostic[] {
  return sortDiagnostics([...result.diagnostics])
}

export function countsOf(diagnostics: readonly Diagnostic[]): Summary {
  return countBySeverity(diagnostics)
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** `2 errors, 3 warnings, 1 info in 1 tutorial, 12 claims` or `no problems in …`. */
export function summarySentence(c: Summary, tutorials: number, claims: number): string {
  const parts: string[] = []
  if (c.errors) parts.push(plural(c.errors, 'error'))
  if (c.warnings) parts.push(plural(c.warnings, 'warning'))
  if (c.infos) parts.push(plural(c.infos, 'info', 'info'))
  const what = parts.length === 0 ? 'no problems' : parts.join(', ')
  return `${what} in ${plural(tutorials, 'tutorial')}, ${plural(claims, 'claim')}`
}

/** `file:line:col` (just `file` for file-level diagnostics without a line). */
export function locationText(at: Location, withColumn = true): string {
  if (!(at.line > 0)) return at.file
  return withColumn && at.column > 0
    ? `${at.file}:${at.line}:${at.column}`
    : `${at.file}:${at.line}`
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' }

export interface TutorialRow {
  name: string
  dir: string
  title: string
  tutorial?: Tutorial
  draft?: Draft
  citations: number
  errors: number
  warnings: number
  infos: number
  openQuestions: number
}

function inside(file: string, dir: string): boolean {
  if (dir === '' || dir === '.') return !file.startsWith('../')
  const d = dir.endsWith('/') ? dir : `${dir}/`
  return file === dir || file.startsWith(d)
}

/** Diagnostics grouped by file, so per-tutorial counts do not scan every diagnostic per tutorial. */
function byFile(diagnostics: readonly Diagnostic[]): Map<string, Summary> {
  const out = new Map<string, Summary>()
  for (const d of diagnostics) {
    let c = out.get(d.file)
    if (!c) out.set(d.file, (c = { errors: 0, warnings: 0, infos: 0 }))
    if (d.severity === 'error') c.errors++
    else if (d.severity === 'warning') c.warnings++
    else c.infos++
  }
  return out
}

/** One row per tutorial (plus any draft whose tutorial is not in the result), in result order. */
export function tutorialRows(
  result: CheckResult | GenerateResult,
  diagnostics: readonly Diagnostic[] = allDiagnostics(result)
): TutorialRow[] {
  const drafts = draftsOf(result)
  const used = new Set<Draft>()
  const files = byFile(diagnostics)
  const row = (name: string, dir: string, title: string, t?: Tutorial): TutorialRow => {
    const draft = drafts.find((d) => !used.has(d) && (d.tutorialDir === dir || d.tutorial === name))
    if (draft) used.add(draft)
    const c: Summary = { errors: 0, warnings: 0, infos: 0 }
    for (const [file, n] of files) {
      if (!inside(file, dir) && file !== draft?.path) continue
      c.errors += n.errors
      c.warnings += n.warnings
      c.infos += n.infos
    }
    const r: TutorialRow = {
      name,
      dir,
      title,
      citations: t?.citations.length ?? 0,
      errors: c.errors,
      warnings: c.warnings,
      infos: c.infos,
      openQuestions: draft?.openQuestions.length ?? 0
    }
    if (t) r.tutorial = t
    if (draft) r.draft = draft
    return r
  }
  const rows = result.tutorials.map((t) => row(t.name, t.dir, t.title, t))
  for (const d of drafts) if (!used.has(d)) rows.push(row(d.tutorial, d.tutorialDir, d.tutorial))
  return rows
}
