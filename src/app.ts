// The use cases both front ends share (CLI in cli.ts, action in main.ts): load → engine → write.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Config } from './config/types.js'
import { check, generate, tutorialOf, type CheckResult, type GenerateResult } from './engine.js'
import { displayPath } from './io/paths.js'
import {
  autodetect,
  draftPathFor,
  loadProject,
  looksLikeTutorial,
  readTutorial,
  requireDir,
  resolveFolders,
  type LoadedProject,
  type ProjectSelection,
  type ReadRegistry,
  type Workspace
} from './io/project.js'
import { writeFilesAtomically, type WriteOutcome } from './io/write.js'
import type { Diagnostic, Tutorial } from './model.js'
import { applyRuleConfig, countBySeverity, diagnostic, RULES } from './rules.js'
import { prepareInParallel } from './parallel/pool.js'

export interface RunOptions {
  ws: Workspace
  config: Config
  selection: ProjectSelection
  strict?: boolean
  /** threads for big inputs (src/parallel); default: $TUTORIAL_AMPLIFIER_JOBS, else the CPU count */
  jobs?: number
  /**
   * generate: the run writes its drafts, so the committed drafts it overwrites are not guarded as
   * committed ones (their new text is what the run produces)
   */
  writes?: boolean
  /** the registry, already read and parsed for this config (not read or parsed again) */
  registry?: ReadRegistry
}

export function runCheck(o: RunOptions): { result: CheckResult; project: LoadedProject } {
  const project = loadProject(o.ws, o.config, o.selection)
  const input = { ...project.input, strict: o.strict ?? false }
  const prepared = prepareInParallel(input, undefined, { jobs: o.jobs })
  return { result: check(input, prepared), project }
}

export interface GenerateRun {
  result: GenerateResult
  project: LoadedProject
  /** absolute draft path per draft, same order as result.drafts */
  draftFiles: string[]
}

export function runGenerate(o: RunOptions): GenerateRun {
  const folders = o.writes ? resolveFolders(o.ws, o.config, o.selection).tutorialDirs : []
  const overwritten = new Set(folders.map((d) => draftPathFor(o.ws, o.config, d)))
  const selection = o.writes ? { ...o.selection, excludeDrafts: overwritten } : o.selection
  return generateFor(o, loadProject(o.ws, o.config, selection, o.registry))
}

function generateFor(o: RunOptions, project: LoadedProject): GenerateRun {
  const absByDir = new Map<string, string>()
  for (const d of project.tutorialDirs) {
    absByDir.set(displayPath(d, o.ws.cwd), draftPathFor(o.ws, o.config, d))
  }
  const input = { ...project.input, strict: o.strict ?? false }
  const draftPath = (dir: string): string => displayPath(absByDir.get(dir)!, o.ws.cwd)
  const prepared = prepareInParallel(
    input,
    input.tutorials.map((t) => draftPath(t.dir)),
    { jobs: o.jobs }
  )
  const result = generate(input, (t) => draftPath(t.dir), prepared)
  const draftFiles = result.drafts.map((d) => absByDir.get(d.tutorialDir)!)
  return { result, project, draftFiles }
}

/** Writes every draft of a run atomically (all or nothing). */
export function writeDrafts(run: GenerateRun): WriteOutcome {
  return writeFilesAtomically(
    run.result.drafts.map((d, i) => ({
      path: run.draftFiles[i]!,
      content: d.markdown,
      display: d.path
    }))
  )
}

/**
 * Display paths of committed drafts whose content differs from the regenerated one. Only drafts
 * that exist count: a draft never committed is not stale, just not written yet.
 */
export function staleDrafts(run: GenerateRun, cwd: string): string[] {
  const stale: string[] = []
  run.result.drafts.forEach((d, i) => {
    const abs = run.draftFiles[i]!
    let committed: string
    try {
      committed = readFileSync(abs, 'utf8')
    } catch {
      return // missing (or unreadable): nothing committed to compare with
    }
    if (committed !== d.markdown) stale.push(displayPath(path.resolve(abs), cwd))
  })
  return stale
}

/** `draft/stale` at the first line of every committed draft that differs from the regenerated one. */
export function staleDiagnostics(run: GenerateRun, cwd: string): Diagnostic[] {
  return staleDrafts(run, cwd).map((file) =>
    diagnostic(
      RULES.draftStale,
      { file, line: 1, column: 1 },
      'committed draft differs from the one its tutorial now produces; run tutorial-amplifier generate and commit the result'
    )
  )
}

