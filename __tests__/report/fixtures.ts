// Hand-built engine results for the report tests (the engine's modules are built separately).
import type { CheckResult, GenerateResult } from '../../src/engine.js'
import type { Draft } from '../../src/drafts/types.js'
import { SECTIONS } from '../../src/drafts/types.js'
import type { Claim, Diagnostic, Exercise, Severity, Tutorial } from '../../src/model.js'
import { countBySeverity, sortDiagnostics } from '../../src/rules.js'

export function diag(
  severity: Severity,
  file: string,
  line: number,
  message: string,
  rule = severity === 'error'
    ? 'claim/unknown'
    : severity === 'warning'
      ? 'claim/draft'
      : 'claim/unreferenced',
  claim?: string
): Diagnostic {
  const d: Diagnostic = { rule, severity, message, file, line, column: 3 }
  if (claim !== undefined) d.claim = claim
  return d
}

export function claim(id: string, status: Claim['status'], line: number): Claim {
  return {
    id,
    claim: `wording of ${id}`,
    status,
    evidence: [],
    implications: [],
    limitations: [],
    category: 'limitations',
    file: 'claims/limitations.md',
    line,
    column: 1
  }
}

export function exercise(id: string, title: string, time?: string): Exercise {
  const e: Exercise = {
    id,
    title,
    chapter: 'tut/02-exercises.md',
    file: 'tut/02-exercises.md',
    line: 10,
    column: 1,
    optional: false
  }
  if (time) e.estimatedTime = { text: time, minMinutes: 1, maxMinutes: 2 }
  return e
}

export function tutorial(name: string, over: Partial<Tutorial> = {}): Tutorial {
  return {
    dir: `tutorials/${name}`,
    name,
    title: `Title of ${name}`,
    chapters: [],
    order: 'single',
    skipped: [],
    diagrams: [],
    glossary: [],
    exercises: [],
    figures: [],
    images: [],
    links: [],
    citations: [],
    prerequisites: [],
    diagnostics: [],
    ...over
  }
}

export function draft(t: Tutorial, over: Partial<Draft> = {}): Draft {
  const sections = SECTIONS.map((s) => ({
    id: s.id,
    heading: s.heading,
    markdown: `Body of ${s.heading}.`
  }))
  return {
    tutorial: t.name,
    tutorialDir: t.dir,
    path: `${t.dir}/publication-drafts/${t.name}.draft.md`,
    markdown: [
      `# Draft — ${t.name}`,
      ...sections.map((s) => `## ${s.heading}\n\n${s.markdown}`)
    ].join('\n\n'),
    sections,
    openQuestions: [
      { channel: 'General', kind: 'claims-verification', text: 'Is KS-PERF-001 verified?' }
    ],
    checklist: [
      { item: 'Technical Accuracy', status: 'pass' },
      { item: 'No Overclaiming', status: 'warn', reason: 'one figure untraced' }
    ],
    diagnostics: [],
    facts: { tutorial: t.name, dir: t.dir, title: t.title, facts: [] },
    posts: [],
    ...over
  }
}

export function checkResult(
  tutorials: Tutorial[],
  diagnostics: Diagnostic[],
  claims: Claim[] = [claim('KS-LIMIT-001', 'verified', 3)]
): CheckResult {
  const sorted = sortDiagnostics([...diagnostics])
  return {
    registry: { claims, files: ['claims/limitations.md'], diagnostics: [] },
    tutorials,
    diagnostics: sorted,
    summary: countBySeverity(sorted)
  }
}

export function generateResult(
  tutorials: Tutorial[],
  diagnostics: Diagnostic[],
  drafts: Draft[] = tutorials.map((t) => draft(t)),
  claims?: Claim[]
): GenerateResult {
  return { ...checkResult(tutorials, diagnostics, claims), drafts }
}

/** Lines that open or close a backtick/tilde fence, outside nothing (a plain line scan). */
export function fenceLines(markdown: string): number {
  return markdown.split('\n').filter((l) => /^ {0,3}(`{3,}|~{3,})/.test(l)).length
}

export function count(haystack: string, needle: string | RegExp): number {
  const re =
    typeof needle === 'string'
      ? new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
      : needle
  return (haystack.match(re) ?? []).length
}
