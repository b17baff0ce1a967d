// The shell's view of a project on disk: find tutorials, registry folders and committed drafts,
// read them into SourceFiles, and say where drafts go. Everything outside the workspace is refused.
import { existsSync, lstatSync, readdirSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { Config } from '../config/types.js'
import type { CommittedDraft, EngineInput, TutorialInput } from '../engine.js'
import { UsageError } from '../errors.js'
import type { Diagnostic, Registry, RuleDef, SkippedFile, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import picomatch from 'picomatch'
import { HEAD_LINES, matchDraft, type TutorialRef } from '../guard/match.js'
import { looksLikeTutorial as layoutLooksLikeTutorial } from '../tutorial/layout.js'
import { displayPath, realInside, resolveInside } from './paths.js'
import { ignoreMatcher } from './ignore.js'
import { readSource } from './read.js'

/** Folders never searched when autodetecting or listing files. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'build', 'publication-drafts'])
const TUTORIAL_FILE = /\.(?:md|markdown)$/i
const MKDOCS = /^mkdocs\.ya?ml$/i
const REGISTRY_FILE = /\.(md|markdown|ya?ml)$/i

export interface Workspace {
  /** absolute workspace root; nothing outside it is read or written */
  root: string
  /** absolute directory display paths are relative to */
  cwd: string
  /** the config's `ignore:` globs (workspace-relative): matching files and folders are never read */
  ignore?: readonly string[]
}

function skipDir(name: string): boolean {
  return name.startsWith('.') || SKIP_DIRS.has(name)
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    )
  } catch {
    return []
  }
}

const fileNames = (entries: Dirent[]): string[] =>
  entries.filter((e) => !e.isDirectory()).map((e) => e.name)

/** True when a folder looks like a tutorial (the layouts src/tutorial/layout.ts knows). */
export function looksLikeTutorial(dir: string): boolean {
  const entries = list(dir)
  const folders = entries
    .filter((e) => e.isDirectory() && !skipDir(e.name))
    .map((e) => ({ name: e.name, files: fileNames(list(path.join(dir, e.name))) }))
  return layoutLooksLikeTutorial({ files: fileNames(entries), folders })
}

/** Tutorial folders and registry folders (named `claims`) under the workspace, sorted. */
export function autodetect(ws: Workspace): { tutorials: string[]; claims: string[] } {
  const tutorials: string[] = []
  const claims: string[] = []
  const ignored = ignoreMatcher(ws.root, ws.ignore)
  const walk = (dir: string, depth: number, inTutorial: boolean): void => {
    if (depth > 8) return
    for (const e of list(dir)) {
      if (!e.isDirectory() || skipDir(e.name)) continue
      const abs = path.join(dir, e.name)
      if (ignored(abs)) continue
      if (e.name === 'claims') claims.push(abs)
      else if (inTutorial) continue
      else if (looksLikeTutorial(abs)) {
        tutorials.push(abs)
        walk(abs, depth + 1, true) // a registry may sit inside; nested tutorials are chapters
      } else walk(abs, depth + 1, false)
    }
  }
  // a repository that is one tutorial (README.md beside docs/, a SUMMARY.md, a mkdocs.yml)
  const rootIsTutorial = looksLikeTutorial(ws.root)
  if (rootIsTutorial) tutorials.push(ws.root)
  walk(ws.root, 0, rootIsTutorial)
  return { tutorials, claims }
}

interface Collected {
  files: SourceFile[]
  diagnostics: Diagnostic[]
  /** folders not descended into, with the reason */
  skipped: SkippedFile[]
}

function skipReason(name: string): string {
  if (name === 'node_modules') return 'installed dependencies; not read'
  if (name === 'publication-drafts') return 'amplification drafts; not read as chapters'
  if (name.startsWith('.')) return 'hidden folder; not read'
  return 'build output; not read'
}

