// The use cases both front ends share (CLI in cli.ts, action in main.ts): load → engine → write.
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Config } from './config/types.js'
import { claimIdRegExp } from './config/types.js'
import { URL_PLACEHOLDER } from './drafts/context.js'
import type { Draft } from './drafts/types.js'
import {
  check,
  draftOf,
  generate,
  tutorialOf,
  type CheckResult,
  type EngineInput,
  type GenerateResult
} from './engine.js'
import type { FileCache } from './io/cache.js'
import { displayPath, realInside } from './io/paths.js'
import { readSource } from './io/read.js'
import { parseRecord, renderRecord } from './llm/cache.js'
import type { ModelPort } from './llm/types.js'
import { fallbackLine, Session, writeDraft } from './llm/writer.js'
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
import { MAX_FILE_BYTES, readInside } from './io/read.js'
import { writeFilesAtomically, type WriteOutcome } from './io/write.js'
import type { Diagnostic, Tutorial } from './model.js'
import { applyRuleConfig, countBySeverity, diagnostic, RULES } from './rules.js'
import { prepareInParallel, type PoolOptions } from './parallel/pool.js'

export interface RunOptions {
  ws: Workspace
  config: Config
  selection: ProjectSelection
  strict?: boolean
  /** threads for big inputs (src/parallel); default: $TUTORIAL_AMPLIFIER_JOBS, else `autoJobs` */
  jobs?: number
  /**
   * generate: the run writes its drafts, so the committed drafts it overwrites are not guarded as
   * committed ones (their new text is what the run produces)
   */
  writes?: boolean
  /** the registry, already read and parsed for this config (not read or parsed again) */
  registry?: ReadRegistry
  /** told how many tutorials are done (the CLI's progress line, src/cli/progress.ts) */
  progress?: (done: number, total: number) => void
  /** what earlier runs read (`--cache`, src/io/cache.ts) */
  cache?: FileCache
}

/** The engine input of a project for these options (strictness, progress). */
function inputOf(o: RunOptions, project: LoadedProject): EngineInput {
  const input: EngineInput = { ...project.input, strict: o.strict ?? false }
  if (o.progress) input.onProgress = o.progress
  if (o.cache) input.cache = o.cache
  return input
}

function pool(o: RunOptions): PoolOptions {
  return {
    jobs: o.jobs,
    ...(o.progress ? { onProgress: o.progress } : {}),
    ...(o.cache ? { cacheAt: o.cache.where } : {})
  }
}

