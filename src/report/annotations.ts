// Which diagnostics become GitHub annotations. GitHub shows only about ten of each level per step,
// so we pick the worst first within per-level caps and say how many were left out (the job
// summary lists them all).
import type { Diagnostic, Severity } from '../model.js'
import { sortDiagnostics } from '../rules.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  file: string
  startLine: number
  startColumn: number
  title: string
}

export type AnnotationCaps = Record<AnnotationLevel, number>

export const DEFAULT_ANNOTATION_CAPS: AnnotationCaps = { error: 10, warning: 10, notice: 10 }

const LEVEL: Record<Severity, AnnotationLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'notice'
}

export function selectAnnotations(
  diags: readonly Diagnostic[],
  caps: Partial<AnnotationCaps> = DEFAULT_ANNOTATION_CAPS
): { annotations: Annotation[]; omitted: number } {
  const limit: AnnotationCaps = { ...DEFAULT_ANNOTATION_CAPS, ...caps }
  const used: AnnotationCaps = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  let omitted = 0
  for (const d of sortDiagnostics([...diags])) {
    const level = LEVEL[d.severity]
    if (used[level] >= Math.max(0, limit[level])) {
      omitted++
      continue
    }
    used[level]++
    annotations.push({
      level,
      message: d.message,
      file: d.file,
      startLine: Math.max(1, Math.trunc(d.line) || 1),
      startColumn: Math.max(1, Math.trunc(d.column) || 1),
      title: d.claim ? `${d.rule} (${d.claim})` : d.rule
    })
  }
  return { annotations, omitted }
}