/** Reads every file under `dir` whose name matches `accept`, refusing symlinks that leave the workspace. */
function collect(
  ws: Workspace,
  dir: string,
  accept: (name: string, abs: string) => boolean,
  rule: RuleDef,
  recursive: boolean,
  exclude: ReadonlyMap<string, string> = new Map(),
  skip: (name: string) => boolean = skipDir
): Collected {
  const out: Collected = { files: [], diagnostics: [], skipped: [] }
  const ignored = ignoreMatcher(ws.root, ws.ignore)
  const walk = (d: string): void => {
    for (const e of list(d)) {
      const abs = path.join(d, e.name)
      if (ignored(abs)) continue
      const display = displayPath(abs, ws.cwd)
      let isDir = e.isDirectory()
      if (e.isSymbolicLink()) {
        if (!realInside(ws.root, abs)) {
          const at = { file: display, line: 1, column: 1 }
          const why = 'symbolic link leads outside the workspace; not read'
          out.diagnostics.push(diagnostic(rule, at, why))
          continue
        }
        try {
          isDir = statSync(abs).isDirectory()
        } catch {
          continue // dangling link
        }
      }
      if (isDir) {
        if (!recursive) continue
        const excluded = exclude.get(abs)
        if (excluded !== undefined || skip(e.name)) {
          if (e.name !== '.git') {
            out.skipped.push({ file: `${display}/`, reason: excluded ?? skipReason(e.name) })
          }
        } else walk(abs)
        continue
      }
      if (!accept(e.name, abs)) continue
      const r = readSource(abs, display, rule)
      if ('file' in r) out.files.push(r.file)
      else out.diagnostics.push(r.diagnostic)
    }
  }
  walk(dir)
  return out
}

/** `p` (relative to `base`) as an absolute folder inside the workspace; UsageError otherwise. */
export function requireDir(ws: Workspace, base: string, p: string, what: string): string {
  const abs = resolveInside(ws.root, base, p, what)
  if (!existsSync(abs)) throw new UsageError(`${what} path "${p}" does not exist`)
  if (!lstatSync(abs).isDirectory() && !statSync(abs).isDirectory()) {
    throw new UsageError(`${what} path "${p}" is not a folder`)
  }
  return abs
}

export interface ProjectSelection {
  /** tutorial folders given on the command line / action input (override config) */
  tutorials?: string[]
  /** registry folders given on the command line / action input (override config) */
  claims?: string[]
  /** one more drafts folder to search (`check --drafts DIR`) */
  drafts?: string
  /** guard committed drafts (default true; `generate` and `comment` pass false) */
  guardDrafts?: boolean
  /** absolute paths not to guard as committed drafts (the drafts a run overwrites) */
  excludeDrafts?: ReadonlySet<string>
}

export interface LoadedProject {
  input: EngineInput
  /** absolute tutorial folders, in input order */
  tutorialDirs: string[]
  /** absolute registry folders */
  claimDirs: string[]
}

/** Absolute tutorial and registry folders for a selection: arguments, else config, else autodetection. */
export function resolveFolders(
  ws: Workspace,
  config: Config,
  sel: ProjectSelection
): { tutorialDirs: string[]; claimDirs: string[]; autodetected: boolean } {
  // Paths on the command line are relative to the working directory, those in the config to the root.
  const pick = (args: string[] | undefined, configured: string[], what: string): string[] =>
    args && args.length > 0
      ? args.map((p) => requireDir(ws, ws.cwd, p, what))
      : configured.map((p) => requireDir(ws, ws.root, p, what))
  let tutorialDirs = pick(sel.tutorials, config.tutorials, 'tutorial')
  let claimDirs = pick(sel.claims, config.claims, 'claims')
  let autodetected = false
  if (tutorialDirs.length === 0 || claimDirs.length === 0) {
    const found = autodetect(ws)
    if (tutorialDirs.length === 0) tutorialDirs = found.tutorials
    if (claimDirs.length === 0) claimDirs = found.claims
    autodetected = true
  }
  if (tutorialDirs.length === 0) {
    throw new UsageError(
      'no tutorial found: pass tutorial folders, list them under "tutorials:" in the config, or add numbered chapters (01-*.md)'
    )
  }
  return {
    tutorialDirs: [...new Set(tutorialDirs)],
    claimDirs: [...new Set(claimDirs)],
    autodetected
  }
}

/**
 * Reads one tutorial folder's Markdown files (and a mkdocs.yml at its top). Folders not read are
 * listed with the reason; `claimDirs` (registries inside the folder) are among them.
 */
