// The machine-readable reports (`--format json`). The shapes below are a public contract: exact
// keys, no extras, `claim` only when the diagnostic has one.
import type { CheckResult, GenerateResult } from '../engine.js'
import type { ChecklistStatus, Draft } from '../drafts/types.js'
import type { ClaimStatus, Diagnostic, Severity } from '../model.js'
import { allDiagnostics, countsOf } from './common.js'
import { writerOf } from './writer.js'
import type { ChannelSource } from '../llm/types.js'

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

/** Who wrote a draft's channels: the deterministic writer, or a model with its fallbacks. */
export interface WriterJson {
  kind: 'deterministic' | 'llm'
  model: string | null
  /** HTTP requests sent for this draft (retries included); 0 when every answer was reused */
  requests: number
  channels: {
    /** channel id */
    name: string
    source: ChannelSource
    rounds: number
    findings: { rule: string; severity: Severity; message: string; line: number }[]
    /** present when a request failed (timeout, rate-limit, server, malformed, unreachable, refused) */
    fault?: string
  }[]
}

export interface GenerateJson {
  drafts: {
    tutorial: string
    path: string
    sections: string[]
    openQuestions: number
    checklist: { item: string; status: ChecklistStatus; reason?: string }[]
    writer: WriterJson
  }[]
  diagnostics: JsonDiagnostic[]
  summary: JsonSummary
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
      writer: writerJson(d)
    })),
    ...diagnosticsAndSummary(result, cwdRelative)
  }
}

function writerJson(d: Draft): WriterJson {
  const w = writerOf(d)
  return {
    kind: w.kind,
    model: w.model,
    requests: w.requests,
    channels: w.channels.map((c) => ({
      name: c.name,
      source: c.source,
      rounds: c.rounds,
      findings: c.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        line: f.line
      })),
      ...(c.fault ? { fault: c.fault.kind } : {})
    }))
  }
}
