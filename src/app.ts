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

/** A draft not rewritten because its inputs have errors. */
export interface KeptDraft {
  /** display path of the draft */
  path: string
  /** errors in its tutorial, the registry or the config */
  errors: number
}

/**
 * Drafts whose inputs have errors (like `tsc --noEmitOnError`): an error in the tutorial's own
 * files, in a registry folder, or anywhere that is not another tutorial or a committed draft
 * (unreadable config, a file refused at load). A draft built from a registry that does not parse
 * would silently drop what it could not read, so it is not written over the earlier one.
 */
export function draftsWithInputErrors(run: GenerateRun, cwd: string): KeptDraft[] {
  const dirs = run.project.tutorialDirs.map((d) => displayPath(d, cwd))
  const drafts = new Set(run.result.drafts.map((d) => d.path))
  const under = (file: string, dir: string): boolean =>
    dir === '.' || file === dir || file.startsWith(`${dir}/`)
  const errors = run.result.diagnostics.filter((x) => x.severity === 'error' && !drafts.has(x.file))
  const kept: KeptDraft[] = []
  for (const d of run.result.drafts) {
    const n = errors.filter(
      (x) =>
        under(x.file, d.tutorialDir) || !dirs.some((t) => t !== d.tutorialDir && under(x.file, t))
    ).length
    if (n > 0) kept.push({ path: d.path, errors: n })
  }
  return kept
}

/**
 * Writes the drafts of a run atomically (all or nothing). Drafts whose inputs have errors are
 * left as they were unless `force`; they are returned as `kept`.
 */
export function writeDrafts(
  run: GenerateRun,
  opts: { force?: boolean; cwd?: string } = {}
): WriteOutcome & { kept: KeptDraft[] } {
  const kept = opts.force ? [] : draftsWithInputErrors(run, opts.cwd ?? process.cwd())
  const keep = new Set(kept.map((k) => k.path))
  const outcome = writeFilesAtomically(
    run.result.drafts
      .map((d, i) => ({ path: run.draftFiles[i]!, content: d.markdown, display: d.path }))
      .filter((f) => !keep.has(f.display))
  )
  return { ...outcome, kept }
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
