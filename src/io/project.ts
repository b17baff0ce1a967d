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
import type { Config } from '../config/types.js'
import type { CommittedDraft, EngineInput, TutorialInput } from '../engine.js'
import { UsageError } from '../errors.js'
import type { Diagnostic, RuleDef, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { displayPath, realInside, resolveInside } from './paths.js'
import { readSource } from './read.js'
import { append } from '../append.js'

/** Folders never searched when autodetecting or listing files. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'build', 'publication-drafts'])
const NUMBERED_CHAPTER = /^\d+[-_ .].*\.md$/i
const REGISTRY_FILE = /\.(md|markdown|ya?ml)$/i

export interface Workspace {
  /** absolute workspace root; nothing outside it is read or written */
  root: string
  /** absolute directory display paths are relative to */
  cwd: string
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

/** True when a folder looks like a tutorial: numbered chapters or a SUMMARY.md beside a README.md. */
export function looksLikeTutorial(dir: string): boolean {
  const names = list(dir)
    .filter((e) => !e.isDirectory())
    .map((e) => e.name)
  return (
    names.some((n) => NUMBERED_CHAPTER.test(n)) ||
    (names.includes('SUMMARY.md') && names.includes('README.md'))
  )
}

/** Tutorial folders and registry folders (named `claims`) under the workspace, sorted. */
export function autodetect(ws: Workspace): { tutorials: string[]; claims: string[] } {
  const tutorials: string[] = []
  const claims: string[] = []
  const walk = (dir: string, depth: number): void => {
    if (depth > 8) return
    for (const e of list(dir)) {
      if (!e.isDirectory() || skipDir(e.name)) continue
      const abs = path.join(dir, e.name)
      if (e.name === 'claims') claims.push(abs)
      else if (looksLikeTutorial(abs)) tutorials.push(abs)
      else walk(abs, depth + 1)
    }
  }
  walk(ws.root, 0)
  return { tutorials, claims }
}

interface Collected {
  files: SourceFile[]
  diagnostics: Diagnostic[]
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
  accept: (name: string) => boolean,
  rule: RuleDef,
  recursive: boolean,
  visited: Set<string> = new Set()
): Collected {
  const out: Collected = { files: [], diagnostics: [] }
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
        if (e.isSymbolicLink()) {
          links.push({ abs, name: e.name, from: d })
          continue
        }
        if (e.isDirectory()) {
          if (!recursive || skipDir(e.name)) continue
          const real = realOf(abs)
          if (real === undefined || visited.has(real)) continue
          visited.add(real)
          subdirs.push(abs)
          continue
        }
        if (!accept(e.name)) continue
        const r = readSource(ws.root, abs, displayPath(abs, ws.cwd), rule)
        if ('file' in r) out.files.push(r.file)
        else out.diagnostics.push(r.diagnostic)
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
      if (!accept(name)) continue
      const r = readSource(ws.root, abs, displayPath(abs, ws.cwd), rule)
      if ('file' in r) out.files.push(r.file)
      else out.diagnostics.push(r.diagnostic)
      continue
    }
    if (!recursive || skipDir(name)) continue
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

/** True when something (even a dangling link) is at `abs`. */
function lexists(abs: string): boolean {
  try {
    lstatSync(abs)
    return true
  } catch {
    return false
  }
}

function requireDir(ws: Workspace, base: string, p: string, what: string): string {
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

/** Reads one tutorial folder's Markdown files. */
export function readTutorial(
  ws: Workspace,
  dir: string
): TutorialInput & { diagnostics: Diagnostic[] } {
  const c = collect(ws, dir, (n) => /\.md$/i.test(n), RULES.tutorialStructure, true)
  return { dir: displayPath(dir, ws.cwd), files: c.files, diagnostics: c.diagnostics }
}

/** Reads every registry file of the given folders. */
export function readRegistry(ws: Workspace, dirs: string[]): Collected {
  const out: Collected = { files: [], diagnostics: [] }
  const visited = new Set<string>()
  for (const d of dirs) {
    const c = collect(ws, d, (n) => REGISTRY_FILE.test(n), RULES.registryParse, true, visited)
    append(out.files, c.files)
    append(out.diagnostics, c.diagnostics)
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
    if (!lexists(abs)) continue
    const r = readSource(ws.root, abs, displayPath(abs, ws.cwd), RULES.tutorialStructure)
    if ('file' in r) drafts.push({ tutorial: name, file: r.file })
    else diagnostics.push(r.diagnostic)
  }
  return { drafts, diagnostics }
}

/** Loads everything the engine needs for a selection. */
export function loadProject(ws: Workspace, config: Config, sel: ProjectSelection): LoadedProject {
  const { tutorialDirs, claimDirs, autodetected } = resolveFolders(ws, config, sel)
  const loadDiagnostics: Diagnostic[] = []
  const tutorials: TutorialInput[] = tutorialDirs.map((d) => {
    const t = readTutorial(ws, d)
    append(loadDiagnostics, t.diagnostics)
    return { dir: t.dir, files: t.files }
  })
  const reg = readRegistry(ws, claimDirs)
  append(loadDiagnostics, reg.diagnostics)
  let drafts: CommittedDraft[] = []
  if (sel.drafts || sel.guardDrafts) {
    const d = readCommittedDrafts(ws, config, tutorialDirs, sel.drafts)
    drafts = d.drafts
    append(loadDiagnostics, d.diagnostics)
  }
  const coverage = !sel.tutorials?.length && (autodetected || config.tutorials.length > 0)
  return {
    input: { tutorials, registry: reg.files, config, drafts, coverage, loadDiagnostics },
    tutorialDirs,
    claimDirs
  }
}
