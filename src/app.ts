// The use cases both front ends share (CLI in cli.ts, action in main.ts): load → engine → write.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Config } from './config/types.js'
import { check, generate, type CheckResult, type GenerateResult } from './engine.js'
import { displayPath } from './io/paths.js'
import {
  draftPathFor,
  loadProject,
  resolveFolders,
  type LoadedProject,
  type ProjectSelection,
  type Workspace
} from './io/project.js'
import { writeFilesAtomically, type WriteOutcome } from './io/write.js'
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
  const project = loadProject(o.ws, o.config, selection)
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
