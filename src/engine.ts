// The pure pipeline: files in, model + diagnostics + drafts out. The CLI (src/cli.ts) and the
// action (src/main.ts) both drive it; neither this file nor anything it imports touches fs.
import type { Config } from './config/types.js'
import { claimIdRegExp } from './config/types.js'
import type { Diagnostic, Registry, SkippedFile, SourceFile, Tutorial } from './model.js'
import { applyRuleConfig, countBySeverity } from './rules.js'
import { applySuppressions } from './suppressions.js'
import { parseTutorial, tutorialName } from './tutorial/index.js'
import { isReadingOf, type ChapterReading } from './tutorial/chapter.js'
import { uncitedFigureDiagnostics } from './tutorial/figures.js'
import { parseRegistry, type RegistryFileRead } from './claims/registry.js'
import { lookalikeDiagnostics } from './claims/lookalike.js'
import { validateCitations } from './claims/validate.js'
import { buildDraft, type DraftGuard } from './drafts/index.js'
import { tutorialUrl } from './drafts/context.js'
import { buildFactSheet } from './facts/build.js'
import type { FactSheet } from './facts/types.js'
import { guardDocument, guardDraft, parseDraftDocument } from './guard/index.js'
import type { Draft } from './drafts/types.js'
import { append } from './append.js'
import type { Root } from 'mdast'
import { createHash } from 'node:crypto'

/**
 * What earlier runs read, kept by the shell (`--cache`, src/io/cache.ts). The engine asks by slot
 * (what is read: the registry, one registry file, one tutorial folder, one file's tree) and key
 * (a digest of everything the reading depends on); a store that answers must give back exactly
 * what it was given for that key.
 */
export interface ParseCache {
  get(slot: string, key: string): unknown
  set(slot: string, key: string, value: unknown): void
}

export interface TutorialInput {
  /** display path of the tutorial folder */
  dir: string
  /** every Markdown file under it, and a mkdocs.yml at its top (display paths) */
  files: SourceFile[]
  /** folders under it the shell did not read (dependencies, hidden folders, registries), with reasons */
  skipped?: SkippedFile[]
  /**
   * the folder's name, when its display path does not end in it (the tutorial is the working
   * folder, `.`: a workshop whose chapters sit at the repository root)
   */
  name?: string
}

/** A draft somebody committed, to be guarded against its tutorial. */
export interface CommittedDraft {
  /** tutorial folder name it belongs to */
  tutorial: string
  file: SourceFile
}

/**
 * A committed draft the run guarded (`check --format json` lists them as `drafts`): its path, its
 * tutorial's folder name and its channel — a channel id, `combined` for the seven-section format,
 * or the channel word of a per-channel post the contract has no channel for (`newsletter`), else
 * `unknown`.
 */
