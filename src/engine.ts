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

function analyse(input: EngineInput): Omit<CheckResult, 'summary'> {
  const claimId = claimIdRegExp(input.config.claimIdPattern)
  const registry = parseRegistry(input.registry, { claimId })
  const tutorials = input.tutorials.map((t) => parseTutorial(t.dir, t.files, { claimId }))
  const diagnostics: Diagnostic[] = [...(input.loadDiagnostics ?? []), ...registry.diagnostics]
  for (const t of tutorials) diagnostics.push(...t.diagnostics, ...uncitedFigureDiagnostics(t))
  diagnostics.push(
    ...validateCitations(tutorials, registry, { reportUnreferenced: input.coverage ?? false })
  )
  for (const d of input.drafts ?? []) {
    const tutorial = tutorials.find((t) => t.name === d.tutorial)
    if (!tutorial) continue
    diagnostics.push(
      ...guardDraft(d.file, tutorial, registry, { claimId, strict: input.strict ?? false })
    )
  }
  return { registry, tutorials, diagnostics }
}

/** Validates tutorials, registry and any committed drafts. */
export function check(input: EngineInput): CheckResult {
  return finish({ ...analyse(input), summary: { errors: 0, warnings: 0, infos: 0 } }, input.config)
}

/** Like `check`, and also builds one draft per tutorial; `draftPath` says where each will be written. */
export function generate(
  input: EngineInput,
  draftPath: (tutorial: Tutorial) => string
): GenerateResult {
  const base = analyse(input)
  const drafts = base.tutorials.map((t) =>
    buildDraft(t, base.registry, input.config, {
      path: draftPath(t),
      strict: input.strict ?? false
    })
  )
  for (const d of drafts) d.diagnostics = applyRuleConfig(d.diagnostics, input.config.rules)
  return finish({ ...base, drafts, summary: { errors: 0, warnings: 0, infos: 0 } }, input.config)
}