export function readTutorial(
  ws: Workspace,
  dir: string,
  claimDirs: readonly string[] = []
): TutorialInput & { diagnostics: Diagnostic[] } {
  const exclude = new Map(
    claimDirs.filter((d) => d !== dir).map((d) => [d, 'claims registry; read as the registry'])
  )
  const accept = (name: string, abs: string): boolean =>
    TUTORIAL_FILE.test(name) || (MKDOCS.test(name) && path.dirname(abs) === dir)
  const c = collect(ws, dir, accept, RULES.tutorialStructure, true, exclude)
  const out: TutorialInput & { diagnostics: Diagnostic[] } = {
    dir: displayPath(dir, ws.cwd),
    files: c.files,
    diagnostics: c.diagnostics
  }
  if (c.skipped.length > 0) out.skipped = c.skipped
  return out
}

/** Reads every registry file of the given folders. */
export function readRegistry(ws: Workspace, dirs: string[]): Collected {
  const out: Collected = { files: [], diagnostics: [], skipped: [] }
  for (const d of dirs) {
    const c = collect(ws, d, (n) => REGISTRY_FILE.test(n), RULES.registryParse, true)
    out.files.push(...c.files)
    out.diagnostics.push(...c.diagnostics)
  }
  return out
}

/** Absolute path of the draft for a tutorial folder. */
export function draftPathFor(ws: Workspace, config: Config, tutorialDir: string): string {
  const name = path.basename(tutorialDir)
  const file = config.draftFileName.replace(/\{tutorial\}/g, name)
  const dir = config.draftsDir
    ? resolveInside(ws.root, ws.root, config.draftsDir, 'drafts')
    : path.join(path.dirname(tutorialDir), 'publication-drafts')
  return resolveInside(ws.root, ws.root, path.join(dir, file), 'draft')
}

/** Markdown files, the only ones a drafts folder or a `drafts.paths` glob yields. */
const MARKDOWN = /\.(?:md|markdown|mdx)$/i

export interface DraftSearch {
  /** a drafts folder given on the command line (`check --drafts DIR`), relative to the cwd */
  dir?: string
  /** absolute paths never guarded as committed (drafts the run is about to overwrite) */
  exclude?: ReadonlySet<string>
}

/** Every tutorial folder of the project, whatever the selection: config, else autodetected. */
function knownTutorials(ws: Workspace, config: Config): string[] {
  try {
    return config.tutorials.length > 0
      ? config.tutorials.map((p) => requireDir(ws, ws.root, p, 'tutorial'))
      : autodetect(ws).tutorials
  } catch {
    return [] // a broken config entry is reported where the tutorials are read
  }
}

function isDir(abs: string): boolean {
  try {
    return statSync(abs).isDirectory()
  } catch {
    return false
  }
}

/** Drafts folders: `publication-drafts/` beside each tutorial, `drafts.dir`, and `dir`. */
function draftFolders(ws: Workspace, config: Config, tutorials: string[], dir?: string): string[] {
  const out = new Set<string>()
  for (const t of tutorials) {
    const beside = path.join(path.dirname(t), 'publication-drafts')
    if (isDir(beside)) out.add(beside)
  }
  if (config.draftsDir) {
    const abs = resolveInside(ws.root, ws.root, config.draftsDir, 'drafts')
    if (isDir(abs)) out.add(abs)
  }
  if (dir) out.add(requireDir(ws, ws.cwd, dir, 'drafts'))
  return [...out].sort()
}

/** Files matching the `drafts.paths` globs, walked from each pattern's fixed base folder. */
function globbed(ws: Workspace, patterns: readonly string[]): Collected {
  const out: Collected = { files: [], diagnostics: [], skipped: [] }
  if (patterns.length === 0) return out
  const isMatch = picomatch([...patterns], { dot: true })
  const bases = new Set<string>()
  for (const p of patterns) {
    const base = picomatch.scan(p).base
    const abs = path.resolve(ws.root, base)
    if (isDir(abs) && realInside(ws.root, abs)) bases.add(abs)
  }
  const seen = new Set<string>()
  for (const base of [...bases].sort()) {
    const c = collect(
      ws,
      base,
      (_name, abs) => MARKDOWN.test(abs) && isMatch(displayPath(abs, ws.root)),
      RULES.tutorialStructure,
      true,
      new Map(),
      (name) => name === 'node_modules' || name === '.git'
    )
    for (const f of c.files) {
      if (seen.has(f.path)) continue
      seen.add(f.path)
      out.files.push(f)
    }
    out.diagnostics.push(...c.diagnostics)
  }
  return out
}

