// The machine-readable reports (`--format json`). The shapes below are a public contract: exact
// keys, no extras, `claim` only when the diagnostic has one.
import type { CheckResult, GenerateResult } from '../engine.js'
import type { ChecklistStatus } from '../channels/checklist.js'
import type { Fact } from '../facts/types.js'
import type { ClaimStatus, Diagnostic, Severity } from '../model.js'
import { allDiagnostics, countsOf } from './common.js'

export interface JsonDiagnostic {
  rule: string
  severity: Severity
  message: string
  file: string
  line: number
  column: number
  claim?: string
}

export interface JsonSummary {
  errors: number
  warnings: number
  infos: number
}

export interface CheckJson {
  registry: { claims: { id: string; status: ClaimStatus; file: string; line: number }[] }
  tutorials: {
    path: string
    title: string
    citations: { id: string; file: string; line: number; column: number }[]
  }[]
  diagnostics: JsonDiagnostic[]
  summary: JsonSummary
}

export interface GenerateJson {
  drafts: {
    tutorial: string
    path: string
    sections: string[]
    openQuestions: number
    checklist: { item: string; status: ChecklistStatus; reason?: string }[]
    /** what the draft may say: each fact with its role and source (src/facts/types.ts) */
    facts: Fact[]
    /** per-channel posts (channels outside the combined draft, e.g. the newsletter blurb) */
    posts: { channel: string; path: string; markdown: string }[]
  }[]
  diagnostics: JsonDiagnostic[]
  summary: JsonSummary
}

function factJson(f: Fact, path: PathMap): Fact {
  const source = { ...f.source }
  if (source.file !== undefined) source.file = path(source.file)
  return { ...f, source }
}

type PathMap = (p: string) => string

const identity: PathMap = (p) => p

function diagnosticJson(d: Diagnostic, path: PathMap): JsonDiagnostic {
  const out: JsonDiagnostic = {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    file: path(d.file),
    line: d.line,
    column: d.column
  }
  if (d.claim !== undefined) out.claim = d.claim
  return out
}

function diagnosticsAndSummary(
  result: CheckResult | GenerateResult,
  path: PathMap
): { diagnostics: JsonDiagnostic[]; summary: JsonSummary } {
  const all = allDiagnostics(result)
  const c = countsOf(all)
  return {
    diagnostics: all.map((d) => diagnosticJson(d, path)),
    summary: { errors: c.errors, warnings: c.warnings, infos: c.infos }
  }
}

/** The `check --format json` document. `cwdRelative` maps every path (default: as given). */
export function checkJson(result: CheckResult, cwdRelative: PathMap = identity): CheckJson {
  return {
    registry: {
      claims: result.registry.claims.map((c) => ({
        id: c.id,
        status: c.status.toLowerCase() as ClaimStatus,
        file: cwdRelative(c.file),
        line: c.line
      }))
    },
    tutorials: result.tutorials.map((t) => ({
      path: cwdRelative(t.dir),
      title: t.title,
      citations: t.citations.map((c) => ({
        id: c.id,
        file: cwdRelative(c.file),
        line: c.line,
        column: c.column
      }))
    })),
    ...diagnosticsAndSummary(result, cwdRelative)
  }
}

/** The `generate --format json` document. */
export function generateJson(
  result: GenerateResult,
  cwdRelative: PathMap = identity
): GenerateJson {
  return {
    drafts: result.drafts.map((d) => ({
      tutorial: d.tutorial,
      path: cwdRelative(d.path),
      sections: d.sections.map((s) => s.heading),
      openQuestions: d.openQuestions.length,
      checklist: d.checklist.map((c) => {
        const item: { item: string; status: ChecklistStatus; reason?: string } = {
          item: c.item,
          status: c.status
        }
        if (c.reason !== undefined && c.reason !== '') item.reason = c.reason
        return item
      }),
      facts: d.facts.facts.map((f) => factJson(f, cwdRelative)),
      posts: d.posts.map((p) => ({
        channel: p.channel,
        path: cwdRelative(p.path),
        markdown: p.markdown
      }))
    })),
    ...diagnosticsAndSummary(result, cwdRelative)
  }
}
