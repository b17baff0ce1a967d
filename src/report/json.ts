// The machine-readable reports (`--format json`). The shapes below are a public contract: exact
// keys, no extras, `claim` only when the diagnostic has one.
import type { CheckResult, GenerateResult } from '../engine.js'
import type { ChecklistStatus } from '../channels/checklist.js'
import type { Fact } from '../facts/types.js'
import type {
  ClaimStatus,
  Diagnostic,
  DiagramKind,
  OrderSource,
  Severity,
  Tutorial
} from '../model.js'
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

/** What the reader made of one tutorial (`check --format json`, `inspect --format json`). */
export interface TutorialJson {
  path: string
  title: string
  /** where the reading order came from */
  order: OrderSource
  /** in reading order */
  chapters: { file: string; title: string }[]
  /** Markdown files (and folders, ending in `/`) that are not chapters, with the reason */
  skipped: { file: string; reason: string }[]
  exercises: {
    id: string
    title: string
    minutes?: { min: number; max: number }
    optional: boolean
    file: string
    line: number
  }[]
  diagrams: { file: string; line: number; kind: DiagramKind; caption: string }[]
  /** the total time the tutorial states for itself */
  time?: { min: number; max: number; text: string; file: string; line: number }
  citations: { id: string; file: string; line: number; column: number }[]
}

export interface CheckJson {
  registry: { claims: { id: string; status: ClaimStatus; file: string; line: number }[] }
  tutorials: TutorialJson[]
  /** committed drafts guarded: path, tutorial folder name, channel (`linkedin`, `combined`, …) */
  drafts: { path: string; tutorial: string; channel: string }[]
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

/** One tutorial as the reader saw it. */
export function tutorialJson(t: Tutorial, path: PathMap = identity): TutorialJson {
  const out: TutorialJson = {
    path: path(t.dir),
    title: t.title,
    order: t.order,
    chapters: t.chapters.map((c) => ({ file: path(c.file), title: c.title })),
    skipped: t.skipped.map((s) => ({ file: path(s.file), reason: s.reason })),
    exercises: t.exercises.map((e) => ({
      id: e.id,
      title: e.title,
      ...(e.estimatedTime
        ? { minutes: { min: e.estimatedTime.minMinutes, max: e.estimatedTime.maxMinutes } }
        : {}),
      optional: e.optional,
      file: path(e.file),
      line: e.line
    })),
    diagrams: t.diagrams.map((d) => ({
      file: path(d.file),
      line: d.line,
      kind: d.kind,
      caption: d.caption
    })),
    citations: t.citations.map((c) => ({
      id: c.id,
      file: path(c.file),
      line: c.line,
      column: c.column
    }))
  }
  if (t.time) {
    const { citations, ...rest } = out
    return {
      ...rest,
      time: {
        min: t.time.min,
        max: t.time.max,
        text: t.time.text,
        file: path(t.time.file),
        line: t.time.line
      },
      citations
    }
  }
  return out
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
    tutorials: result.tutorials.map((t) => tutorialJson(t, cwdRelative)),
    drafts: (result.guarded ?? []).map((d) => ({
      path: cwdRelative(d.path),
      tutorial: d.tutorial,
      channel: d.channel
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
