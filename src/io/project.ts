// The shell's view of a project on disk: find tutorials, registry folders and committed drafts,
// read them into SourceFiles, and say where drafts go. Everything outside the workspace is refused.
import {
  existsSync,
  lstatSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Dirent
} from 'node:fs'
import path from 'node:path'
import { DEFAULT_CACHE_DIR } from '../cli/spec.js'
import type { Config } from '../config/types.js'
import type { CommittedDraft, EngineInput, TutorialInput } from '../engine.js'
import { UsageError } from '../errors.js'
import type { Diagnostic, Registry, RuleDef, SkippedFile, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import picomatch from 'picomatch'
import { HEAD_LINES, matchDraft, type TutorialRef } from '../guard/match.js'
import {
  looksLikeTutorial as layoutLooksLikeTutorial,
  looksLikeTutorialByContent
} from '../tutorial/layout.js'
import { displayPath, realInside, resolveInside } from './paths.js'
import { ignoreMatcher } from './ignore.js'
import { readSource } from './read.js'
import { append } from '../append.js'

/** Folders never searched when autodetecting or listing files. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'build', 'publication-drafts'])
const TUTORIAL_FILE = /\.(?:md|markdown|mdx)$/i
const MKDOCS = /^mkdocs\.ya?ml$/i
/** Docusaurus's per-folder sidebar settings, read for their `position` (src/tutorial/order.ts). */
const CATEGORY = /^_category_\.(?:json|ya?ml)$/i
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

/** Markdown pages read for autodetection at most per folder (their texts decide, not their names). */
const CONTENT_PAGES = 40

/**
 * True when a folder looks like a tutorial (the layouts src/tutorial/layout.ts knows). With
 * `byContent`, a folder whose names say nothing is judged by its README's links and its pages'
 * front matter too (not for the workspace root: a repository README links files of every kind).
 */
export function looksLikeTutorial(dir: string, byContent = false): boolean {
  const entries = list(dir)
  const folders = entries
    .filter((e) => e.isDirectory() && !skipDir(e.name))
    .map((e) => ({ name: e.name, files: fileNames(list(path.join(dir, e.name))) }))
  const files = fileNames(entries)
  if (layoutLooksLikeTutorial({ files, folders })) return true
  if (!byContent) return false
  // regular files only: a symbolic link could lead out of the workspace
  const md = entries
    .filter((e) => e.isFile() && TUTORIAL_FILE.test(e.name))
    .map((e) => e.name)
    .slice(0, CONTENT_PAGES)
  const text = (name: string): string | undefined => {
    const r = readSource(dir, path.join(dir, name), name, RULES.tutorialStructure)
    return 'file' in r ? r.file.text : undefined
  }
  const introName = md.find((n) => /^(?:readme|index)\.(?:md|markdown|mdx)$/i.test(n))
  const pages = md.filter((n) => n !== introName).map(text)
  return looksLikeTutorialByContent(
    introName ? text(introName) : undefined,
    pages.filter((p): p is string => p !== undefined)
  )
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
      else if (looksLikeTutorial(abs, true)) {
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

/**
 * Reads every file under `dir` whose name matches `accept`. Each folder is walked once, by its
 * real path: a symbolic link to a folder already walked (a cycle such as `a -> .`, or a second way
 * into the same folder) is reported once, at the link, and not followed. Links are followed only
 * after every real folder is walked, so the real path always wins. Every file goes through the
 * workspace gate (`readSource`). `visited` is shared between calls that must not read one folder
 * twice (several registry folders).
 */
function collect(
  ws: Workspace,
  dir: string,
  accept: (name: string, abs: string) => boolean,
  rule: RuleDef,
  recursive: boolean,
  exclude: ReadonlyMap<string, string> = new Map(),
  skip: (name: string) => boolean = skipDir,
  visited: Set<string> = new Set()
): Collected {
  const out: Collected = { files: [], diagnostics: [], skipped: [] }
  const ignored = ignoreMatcher(ws.root, ws.ignore)
  const refuse = (abs: string, why: string): void => {
    const at = { file: displayPath(abs, ws.cwd), line: 1, column: 1 }
    out.diagnostics.push(diagnostic(rule, at, why))
  }
  const realOf = (abs: string): string | undefined => {
    try {
      return realpathSync(abs)
    } catch {
      return undefined
    }
  }
  const read = (abs: string): void => {
    const r = readSource(ws.root, abs, displayPath(abs, ws.cwd), rule)
    if ('file' in r) out.files.push(r.file)
    else out.diagnostics.push(r.diagnostic)
  }
  /** false when the folder is excluded or skipped (and recorded as such) */
  const enter = (abs: string, name: string): boolean => {
    if (!recursive) return false
    const excluded = exclude.get(abs)
    if (excluded !== undefined || skip(name)) {
      // git's folder and our parse cache (`--cache`) are no part of any tutorial: not listed
      if (name !== '.git' && name !== DEFAULT_CACHE_DIR) {
        const display = displayPath(abs, ws.cwd)
        out.skipped.push({ file: `${display}/`, reason: excluded ?? skipReason(name) })
      }
      return false
    }
    return true
  }
  const links: { abs: string; name: string; from: string }[] = []
  const walk = (start: string): void => {
    const first = realOf(start)
    if (first === undefined || visited.has(first)) return
    visited.add(first)
    // an explicit stack (children pushed in reverse) keeps the sorted depth-first order
    // without recursion, however deep the tree
    const stack = [start]
    while (stack.length > 0) {
      const d = stack.pop()!
      const subdirs: string[] = []
      for (const e of list(d)) {
        const abs = path.join(d, e.name)
        if (ignored(abs)) continue
        if (e.isSymbolicLink()) {
          links.push({ abs, name: e.name, from: d })
          continue
        }
        if (e.isDirectory()) {
          if (!enter(abs, e.name)) continue
          const real = realOf(abs)
          if (real === undefined || visited.has(real)) continue
          visited.add(real)
          subdirs.push(abs)
          continue
        }
        if (accept(e.name, abs)) read(abs)
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!)
    }
  }
  walk(dir)
  // symbolic links last, in the order met; following one may find more
  for (let i = 0; i < links.length; i++) {
    const { abs, name, from } = links[i]!
    if (!realInside(ws.root, abs)) {
      if (existsSync(abs)) refuse(abs, 'symbolic link leads outside the workspace; not read')
      continue
    }
    let isDir: boolean
    try {
      isDir = statSync(abs).isDirectory()
    } catch {
      continue // dangling link
    }
    if (!isDir) {
      if (accept(name, abs)) read(abs)
      continue
    }
    if (!enter(abs, name)) continue
    const real = realOf(abs)
    if (real === undefined) continue
    if (visited.has(real)) {
      const into = realOf(from)
      const cycle = into !== undefined && (into === real || into.startsWith(real + path.sep))
      const target = displayPath(path.resolve(from, readlinkOr(abs)), ws.cwd)
      refuse(
        abs,
        cycle
          ? `symbolic link cycle: leads back to ${target}, a folder that contains it; not followed`
          : `symbolic link leads to ${target}, a folder already read; not followed`
      )
      continue
    }
    walk(abs)
  }
  return out
}

function readlinkOr(abs: string): string {
  try {
    return readlinkSync(abs)
  } catch {
    return abs
  }
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
 * Reads one tutorial folder's Markdown and MDX files (and a mkdocs.yml at its top, and Docusaurus
 * `_category_` files for their folders' positions). Folders not read are
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
    TUTORIAL_FILE.test(name) ||
    CATEGORY.test(name) ||
    (MKDOCS.test(name) && path.dirname(abs) === dir)
  const c = collect(ws, dir, accept, RULES.tutorialStructure, true, exclude)
  const shown = displayPath(dir, ws.cwd)
  const out: TutorialInput & { diagnostics: Diagnostic[] } = {
    dir: shown,
    files: c.files,
    diagnostics: c.diagnostics
  }
  if (c.skipped.length > 0) out.skipped = c.skipped
  // the working folder itself (`.`, `..`): its name is that of the folder
  if (/^\.\.?$/.test(path.posix.basename(shown))) out.name = path.basename(dir)
  return out
}

/** Reads every registry file of the given folders. */
export function readRegistry(ws: Workspace, dirs: string[]): Collected {
  const out: Collected = { files: [], diagnostics: [], skipped: [] }
  const visited = new Set<string>()
  for (const d of dirs) {
    const c = collect(
      ws,
      d,
      (n) => REGISTRY_FILE.test(n),
      RULES.registryParse,
      true,
      new Map(),
      skipDir,
      visited
    )
    append(out.files, c.files)
    append(out.diagnostics, c.diagnostics)
  }
  return out
}

/**
 * `publication-drafts/` beside a tutorial; inside it when the tutorial is the workspace itself (a
 * workshop whose chapters sit at the repository root), whose parent is no place to read or write.
 */
function besideDrafts(ws: Workspace, tutorialDir: string): string {
  const atRoot = path.resolve(tutorialDir) === path.resolve(ws.root)
  return path.join(atRoot ? tutorialDir : path.dirname(tutorialDir), 'publication-drafts')
}

/** Absolute path of the draft for a tutorial folder. */
export function draftPathFor(ws: Workspace, config: Config, tutorialDir: string): string {
  const name = path.basename(tutorialDir)
  const file = config.draftFileName.replace(/\{tutorial\}/g, name)
  const dir = config.draftsDir
    ? resolveInside(ws.root, ws.root, config.draftsDir, 'drafts')
    : besideDrafts(ws, tutorialDir)
  return resolveInside(ws.root, ws.root, path.join(dir, file), 'draft')
}

/** Markdown files, the only ones a drafts folder or a `drafts.paths` glob yields. */
const MARKDOWN = /\.(?:md|markdown|mdx)$/i

export interface DraftSearch {
  /** a drafts folder given on the command line (`check --drafts DIR`), relative to the cwd */
  dir?: string
  /** absolute paths never guarded as committed (drafts the run is about to overwrite) */
  exclude?: ReadonlySet<string>
  /** every tutorial folder of the project, when the caller knows them already */
  known?: readonly string[]
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

/**
 * Drafts folders: `publication-drafts/` beside each tutorial, `drafts.dir`, and `dir`. A folder
 * that is a symbolic link leading out of the workspace is reported and not read.
 */
function draftFolders(
  ws: Workspace,
  config: Config,
  tutorials: string[],
  diagnostics: Diagnostic[],
  dir?: string
): string[] {
  const out = new Set<string>()
  for (const t of tutorials) {
    const beside = besideDrafts(ws, t)
    if (!isDir(beside)) continue
    if (realInside(ws.root, beside)) out.add(beside)
    else {
      const at = { file: displayPath(beside, ws.cwd), line: 1, column: 1 }
      const why = 'symbolic link leads outside the workspace; not read'
      diagnostics.push(diagnostic(RULES.tutorialStructure, at, why))
    }
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
    append(out.diagnostics, c.diagnostics)
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
  const universe = [...new Set([...tutorialDirs, ...(search.known ?? knownTutorials(ws, config))])]
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
    append(diagnostics, c.diagnostics)
    for (const f of c.files) {
      const abs = path.resolve(ws.cwd, f.path)
      if (seen.has(abs) || search.exclude?.has(abs) || ignored(abs)) continue
      seen.add(abs)
      files.push(f)
    }
  }
  for (const dir of draftFolders(ws, config, universe, diagnostics, search.dir)) {
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
    append(loadDiagnostics, diagnostics)
    return t
  })
  const reg = registry ?? readRegistry(ws, claimDirs)
  append(loadDiagnostics, reg.diagnostics)
  let drafts: CommittedDraft[] = []
  if (sel.guardDrafts !== false) {
    const d = discoverDrafts(ws, config, tutorialDirs, {
      // without tutorials on the command line, the selection is every tutorial of the project
      ...(sel.tutorials?.length ? {} : { known: tutorialDirs }),
      ...(sel.drafts ? { dir: sel.drafts } : {}),
      ...(sel.excludeDrafts ? { exclude: sel.excludeDrafts } : {})
    })
    drafts = d.drafts
    append(loadDiagnostics, d.diagnostics)
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
