// The use cases both front ends share (CLI in cli.ts, action in main.ts): load → engine → write.
import path from 'node:path'
import type { Config } from './config/types.js'
import { check, generate, type CheckResult, type GenerateResult } from './engine.js'
import { displayPath } from './io/paths.js'
import {
  draftPathFor,
  loadProject,
  type LoadedProject,
  type ProjectSelection,
  type Workspace
} from './io/project.js'
import { MAX_FILE_BYTES, readInside } from './io/read.js'
import { writeFilesAtomically, type WriteOutcome } from './io/write.js'
import { prepareInParallel } from './parallel/pool.js'

export interface RunOptions {
  ws: Workspace
  config: Config
  selection: ProjectSelection
  strict?: boolean
  /** threads for big inputs (src/parallel); default: $TUTORIAL_AMPLIFIER_JOBS, else the CPU count */
  jobs?: number
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
  const project = loadProject(o.ws, o.config, o.selection)
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
export function staleDrafts(run: GenerateRun, ws: Workspace): string[] {
  const stale: string[] = []
  run.result.drafts.forEach((d, i) => {
    const abs = run.draftFiles[i]!
    // through the workspace gate: a draft path that is a FIFO or a link out is not read
    const r = readInside(ws.root, abs, MAX_FILE_BYTES)
    if ('refused' in r) return // missing (or unreadable): nothing committed to compare with
    const committed = r.bytes.toString('utf8')
    if (committed !== d.markdown) stale.push(displayPath(path.resolve(abs), ws.cwd))
  })
  return stale
}
