// The pure pipeline: files in, model + diagnostics + drafts out. The CLI (src/cli.ts) and the
// action (src/main.ts) both drive it; neither this file nor anything it imports touches fs.
import type { Config } from './config/types.js'
import { claimIdRegExp } from './config/types.js'
import type { Diagnostic, Registry, SourceFile, Tutorial } from './model.js'
import { applyRuleConfig, countBySeverity } from './rules.js'
import { parseTutorial } from './tutorial/index.js'
import { uncitedFigureDiagnostics } from './tutorial/figures.js'
import { parseRegistry } from './claims/registry.js'
import { validateCitations } from './claims/validate.js'
import { buildDraft } from './drafts/index.js'
import { guardDraft } from './guard/index.js'
import type { Draft } from './drafts/types.js'
import { append } from './append.js'

export interface TutorialInput {
  /** display path of the tutorial folder */
  dir: string
  /** every Markdown file under it (display paths) */
  files: SourceFile[]
}

/** A draft somebody committed, to be guarded against its tutorial. */
export interface CommittedDraft {
  /** tutorial folder name it belongs to */
  tutorial: string
  file: SourceFile
}

export interface EngineInput {
  tutorials: TutorialInput[]
  registry: SourceFile[]
  config: Config
  drafts?: CommittedDraft[]
  /** report `claim/unreferenced` (only meaningful when every tutorial of the project was read) */
  coverage?: boolean
  /** problems the shell met while reading files (unreadable, too large, not UTF-8, …) */
  loadDiagnostics?: Diagnostic[]
  /** `--strict`: untraced figures in drafts are errors */
  strict?: boolean
}

export interface Summary {
  errors: number
  warnings: number
  infos: number
}

export interface CheckResult {
  registry: Registry
  tutorials: Tutorial[]
  diagnostics: Diagnostic[]
  summary: Summary
}

export interface GenerateResult extends CheckResult {
  drafts: Draft[]
}

function finish<T extends { diagnostics: Diagnostic[]; summary: Summary }>(
  result: T,
  config: Config
): T {
  result.diagnostics = applyRuleConfig(result.diagnostics, config.rules)
  result.summary = countBySeverity(result.diagnostics)
  return result
}

/**
 * Work already done elsewhere for the same input (src/parallel: worker threads), each piece made
 * by the helpers below so the result is the same as the single-thread path's.
 */
export interface Prepared {
  registry: Registry
  /** one per `input.tutorials`, same order, from `tutorialOf` */
  tutorials: Tutorial[]
  /** one per tutorial, same order, from `draftOf` */
  drafts?: Draft[]
}

/** The registry of an input, parsed. */
export function registryOf(input: EngineInput): Registry {
  return parseRegistry(input.registry, { claimId: claimIdRegExp(input.config.claimIdPattern) })
}

/** One tutorial of an input, parsed. */
export function tutorialOf(input: EngineInput, t: TutorialInput): Tutorial {
  return parseTutorial(t.dir, t.files, { claimId: claimIdRegExp(input.config.claimIdPattern) })
}

/** The draft of one parsed tutorial, its diagnostics at configured severities. */
export function draftOf(input: EngineInput, t: Tutorial, registry: Registry, path: string): Draft {
  const d = buildDraft(t, registry, input.config, { path, strict: input.strict ?? false })
  d.diagnostics = applyRuleConfig(d.diagnostics, input.config.rules)
  return d
}

function analyse(input: EngineInput, prepared?: Prepared): Omit<CheckResult, 'summary'> {
  const claimId = claimIdRegExp(input.config.claimIdPattern)
  const registry = prepared?.registry ?? registryOf(input)
  const tutorials = prepared?.tutorials ?? input.tutorials.map((t) => tutorialOf(input, t))
  const diagnostics: Diagnostic[] = append([], input.loadDiagnostics ?? [], registry.diagnostics)
  for (const t of tutorials) append(diagnostics, t.diagnostics, uncitedFigureDiagnostics(t))
  append(
    diagnostics,
    validateCitations(tutorials, registry, { reportUnreferenced: input.coverage ?? false })
  )
  for (const d of input.drafts ?? []) {
    const tutorial = tutorials.find((t) => t.name === d.tutorial)
    if (!tutorial) continue
    append(
      diagnostics,
      guardDraft(d.file, tutorial, registry, { claimId, strict: input.strict ?? false })
    )
  }
  return { registry, tutorials, diagnostics }
}

/** Validates tutorials, registry and any committed drafts (`prepared`: see `generate`). */
export function check(input: EngineInput, prepared?: Prepared): CheckResult {
  const base = analyse(input, prepared)
  return finish({ ...base, summary: { errors: 0, warnings: 0, infos: 0 } }, input.config)
}

/**
 * Like `check`, and also builds one draft per tutorial; `draftPath` says where each will be written.
 * `prepared` hands in registry, tutorials and drafts already made (by worker threads).
 */
export function generate(
  input: EngineInput,
  draftPath: (tutorial: Tutorial) => string,
  prepared?: Prepared
): GenerateResult {
  const base = analyse(input, prepared)
  const drafts =
    prepared?.drafts ?? base.tutorials.map((t) => draftOf(input, t, base.registry, draftPath(t)))
  return finish({ ...base, drafts, summary: { errors: 0, warnings: 0, infos: 0 } }, input.config)
}
