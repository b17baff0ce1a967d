// The shell's view of a project on disk: find tutorials, registry folders and committed drafts,
// read them into SourceFiles, and say where drafts go. Everything outside the workspace is refused.
import { existsSync, lstatSync, readdirSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { Config } from '../config/types.js'
import type { CommittedDraft, EngineInput, TutorialInput } from '../engine.js'
import { UsageError } from '../errors.js'
import type { Diagnostic, Registry, RuleDef, SkippedFile, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
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
  exclude: ReadonlyMap<string, string> = new Map()
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
        if (excluded !== undefined || skipDir(e.name)) {
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
  /** drafts folder to guard (`check --drafts`), overriding config */
  drafts?: string
  /** guard committed drafts from the config's drafts folder too */
  guardDrafts?: boolean
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

/** Committed drafts for the given tutorials, found where their drafts are written (or in `dir`). */
export function readCommittedDrafts(
  ws: Workspace,
  config: Config,
  tutorialDirs: string[],
  dir?: string
): { drafts: CommittedDraft[]; diagnostics: Diagnostic[] } {
  const drafts: CommittedDraft[] = []
  const diagnostics: Diagnostic[] = []
  const base = dir ? requireDir(ws, ws.cwd, dir, 'drafts') : undefined
  for (const t of tutorialDirs) {
    const name = path.basename(t)
    const abs = base
      ? path.join(base, config.draftFileName.replace(/\{tutorial\}/g, name))
      : draftPathFor(ws, config, t)
    if (!existsSync(abs) || ignoreMatcher(ws.root, ws.ignore)(abs)) continue
    if (!realInside(ws.root, abs)) {
      const at = { file: displayPath(abs, ws.cwd), line: 1, column: 1 }
      diagnostics.push(
        diagnostic(
          RULES.tutorialStructure,
          at,
          'symbolic link leads outside the workspace; not read'
        )
      )
      continue
    }
    const r = readSource(abs, displayPath(abs, ws.cwd), RULES.tutorialStructure)
    if ('file' in r) drafts.push({ tutorial: name, file: r.file })
    else diagnostics.push(r.diagnostic)
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
  if (sel.drafts || sel.guardDrafts) {
    const d = readCommittedDrafts(ws, config, tutorialDirs, sel.drafts)
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