/**
 * The committed drafts of the selected tutorials, and a `draft/unmatched` finding for every
 * Markdown file in a drafts folder (or matched by `drafts.paths`) that belongs to no tutorial of
 * the project. Drafts of project tutorials outside the selection are left to their own run. The
 * CLI's `check` and the action both call this, so they guard the same files.
 */
export function discoverDrafts(
  ws: Workspace,
  config: Config,
  tutorialDirs: string[],
  search: DraftSearch = {}
): { drafts: CommittedDraft[]; diagnostics: Diagnostic[] } {
  const selected = new Set(tutorialDirs)
  const universe = [...new Set([...tutorialDirs, ...knownTutorials(ws, config)])]
  const refs = universe.map((abs) => {
    const ref: TutorialRef & { abs: string } = {
      name: path.basename(abs),
      paths: [...new Set([displayPath(abs, ws.root), displayPath(abs, ws.cwd)])],
      abs
    }
    return ref
  })
  const drafts: CommittedDraft[] = []
  const diagnostics: Diagnostic[] = []
  const ignored = ignoreMatcher(ws.root, ws.ignore)
  const files: SourceFile[] = []
  const seen = new Set<string>()
  const add = (c: Collected): void => {
    diagnostics.push(...c.diagnostics)
    for (const f of c.files) {
      const abs = path.resolve(ws.cwd, f.path)
      if (seen.has(abs) || search.exclude?.has(abs) || ignored(abs)) continue
      seen.add(abs)
      files.push(f)
    }
  }
  for (const dir of draftFolders(ws, config, universe, search.dir)) {
    add(collect(ws, dir, (n) => MARKDOWN.test(n), RULES.tutorialStructure, true))
  }
  add(globbed(ws, config.draftPaths))
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const f of files) {
    const m = matchDraft(displayPath(path.resolve(ws.cwd, f.path), ws.root), f.text, refs)
    if (m) {
      const ref = m.tutorial as TutorialRef & { abs: string }
      if (selected.has(ref.abs)) drafts.push({ tutorial: ref.name, file: f })
      continue
    }
    const names = refs.map((r) => r.name).sort()
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '')
    diagnostics.push(
      diagnostic(
        RULES.draftUnmatched,
        { file: f.path, line: 1, column: 1 },
        `not matched to any tutorial, so not guarded: the file name contains no tutorial folder name (${shown || 'none found'}) and its first ${HEAD_LINES} lines name no tutorial path; put the folder name in the file name (linkedin-draft__<tutorial>.md) or a line such as "tutorial: <path>" in its front matter`
      )
    )
  }
  return { drafts, diagnostics }
}

/** A registry the caller has already read (and parsed) for the same folders and config. */
export interface ReadRegistry {
  files: SourceFile[]
  diagnostics: Diagnostic[]
  parsed: Registry
}

/** Loads everything the engine needs for a selection (`registry`: read already, not read again). */
export function loadProject(
  ws: Workspace,
  config: Config,
  sel: ProjectSelection,
  registry?: ReadRegistry
): LoadedProject {
  const { tutorialDirs, claimDirs, autodetected } = resolveFolders(ws, config, sel)
  const loadDiagnostics: Diagnostic[] = []
  const tutorials: TutorialInput[] = tutorialDirs.map((d) => {
    const { diagnostics, ...t } = readTutorial(ws, d, claimDirs)
    loadDiagnostics.push(...diagnostics)
    return t
  })
  const reg = registry ?? readRegistry(ws, claimDirs)
  loadDiagnostics.push(...reg.diagnostics)
  let drafts: CommittedDraft[] = []
  if (sel.guardDrafts !== false) {
    const d = discoverDrafts(ws, config, tutorialDirs, {
      ...(sel.drafts ? { dir: sel.drafts } : {}),
      ...(sel.excludeDrafts ? { exclude: sel.excludeDrafts } : {})
    })
    drafts = d.drafts
    loadDiagnostics.push(...d.diagnostics)
  }
  const coverage = !sel.tutorials?.length && (autodetected || config.tutorials.length > 0)
  return {
    input: {
      tutorials,
      registry: reg.files,
      config,
      drafts,
      coverage,
      loadDiagnostics,
      ...(registry ? { parsedRegistry: registry.parsed } : {})
    },
    tutorialDirs,
    claimDirs
  }
}