export interface GuardedDraft {
  path: string
  tutorial: string
  channel: string
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
  /** `registry` already parsed with this config (the action's planner parses it first) */
  parsedRegistry?: Registry
  /** told after each tutorial is done (the CLI's progress line); never posted to workers */
  onProgress?: (done: number, total: number) => void
  /** what earlier runs read (`--cache`); never posted to workers (they open the same folder) */
  cache?: ParseCache
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
  /** the committed drafts guarded, in input order */
  guarded?: GuardedDraft[]
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

/** Everything a run learns from one tutorial, made by `tutorialWork` (here or on a worker). */
export interface TutorialWork {
  /** the tutorial, compacted (`compactTutorial`) once its drafts were built and guarded */
  tutorial: Tutorial
  /** problems found reading it, and its uncited figures */
  diagnostics: Diagnostic[]
  /**
   * the guard's findings on the committed drafts it owns: [index in `input.drafts`, findings,
   * the draft as listed in reports (path, tutorial, channel)]
   */
  guarded: [number, Diagnostic[], GuardedDraft][]
  /** its draft, when drafts are built */
  draft?: Draft
}

/**
 * Work already done elsewhere for the same input (src/parallel: worker threads), each piece made
 * by `tutorialWork` so the result is the same as the single-thread path's.
 */
export interface Prepared {
  registry: Registry
  /** one per `input.tutorials`, same order */
  works: TutorialWork[]
}

/** The registry of an input, parsed. */
export function registryOf(input: EngineInput): Registry {
  if (input.parsedRegistry) return input.parsedRegistry
  const cache = input.cache
  const pattern = input.config.claimIdPattern
  // with a cache, each file's reading is stored too: a run after one file changed reads that one
  const reads = cache
    ? (f: SourceFile, read: () => RegistryFileRead): RegistryFileRead =>
        cached(
          cache,
          `registry-file\u0000${f.path}`,
          digest(pattern, [f]),
          read,
          (r) => r.file.path === f.path && Array.isArray(r.items) && Array.isArray(r.diagnostics)
        )
    : undefined
  const read = (): Registry =>
    parseRegistry(input.registry, {
      claimId: claimIdRegExp(pattern),
      ...(reads ? { reads } : {})
    })
  if (!cache) return read()
  const key = digest(pattern, input.registry)
  // a stored registry is taken only if it is one of these files (an entry is workspace content)
  const paths = new Set(input.registry.map((f) => f.path))
  const fits = (r: Registry): boolean =>
    Array.isArray(r.claims) &&
    Array.isArray(r.diagnostics) &&
    Array.isArray(r.files) &&
    r.files.every((p) => paths.has(p))
  return cached(cache, 'registry', key, read, fits)
}

/** One tutorial of an input, parsed. */
export function tutorialOf(input: EngineInput, t: TutorialInput): Tutorial {
  const cache = input.cache
  // with a cache, each file's tree is stored too: a run after one chapter changed parses that one
  const trees = cache
    ? (f: SourceFile, parse: () => Root): Root =>
        cached(cache, `tree\u0000${f.path}`, digest('', [f]), parse, isRoot)
    : undefined
  // and what the reader made of each: a run after one chapter changed reads that one again (and
  // those after it whose exercises or time commitment it changed)
  const readings = cache
    ? (f: SourceFile, context: string, read: () => ChapterReading): ChapterReading =>
        cached(cache, `reading\u0000${f.path}`, digest(context, [f]), read, (r) =>
          isReadingOf(r, f.path)
        )
    : undefined
  const read = (): Tutorial =>
    parseTutorial(t.dir, t.files, {
      claimId: claimIdRegExp(input.config.claimIdPattern),
      ...(t.skipped ? { skippedDirs: t.skipped } : {}),
      ...(t.name !== undefined ? { name: t.name } : {}),
      ...(trees ? { trees } : {}),
      ...(readings ? { readings } : {})
    })
  if (!cache) return read()
  const skipped = (t.skipped ?? []).map((s) => `${s.file}\u0000${s.reason}`).join('\u0000')
  const key = digest(`${input.config.claimIdPattern}\u0000${t.name ?? ''}\u0000${skipped}`, t.files)
  // a stored tutorial is taken only if it is this folder, read from these files
  const paths = new Set(t.files.map((f) => f.path))
  const fits = (r: Tutorial): boolean =>
    r.dir === t.dir &&
    Array.isArray(r.chapters) &&
    Array.isArray(r.diagnostics) &&
    r.chapters.every((c) => paths.has(c.file))
  return cached(cache, `tutorial\u0000${t.dir}`, key, read, fits)
}

const isRoot = (r: Root): boolean => r.type === 'root' && Array.isArray(r.children)

function fitting<T>(value: T, fits: (value: T) => boolean): boolean {
  try {
    return fits(value)
  } catch {
    return false
  }
}

/** A digest of a setting and files (paths and texts, in order), as a cache key. */
function digest(setting: string, files: readonly SourceFile[]): string {
  const h = createHash('sha256').update(setting).update('\u0000')
  for (const f of files) {
    // lengths first: no two different file lists give the same stream
    h.update(`${f.path.length}:${f.path}${f.text.length}:`).update(f.text)
  }
  return h.digest('hex')
}

function cached<T extends object>(
  cache: ParseCache,
  slot: string,
  key: string,
  read: () => T,
  fits: (value: T) => boolean
): T {
  const hit = cache.get(slot, key)
  if (hit !== null && typeof hit === 'object' && fitting(hit as T, fits)) return hit as T
  const value = read()
  cache.set(slot, key, value)
  return value
}

/** Fact sheets built in this run, per tutorial (the guard of committed drafts and the writer share one). */
const sheets = new WeakMap<Tutorial, { registry: Registry; key: string; sheet: FactSheet }>()

/** What a draft of this tutorial may say (src/facts); built once per tutorial, registry and settings. */
export function factsOf(input: EngineInput, t: Tutorial, registry: Registry): FactSheet {
  const url = tutorialUrl(t, input.config)
  const key = `${input.config.claimIdPattern}\u0000${url ?? ''}`
  const known = sheets.get(t)
  if (known && known.registry === registry && known.key === key) return known.sheet
  const sheet = buildFactSheet(t, registry, {
    claimIdPattern: input.config.claimIdPattern,
    ...(url !== undefined ? { url } : {})
  })
  sheets.set(t, { registry, key, sheet })
  return sheet
}

/**
 * The draft of one parsed tutorial: facts → writer → guard. The engine hands the writer the guard
 * (the writer never imports it); its findings come back at configured severities.
 */
export function draftOf(
  input: EngineInput,
  t: Tutorial,
  registry: Registry,
  path: string,
  /** the model writer's accepted channel texts, its record line, and the sheet it wrote from */
  model?: { written: ReadonlyMap<string, string>; record: string; facts: FactSheet }
): Draft {
  const strict = input.strict ?? false
  const sheet = model?.facts ?? factsOf(input, t, registry)
  const url = tutorialUrl(t, input.config)
  const guard: DraftGuard = (file, opts) =>
    guardDraft(file, t, registry, {
      claimId: claimIdRegExp(input.config.claimIdPattern),
      strict,
      channels: input.config.channels,
      facts: sheet,
      ...(url !== undefined ? { tutorialUrl: url } : {}),
      ...(opts?.channel !== undefined ? { channel: opts.channel } : {})
    })
  const d = buildDraft(t, registry, input.config, sheet, {
    path,
    strict,
    guard,
    ...(model ? { written: model.written, record: model.record } : {})
  })
  d.diagnostics = applyRuleConfig(d.diagnostics, input.config.rules)
  for (const p of d.posts) p.diagnostics = applyRuleConfig(p.diagnostics, input.config.rules)
  return d
}

/** Guards one committed draft: its format and channel read from its name and first heading. */
function guardCommitted(
  input: EngineInput,
  d: CommittedDraft,
  tutorial: Tutorial,
  registry: Registry
): { diagnostics: Diagnostic[]; guarded: GuardedDraft } {
  const url = tutorialUrl(tutorial, input.config)
  const opts = {
    claimId: claimIdRegExp(input.config.claimIdPattern),
    strict: input.strict ?? false,
    channels: input.config.channels,
    // the fact sheet is built only when a required element is checked (and once per tutorial)
    facts: () => factsOf(input, tutorial, registry),
    ...(url !== undefined ? { tutorialUrl: url } : {})
  }
  const ours = input.config.draftFileName.split('{tutorial}').join(tutorial.name)
  const doc = parseDraftDocument(d.file, {
    channels: input.config.channels,
    detect: true,
    combined: d.file.path.slice(d.file.path.lastIndexOf('/') + 1) === ours,
    tutorial: tutorial.name
  })
  const channel =
    doc.format === 'combined' ? 'combined' : (doc.channel?.id ?? doc.channelWord ?? 'unknown')
  return {
    diagnostics: guardDocument(doc, tutorial, registry, opts),
    guarded: { path: d.file.path, tutorial: d.tutorial, channel }
  }
}

/**
 * What a run keeps of a tutorial once its drafts are built and guarded: everything but the
 * chapters' blocks (the tutorial's whole text, several times its size in memory), which nothing
 * after that reads. Runs over many tutorials then hold one full tutorial at a time.
 */
export function compactTutorial(t: Tutorial): Tutorial {
  return { ...t, chapters: t.chapters.map((c) => ({ ...c, blocks: [] })) }
}

/**
 * For each tutorial (by index), the committed drafts it owns (indexes into `input.drafts`): a
 * draft belongs to the first tutorial of its name, as before.
 */
export function draftOwners(input: EngineInput): Map<number, number[]> {
  const owners = new Map<number, number[]>()
  const firstByName = new Map<string, number>()
  input.tutorials.forEach((t, i) => {
    const name = t.name ?? tutorialName(t.dir)
    if (!firstByName.has(name)) firstByName.set(name, i)
  })
  ;(input.drafts ?? []).forEach((d, j) => {
    const i = firstByName.get(d.tutorial)
    if (i === undefined) return
    const list = owners.get(i)
    if (list) list.push(j)
    else owners.set(i, [j])
  })
  return owners
}

/**
 * Everything one tutorial contributes to a run: parse it, find its own problems, guard the
 * committed drafts it owns (`owned`, indexes into `input.drafts`) and, given a path, build its
 * draft; then drop what nothing reads any more.
 */
export function tutorialWork(
  input: EngineInput,
  t: TutorialInput,
  registry: Registry,
  owned: readonly number[],
  draftPath?: (t: Tutorial) => string
): TutorialWork {
  return workOn(input, tutorialOf(input, t), registry, owned, draftPath)
}

/** `tutorialWork` for a tutorial already parsed (by `tutorialOf`). */
export function workOn(
  input: EngineInput,
  tutorial: Tutorial,
  registry: Registry,
  owned: readonly number[],
  draftPath?: (t: Tutorial) => string
): TutorialWork {
  const diagnostics = append([], tutorial.diagnostics, uncitedFigureDiagnostics(tutorial))
  const guarded: [number, Diagnostic[], GuardedDraft][] = owned.map((j) => {
    const g = guardCommitted(input, input.drafts![j]!, tutorial, registry)
    return [j, g.diagnostics, g.guarded]
  })
  const work: TutorialWork = { tutorial: compactTutorial(tutorial), diagnostics, guarded }
  if (draftPath) work.draft = draftOf(input, tutorial, registry, draftPath(tutorial))
  return work
}

/** Every tutorial's work, one at a time (only one full tutorial is alive at any moment). */
function allWork(
  input: EngineInput,
  registry: Registry,
  draftPath?: (t: Tutorial) => string
): TutorialWork[] {
  const owners = draftOwners(input)
  const total = input.tutorials.length
  return input.tutorials.map((t, i) => {
    const work = tutorialWork(input, t, registry, owners.get(i) ?? [], draftPath)
    input.onProgress?.(i + 1, total)
    return work
  })
}

function analyse(
  input: EngineInput,
  registry: Registry,
  works: readonly TutorialWork[]
): Omit<CheckResult, 'summary'> {
  const tutorials = works.map((w) => w.tutorial)
  const diagnostics: Diagnostic[] = append([], input.loadDiagnostics ?? [], registry.diagnostics)
  for (const w of works) append(diagnostics, w.diagnostics)
  append(
    diagnostics,
    validateCitations(tutorials, registry, { reportUnreferenced: input.coverage ?? false })
  )
  // committed drafts in input order, as guarded against the tutorial that owns them
  const byIndex = new Map<number, [Diagnostic[], GuardedDraft]>()
  for (const w of works) for (const [j, found, g] of w.guarded) byIndex.set(j, [found, g])
  const guarded: GuardedDraft[] = []
  for (let j = 0; j < (input.drafts ?? []).length; j++) {
    const done = byIndex.get(j)
    if (!done) continue
    append(diagnostics, done[0])
    guarded.push(done[1])
  }
  const files = [
    ...input.tutorials.flatMap((t) => t.files),
    ...input.registry,
    ...(input.drafts ?? []).map((d) => d.file)
  ]
  // claim IDs written with a look-alike or invisible character are no citations: say so
  append(diagnostics, lookalikeDiagnostics(files, claimIdRegExp(input.config.claimIdPattern)))
  return { registry, tutorials, diagnostics: applySuppressions(diagnostics, files), guarded }
}

/** Validates tutorials, registry and any committed drafts (`prepared`: see `generate`). */
export function check(input: EngineInput, prepared?: Prepared): CheckResult {
  const registry = prepared?.registry ?? registryOf(input)
  const works = prepared?.works ?? allWork(input, registry)
  const base = analyse(input, registry, works)
  return finish({ ...base, summary: { errors: 0, warnings: 0, infos: 0 } }, input.config)
}

/**
 * Like `check`, and also builds one draft per tutorial; `draftPath` says where each will be written.
 * `prepared` hands in the work already done (by worker threads). Tutorials are read, drafted and
 * compacted one at a time; the result's tutorials have no chapter blocks (`compactTutorial`).
 */
export function generate(
  input: EngineInput,
  draftPath: (tutorial: Tutorial) => string,
  prepared?: Prepared
): GenerateResult {
  const registry = prepared?.registry ?? registryOf(input)
  const works = prepared?.works ?? allWork(input, registry, draftPath)
  const base = analyse(input, registry, works)
  const drafts = works.map((w) => w.draft!)
  // the writer checks itself: the guard's findings on every draft it wrote are reported like any
  // other (a LinkedIn post under its floor is a real finding, not "no problems")
  // (per-channel posts are not written by generate: their findings stay with the post, in the JSON
  // report, and a post the tutorial cannot fill is an open question of the draft)
  for (const d of drafts) append(base.diagnostics, d.diagnostics)
  return finish({ ...base, drafts, summary: { errors: 0, warnings: 0, infos: 0 } }, input.config)
}