/** Adds findings to a result, at their configured severities, and counts again. */
export function withDiagnostics<T extends CheckResult>(
  result: T,
  extra: readonly Diagnostic[],
  config: Config
): T {
  if (extra.length === 0) return result
  const diagnostics = applyRuleConfig([...result.diagnostics, ...extra], config.rules)
  return { ...result, diagnostics, summary: countBySeverity(diagnostics) }
}

/**
 * `check` as the action reports a pull request: validation, guarded committed drafts, and
 * `draft/stale` for committed drafts that differ from the regenerated ones (drafts are only
 * regenerated when one is committed).
 */
export function runCheckWithStale(o: RunOptions): { result: CheckResult; project: LoadedProject } {
  const project = loadProject(o.ws, o.config, o.selection)
  const committed = project.tutorialDirs.some((d) => existsSync(draftPathFor(o.ws, o.config, d)))
  if (!committed) {
    const input = { ...project.input, strict: o.strict ?? false }
    const prepared = prepareInParallel(input, undefined, { jobs: o.jobs })
    return { result: check(input, prepared), project }
  }
  if (o.ws.cwd === o.ws.root) {
    const run = generateFor(o, project)
    const { drafts: _drafts, ...result } = run.result
    return { result: withDiagnostics(result, staleDiagnostics(run, o.ws.cwd), o.config), project }
  }
  // drafts quote paths as seen from the repository root (as the action writes them): compare
  // those, and show the findings relative to the working directory like the rest
  const input = { ...project.input, strict: o.strict ?? false }
  const result = check(input, prepareInParallel(input, undefined, { jobs: o.jobs }))
  const atRoot: Workspace = { ...o.ws, cwd: o.ws.root }
  const absolute: ProjectSelection = {
    ...o.selection,
    tutorials: project.tutorialDirs,
    claims: project.claimDirs,
    // only the regenerated drafts are wanted here: the committed ones were guarded above
    guardDrafts: false
  }
  if (o.selection.drafts !== undefined) absolute.drafts = path.resolve(o.ws.cwd, o.selection.drafts)
  const config = { ...o.config }
  if (config.source !== undefined) {
    config.source = displayPath(path.resolve(o.ws.cwd, config.source), atRoot.cwd)
  }
  const rootRun = runGenerate({ ...o, ws: atRoot, config, selection: absolute })
  const stale = staleDiagnostics(rootRun, atRoot.cwd).map((d) => ({
    ...d,
    file: displayPath(path.resolve(atRoot.cwd, d.file), o.ws.cwd)
  }))
  return { result: withDiagnostics(result, stale, o.config), project }
}

export interface InspectRun {
  tutorials: { tutorial: Tutorial; diagnostics: Diagnostic[] }[]
}

/**
 * `inspect [DIR...]`: reads tutorials without the registry. A DIR that is not a tutorial itself
 * (a repository root) stands for the tutorials found under it; without DIR, the configured or
 * autodetected tutorials.
 */
export function runInspect(o: { ws: Workspace; config: Config; dirs: string[] }): InspectRun {
  const { ws, config } = o
  let dirs: string[]
  if (o.dirs.length === 0) dirs = resolveFolders(ws, config, {}).tutorialDirs
  else {
    dirs = o.dirs.flatMap((d) => {
      const abs = requireDir(ws, ws.cwd, d, 'tutorial')
      if (looksLikeTutorial(abs)) return [abs]
      const found = autodetect({ root: abs, cwd: ws.cwd }).tutorials
      return found.length > 0 ? found : [abs]
    })
  }
  const claimDirs =
    config.claims.length > 0
      ? config.claims.map((c) => requireDir(ws, ws.root, c, 'claims'))
      : autodetect(ws).claims
  const input = { tutorials: [], registry: [], config }
  return {
    tutorials: [...new Set(dirs)].map((d) => {
      const { diagnostics, ...files } = readTutorial(ws, d, claimDirs)
      const tutorial = tutorialOf(input, files)
      return {
        tutorial,
        diagnostics: applyRuleConfig([...diagnostics, ...tutorial.diagnostics], config.rules)
      }
    })
  }
}