export function runCheck(o: RunOptions): { result: CheckResult; project: LoadedProject } {
  const project = loadProject(o.ws, o.config, o.selection)
  const input = inputOf(o, project)
  const prepared = prepareInParallel(input, undefined, pool(o))
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
  const input = inputOf(o, project)
  const draftPath = (dir: string): string => displayPath(absByDir.get(dir)!, o.ws.cwd)
  const prepared = prepareInParallel(
    input,
    input.tutorials.map((t) => draftPath(t.dir)),
    pool(o)
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
    // an "and N more" finding stands for N errors, as in the summary line
    const n = countBySeverity(
      errors.filter(
        (x) =>
          under(x.file, d.tutorialDir) || !dirs.some((t) => t !== d.tutorialDir && under(x.file, t))
      )
    ).errors
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

export interface ModelRunOptions {
  ws: Workspace
  config: Config
  strict?: boolean
  /** where the key is read from (`TUTORIAL_AMPLIFIER_LLM_KEY`, else `GITHUB_TOKEN`) */
  env: Record<string, string | undefined>
  /** a key to use when neither variable is set (the action's `github-token` input) */
  keyFallback?: string
  /** one line per channel that fell back (CLI: stderr; action: a warning) */
  warn: (line: string) => void
  /** injected by tests; default: the chat-completions client on `config.writer` */
  port?: ModelPort
}

/** The committed draft at `abs`, when it is a readable file inside the workspace with a record. */
function committedDraft(ws: Workspace, abs: string, display: string) {
  if (!existsSync(abs) || !realInside(ws.root, abs)) return undefined
  const r = readSource(ws.root, abs, display, RULES.tutorialStructure)
  if (!('file' in r)) return undefined
  const record = parseRecord(r.file.text)
  return record ? { markdown: r.file.text.replace(/\r\n?/g, '\n'), record } : undefined
}

/**
 * The model writer over a generated run (`writer.kind: llm`): every channel it is configured for
 * is asked of the model, guarded, repaired or left deterministic; each draft is then rebuilt around
 * the accepted texts (open questions, provenance and checklist recomputed) and records its writer.
 * A channel's inputs unchanged since the committed draft means its text is reused without a
 * request. Faults never throw: the channel falls back and `warn` says so.
 */
export async function writeWithModel(run: GenerateRun, o: ModelRunOptions): Promise<GenerateRun> {
  const cfg = o.config.writer
  const combined = o.config.channels.filter((c) => c.inCombinedDraft)
  const channels = cfg.channels.length > 0 ? cfg.channels : combined.map((c) => c.id)
  // the HTTP client is loaded only when a model is asked (deterministic runs never load it)
  const { ChatClient, modelKey } = await import('./llm/client.js')
  const port =
    o.port ??
    new ChatClient({
      endpoint: cfg.endpoint,
      model: cfg.model,
      key: modelKey(o.env, o.keyFallback),
      timeoutSeconds: cfg.timeoutSeconds
    })
  const session = new Session()
  const claimId = claimIdRegExp(o.config.claimIdPattern)
  const strict = o.strict ?? false
  const drafts: Draft[] = []
  for (const [i, d] of run.result.drafts.entries()) {
    // the run keeps tutorials without their chapters' text: parse this one again, whole
    const source = run.project.input.tutorials.find((t) => t.dir === d.tutorialDir)
    if (!source) {
      drafts.push(d)
      continue
    }
    const tutorial = tutorialOf(run.project.input, source)
    const registry = run.result.registry
    const sheet = d.facts
    const committed = committedDraft(o.ws, run.draftFiles[i]!, d.path)
    const written = await writeDraft(
      {
        sheet,
        channels: combined,
        deterministic: new Map(d.sections.map((s) => [s.id, s.markdown])),
        ...(committed ? { committed } : {}),
        env: {
          tutorial,
          registry,
          sheet,
          guard: {
            claimId,
            strict,
            channels: o.config.channels,
            facts: sheet,
            ...(sheet.url !== undefined ? { tutorialUrl: sheet.url } : {})
          },
          rules: o.config.rules,
          path: d.path,
          allowed: `${URL_PLACEHOLDER} ${o.config.hashtags.join(' ')}`
        }
      },
      port,
      session,
      { model: cfg.model, maxRounds: cfg.maxRounds, channels }
    )
    const input = { ...run.project.input, strict }
    const rebuilt = draftOf(input, tutorial, registry, d.path, {
      written: written.sections,
      record: renderRecord(written.record),
      facts: sheet
    })
    rebuilt.writer = written.report
    for (const r of written.report.channels) {
      const channel = combined.find((c) => c.id === r.name)
      if (r.source === 'fallback' && channel) o.warn(fallbackLine(d.path, channel, r))
    }
    drafts.push(rebuilt)
  }
  // the run reports the guard's findings on its own drafts: those of the drafts as now written
  const replaced = new Set(run.result.drafts.map((d) => d.path))
  const diagnostics = applyRuleConfig(
    [
      ...run.result.diagnostics.filter((x) => !replaced.has(x.file)),
      ...drafts.flatMap((d) => d.diagnostics)
    ],
    o.config.rules
  )
  return {
    ...run,
    result: { ...run.result, drafts, diagnostics, summary: countBySeverity(diagnostics) }
  }
}

/** `draft/stale` at the first line of every committed draft that differs from the regenerated one. */
export function staleDiagnostics(run: GenerateRun, ws: Workspace): Diagnostic[] {
  return staleDrafts(run, ws).map((file) =>
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
    const input = inputOf(o, project)
    const prepared = prepareInParallel(input, undefined, pool(o))
    return { result: check(input, prepared), project }
  }
  if (o.ws.cwd === o.ws.root) {
    const run = generateFor(o, project)
    const { drafts: _drafts, ...result } = run.result
    return { result: withDiagnostics(result, staleDiagnostics(run, o.ws), o.config), project }
  }
  // drafts quote paths as seen from the repository root (as the action writes them): compare
  // those, and show the findings relative to the working directory like the rest
  const input = inputOf(o, project)
  const result = check(input, prepareInParallel(input, undefined, pool(o)))
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
  const stale = staleDiagnostics(rootRun, atRoot).map((d) => ({
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
