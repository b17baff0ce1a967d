// Which Markdown files of a tutorial folder are chapters, in which order, and why the others are
// not. Pure: the shell hands in every Markdown file under the folder (plus a root mkdocs.yml);
// nothing outside that set is ever read, whatever a SUMMARY.md, nav: or link points at.
//
// Precedence (the first that applies decides):
//   1. SUMMARY.md (GitBook): its links in order; README.md first even when SUMMARY omits it.
//   2. mkdocs.yml `nav:` (paths relative to `docs_dir`); its first page is the introduction.
//   3. front matter order keys (`sidebar_position`, `nav_order`, `weight`).
//   4. the README's own ordered links to local Markdown files (a list or a table).
//   5. numeric prefixes on files and folders (`01-intro.md`, `lab-3-x.md`, `Lab3/README.md`).
//   6. a root README.md whose chapters live in `docs/` (the README is the introduction).
// A folder chapter (`03-topic/README.md`) brings the other files under it, in numeric order.
// Files a chapter links to that are otherwise unplaced follow that chapter (not under 1 and 2).
import yaml from 'js-yaml'
import type { Heading, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Diagnostic, Location, OrderSource, SkippedFile, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { lineStarts, locate } from '../locate.js'
import { append } from '../append.js'
import { fmOrder, frontMatter } from './frontmatter.js'
import { expandedSize } from '../config/yaml-size.js'
import { walk } from '../walk.js'

export interface ChapterOrder {
  /** chapter files in reading order */
  chapters: SourceFile[]
  /** where the order came from */
  source: OrderSource
  /** the introduction (the folder's README.md / index.md), when there is one */
  intro?: SourceFile
  /** Markdown files that are not chapters, with reasons, in path order */
  skipped: SkippedFile[]
  /** the H1 of SUMMARY.md, when it is not a generic table-of-contents heading */
  summaryTitle?: string
  /** `site_name` of mkdocs.yml */
  siteName?: string
  /** the root README.md of a `docs/` layout (its H1 is a title candidate) */
  rootReadme?: SourceFile
  /** the first page of a site's `docs/` or `content/`: the introduction a reader meets */
  siteIntro?: SourceFile
  diagnostics: Diagnostic[]
}

/** Parses a Markdown file once (the reader passes its cache, so chapters are parsed once). */
export type TreeOf = (file: SourceFile) => Root

/**
 * A file's top-level nodes, a piece at a time (`topLevelPieces` in src/sections.ts): for a file
 * read once, front to back, whose whole tree need never be alive (`SUMMARY.md`).
 */
export type PiecesOf = (file: SourceFile) => Iterable<readonly RootContent[]>

/** `dir` without a trailing slash; `''` for the working directory itself. */
export function normalizeDir(dir: string): string {
  const d = dir.replace(/\\/g, '/').replace(/\/+$/, '')
  return d === '.' ? '' : d.replace(/^\.\//, '')
}

/** Path of `file` relative to the tutorial folder (POSIX), or undefined when outside it. */
export function relativeTo(dir: string, file: string): string | undefined {
  const f = file.replace(/\\/g, '/').replace(/^\.\//, '')
  if (dir === '') return f
  return f.startsWith(dir + '/') ? f.slice(dir.length + 1) : undefined
}

/** Resolves `a/../b/./c` into `b/c`; undefined when it climbs out of the folder. */
function normalizePath(path: string): string | undefined {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return undefined
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

// `.mdx`: Docusaurus and other MDX sites (read as Markdown; see src/tutorial/chapter.ts for ESM lines)
export const MARKDOWN = /\.(?:md|markdown|mdx)$/i
const INTRO_NAMES = [
  'readme.md',
  'index.md',
  '_index.md',
  'readme.markdown',
  'index.markdown',
  'readme.mdx',
  'index.mdx'
]
/** Folders a README's chapters often live in, numbered (`lessons/01-x.md`): read like `docs/`. */
export const CHAPTER_DIRS = new Set([
  'chapters',
  'lessons',
  'labs',
  'modules',
  'episodes',
  'sessions',
  'parts',
  'units',
  'workshop'
])
/** A page in one language (Hugo): `setup.ja.md` → stem, language, extension. */
const TRANSLATION = /^(.+)\.([a-z]{2}(?:[-_][a-z]{2,4})?)\.(md|markdown|mdx)$/i
/** Docusaurus's per-folder sidebar settings (`position` orders the folder among its siblings). */
const CATEGORY_FILE = /(?:^|\/)_category_\.(?:json|ya?ml)$/i

/** `01-intro`, `1.2-x`, `lab-3-x`, `Lab3`, `module_02`, `chapter10`: the numbers, else undefined. */
const NUMBERED_NAME =
  /^(?:(?:labs?|modules?|chapters?|chap|ch|parts?|steps?|lessons?|exercises?|ex|days?|sessions?|units?|sections?|weeks?|workshops?|tutorials?|episodes?|challenges?)[-_ .]?)?(\d+(?:[._]\d+)*)(?=[-_ .]|$)/i

export function numberOf(name: string): number[] | undefined {
  const base = name.replace(MARKDOWN, '')
  const m = NUMBERED_NAME.exec(base)
  if (!m) return undefined
  return (m[1] ?? '').split(/[._]/).map(Number)
}

function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

// --- files that are not tutorial content ---------------------------------------------------

const META_FILES = new Map<string, string>(
  [
    'CONTRIBUTING',
    'CONTRIBUTORS',
    'MAINTAINERS',
    'CODE_OF_CONDUCT',
    'CODEOFCONDUCT',
    'LICENSE',
    'LICENCE',
    'COPYING',
    'CHANGELOG',
    'CHANGES',
    'HISTORY',
    'RELEASE_NOTES',
    'SECURITY',
    'AUTHORS',
    'NOTICE',
    'SUPPORT',
    'GOVERNANCE',
    'CODEOWNERS',
    'PULL_REQUEST_TEMPLATE',
    'ISSUE_TEMPLATE'
  ].map((n) => [n, n])
)
const ARCHIVE_DIRS = new Set(['archive', 'archives', 'archived', 'attic', 'deprecated', 'old'])
const DEPENDENCY_DIRS = new Set(['node_modules', 'vendor', 'bower_components', 'site-packages'])
const TEMPLATE_DIRS = new Set(['templates', 'template', '_templates', 'issue_template'])
const DRAFT_DIRS = new Set(['publication-drafts', 'drafts'])
const DRAFT_FILE = /(?:^|[-_.])drafts?(?:[-_.]|$)/i

/** Why a file is not tutorial content, or undefined when it may be. `rel` is folder-relative. */
export function notContent(rel: string): string | undefined {
  const parts = rel.split('/')
  const name = parts.pop() ?? rel
  for (const dir of parts) {
    const d = dir.toLowerCase()
    if (DEPENDENCY_DIRS.has(d)) return `in ${dir}/ (installed dependencies), not tutorial content`
    if (ARCHIVE_DIRS.has(d)) return `in ${dir}/ (archived material), not tutorial content`
    if (TEMPLATE_DIRS.has(d) || d === '.github')
      return `in ${dir}/ (templates), not tutorial content`
    if (DRAFT_DIRS.has(d)) return `in ${dir}/ (amplification drafts), not tutorial content`
  }
  const key = name.replace(MARKDOWN, '').toUpperCase().replace(/[-\s]/g, '_')
  if (META_FILES.has(key)) return `${name} is a project file, not tutorial content`
  if (/^(?:404|500)$/.test(key)) return `${name} is a site's error page, not tutorial content`
  if (/template/i.test(name)) return `${name} is a template, not tutorial content`
  if (DRAFT_FILE.test(name.replace(MARKDOWN, ''))) {
    return `${name} is an amplification draft, not tutorial content`
  }
  return undefined
}

// --- links ---------------------------------------------------------------------------------

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')
}

interface LinkAt extends Location {
  url: string
}

/** Links of a tree in document order (inline links; images excluded). */
function linksOf(tree: Root, file: string): LinkAt[] {
  const out: LinkAt[] = []
  const defs = new Map<string, string>()
  walk(tree, (d) => {
    if (d.type === 'definition') defs.set(d.identifier, d.url)
  })
  walk(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return
    const url = node.type === 'link' ? node.url : defs.get(node.identifier)
    if (url === undefined) return
    out.push({
      url,
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1
    })
  })
  return out
}

type Target = { rel: string } | { outside: true } | undefined

/** Where a local link from `fromRel` points, folder-relative; undefined for external/anchor links. */
function linkTarget(url: string, fromRel: string, base = ''): Target {
  let path = url.split('#')[0]?.split('?')[0] ?? ''
  if (path === '' || isExternal(path)) return undefined
  try {
    path = decodeURI(path)
  } catch {
    // keep the raw path
  }
  const from = path.startsWith('/')
    ? base
    : fromRel.includes('/')
      ? fromRel.slice(0, fromRel.lastIndexOf('/'))
      : ''
  const joined = from === '' ? path.replace(/^\/+/, '') : `${from}/${path.replace(/^\/+/, '')}`
  const rel = normalizePath(joined)
  if (rel === undefined) return { outside: true }
  return { rel: path.endsWith('/') && rel !== '' ? `${rel}/` : rel }
}

// --- the folder ----------------------------------------------------------------------------

class Folder {
  /** candidate Markdown files: folder-relative path → file */
  readonly files = new Map<string, SourceFile>()
  private readonly lower = new Map<string, string>()
  /** `position` of a folder's `_category_.json` / `_category_.yml` (Docusaurus), by folder */
  readonly positions = new Map<string, number>()

  remove(rel: string): void {
    this.files.delete(rel)
    this.lower.delete(rel.toLowerCase())
  }

  add(rel: string, file: SourceFile): void {
    this.files.set(rel, file)
    this.lower.set(rel.toLowerCase(), rel)
  }

  /** exact, else case-insensitive match */
  find(rel: string): string | undefined {
    if (this.files.has(rel)) return rel
    return this.lower.get(rel.toLowerCase())
  }

  /** A link target as a file: `x/` and `x` (a folder) mean its README.md / index.md. */
  resolve(target: string): string | undefined {
    const t = target.replace(/\/$/, '')
    if (!target.endsWith('/')) {
      const f = this.find(t)
      if (f) return f
      if (!/\.[a-z0-9]+$/i.test(t)) {
        const md = this.find(`${t}.md`) ?? this.find(`${t}.mdx`)
        if (md) return md
      }
    }
    return this.introOf(t)
  }

  /**
   * The README.md / index.md directly in `dir` ('' = the root); else a Hugo page bundle's index
   * with a language suffix (`_index.en.md`, `index.de.md`), English first.
   */
  introOf(dir: string): string | undefined {
    for (const n of INTRO_NAMES) {
      const f = this.find(dir === '' ? n : `${dir}/${n}`)
      if (f) return f
    }
    const named = this.entries(dir)
      .files.map((rel) => ({ rel, m: TRANSLATION.exec(base(rel)) }))
      .filter((x) => x.m && /^_?index$/i.test(x.m[1]!))
    return (named.find((x) => /^en\b/i.test(x.m![2]!)) ?? named[0])?.rel
  }

  /** Files directly in `dir`, and its immediate subfolders that hold files (at any depth). */
  entries(dir: string): { files: string[]; folders: string[] } {
    const prefix = dir === '' ? '' : `${dir}/`
    const files: string[] = []
    const folders = new Set<string>()
    for (const rel of this.files.keys()) {
      if (!rel.startsWith(prefix)) continue
      const rest = rel.slice(prefix.length)
      const slash = rest.indexOf('/')
      if (slash < 0) files.push(rel)
      else folders.add(prefix + rest.slice(0, slash))
    }
    return { files: files.sort(byPath), folders: [...folders].sort(byPath) }
  }

  /** Every file at or under `dir`, sorted. */
  under(dir: string): string[] {
    const prefix = dir === '' ? '' : `${dir}/`
    return [...this.files.keys()].filter((r) => r.startsWith(prefix)).sort(byPath)
  }
}

const base = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1)

/** An entry of a folder's reading order: one file, or a subfolder (its files follow its intro). */
interface Entry {
  rel: string
  folder: boolean
  number?: number[]
}

interface OrderContext {
  folder: Folder
  tree: (rel: string) => Root
  pieces: (rel: string) => Iterable<readonly RootContent[]>
  root: string
  diagnostics: Diagnostic[]
  display: (rel: string) => string
}

/** A folder chapter's files: its README/index first, then the rest in numeric, then path order. */
function expandFolder(ctx: OrderContext, dir: string): string[] {
  const intro = ctx.folder.introOf(dir)
  const rest = ctx.folder.under(dir).filter((r) => r !== intro)
  rest.sort((a, b) => {
    const na = numberOf(base(a))
    const nb = numberOf(base(b))
    const depth = a.split('/').length - b.split('/').length
    if (depth !== 0) return depth
    if (na && nb) return compareNumbers(na, nb) || byPath(a, b)
    if (na) return -1
    if (nb) return 1
    return byPath(a, b)
  })
  return intro ? [intro, ...rest] : rest
}

function expand(ctx: OrderContext, e: Entry): string[] {
  return e.folder ? expandFolder(ctx, e.rel) : [e.rel]
}

interface FolderOrder {
  files: string[]
  source: OrderSource
  /** files of this folder not placed, with the reason */
  unplaced: SkippedFile[]
  /** files placed last, in path order, because nothing says where they go */
  unordered: string[]
  /** the folder under the README that holds the chapters (source `docs`) */
  docsDir?: string
}

/** Orders one folder by front matter, README links, numbers or a `docs/` subfolder. */
function orderFolder(ctx: OrderContext, dir: string, allowDocs: boolean): FolderOrder {
  const { folder } = ctx
  const intro = folder.introOf(dir)
  const { files, folders } = folder.entries(dir)
  const entries: Entry[] = [
    ...files.filter((f) => f !== intro).map((rel) => ({ rel, folder: false })),
    ...folders.map((rel) => ({ rel, folder: true }))
  ].map((e) => {
    const n = numberOf(base(e.rel))
    return n ? { ...e, number: n } : e
  })
  const head = intro ? [intro] : []
  const numbered = (es: Entry[]): Entry[] =>
    es
      .filter((e) => e.number)
      .sort((a, b) => compareNumbers(a.number!, b.number!) || byPath(a.rel, b.rel))

  /**
   * The order: `head`, then `placed`; files of `leftover` entries are read last (a stray file
   * beside numbered chapters) or not at all (a stray folder, anything a list leaves out).
   */
  const finish = (
    placed: string[],
    source: OrderSource,
    leftover: Entry[],
    reason: string,
    readStrayFiles: boolean
  ): FolderOrder => {
    const done = new Set([...head, ...placed])
    const unplaced: SkippedFile[] = []
    const unordered: string[] = []
    for (const e of leftover) {
      if (!e.folder && readStrayFiles) {
        if (!done.has(e.rel)) unordered.push(e.rel)
        continue
      }
      for (const rel of e.folder ? folder.under(e.rel) : [e.rel]) {
        if (!done.has(rel)) unplaced.push({ file: ctx.display(rel), reason })
      }
    }
    return { files: [...head, ...placed, ...unordered], source, unplaced, unordered }
  }
  const expandAll = (es: Entry[], except = new Set<string>()): string[] =>
    es.flatMap((e) => expand(ctx, e)).filter((r) => !except.has(r))

  // 3. front matter order keys
  const keyed: { e: Entry; key: number }[] = []
  for (const e of entries) {
    const position = e.folder ? folder.positions.get(e.rel) : undefined
    if (position !== undefined) {
      keyed.push({ e, key: position })
      continue
    }
    const file = e.folder ? folder.introOf(e.rel) : e.rel
    if (!file) continue
    const fm = frontMatter(ctx.tree(file), ctx.display(file))
    const key = fm && 'ok' in fm ? fmOrder(fm.ok) : undefined
    if (key !== undefined) keyed.push({ e, key })
  }
  if (keyed.length >= 2) {
    keyed.sort((a, b) => a.key - b.key || byPath(a.e.rel, b.e.rel))
    const placed = keyed.map((k) => k.e)
    const rest = entries.filter((e) => !placed.includes(e))
    const more = numbered(rest)
    return finish(
      expandAll([...placed, ...more]),
      'front-matter',
      rest.filter((e) => !more.includes(e)),
      'has no order key (sidebar_position, nav_order, weight) in its front matter, no _category_ position and no number',
      false
    )
  }

  // 4. the README's own links to local Markdown files (a list or a table)
  if (intro) {
    const prefix = dir === '' ? '' : `${dir}/`
    const linked: string[] = []
    for (const link of linksOf(ctx.tree(intro), ctx.display(intro))) {
      const t = linkTarget(link.url, intro)
      if (!t || !('rel' in t)) continue
      const rel = folder.resolve(t.rel)
      if (rel && rel !== intro && rel.startsWith(prefix) && !linked.includes(rel)) linked.push(rel)
    }
    if (linked.length >= 2) {
      const placed: string[] = []
      const add = (rel: string): void => {
        if (!placed.includes(rel) && rel !== intro) placed.push(rel)
      }
      for (const rel of linked) {
        // a linked folder README brings its folder
        const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : ''
        if (parent !== dir && folder.introOf(parent) === rel) expandFolder(ctx, parent).forEach(add)
        else add(rel)
      }
      const touched = (e: Entry): boolean =>
        e.folder ? placed.some((p) => p.startsWith(`${e.rel}/`)) : placed.includes(e.rel)
      const rest = entries.filter((e) => !touched(e))
      const more = numbered(rest)
      for (const rel of expandAll(more)) add(rel)
      return finish(
        placed,
        'readme-links',
        entries,
        `not linked from ${intro} and not numbered`,
        false
      )
    }
  }

  // 5. numeric prefixes on files and folders
  const nums = numbered(entries)
  if (nums.length > 0) {
    return finish(
      expandAll(nums),
      'numbered',
      entries.filter((e) => !nums.includes(e)),
      'in a folder without a number that no chapter links to',
      true
    )
  }

  // 6. chapters in docs/ under a root README
  // docs/ (MkDocs-less sites, Docusaurus), else content/ (Hugo), else the one folder of numbered
  // lessons, labs or chapters under the README
  const named = (n: string): string | undefined => folders.find((f) => base(f).toLowerCase() === n)
  const lessons = folders.filter(
    (f) =>
      CHAPTER_DIRS.has(base(f).toLowerCase()) &&
      folder.entries(f).files.some((r) => numberOf(base(r)) !== undefined)
  )
  const docs = allowDocs
    ? (named('docs') ?? named('content') ?? (lessons.length === 1 ? lessons[0] : undefined))
    : undefined
  if (docs && intro) {
    const inner = orderFolder(ctx, docs, false)
    const rest = finish(
      inner.files,
      'docs',
      entries.filter((e) => e.rel !== docs),
      `outside ${docs}/, where the chapters are`,
      true
    )
    return {
      ...rest,
      unplaced: [...inner.unplaced, ...rest.unplaced],
      unordered: [...inner.unordered, ...rest.unordered],
      docsDir: docs
    }
  }

  // nothing says how to order: a lone README or file, or files in path order
  if (entries.length === 0) return finish([], 'single', [], '', true)
  if (entries.length === 1 && !intro && !entries[0]!.folder) {
    return finish([entries[0]!.rel], 'single', [], '', true)
  }
  return finish(
    [],
    'alphabetical',
    entries,
    'in a folder without a number that no chapter links to',
    true
  )
}

// --- SUMMARY.md and mkdocs.yml -------------------------------------------------------------

const GENERIC_TOC =
  /^(?:table of contents|contents|toc|summary|outline|workshop outline|course outline|agenda|index|navigation|nav|sidebar)$/i

/**
 * A finding for a table-of-contents entry that leaves the tutorial by URL to anything but a web
 * page (`file:///etc/passwd`, `//host/share`, `ftp:`), or undefined for a web page (a legitimate
 * entry of a published book's menu), an anchor or a path inside. Never read either way.
 */
function leavesByUrl(what: string, url: string, at: Location): Diagnostic | undefined {
  const path = url.split('#')[0] ?? ''
  if (path === '' || !isExternal(path) || /^(?:https?|mailto):/i.test(path)) return undefined
  return diagnostic(
    RULES.tutorialStructure,
    at,
    `${what} lists "${url}", which leaves the tutorial folder; not read.`
  )
}

/**
 * The chapters SUMMARY.md lists, in order, and its title heading. Read a piece at a time: the
 * links of each piece (a file cut into pieces has no link reference definitions, see
 * `blockPieces`), and its first level-1 heading.
 */
function summaryOrder(
  ctx: OrderContext,
  summaryRel: string,
  intro?: string
): { listed: string[]; title?: string } {
  const listed: string[] = []
  const links: LinkAt[] = []
  let h1: Heading | undefined
  for (const nodes of ctx.pieces(summaryRel)) {
    h1 ??= nodes.find((n): n is Heading => n.type === 'heading' && n.depth === 1)
    append(links, linksOf({ type: 'root', children: [...nodes] }, ctx.display(summaryRel)))
  }
  const title = titleHeading({ type: 'root', children: h1 ? [h1] : [] })
  for (const link of links) {
    const t = linkTarget(link.url, summaryRel)
    if (t === undefined) {
      const d = leavesByUrl('SUMMARY.md', link.url, link)
      if (d) ctx.diagnostics.push(d)
      continue
    }
    if (!('rel' in t)) {
      ctx.diagnostics.push(
        diagnostic(
          RULES.tutorialStructure,
          link,
          `SUMMARY.md lists "${link.url}", outside the tutorial folder; not read.`
        )
      )
      continue
    }
    if (!/(?:\.(?:md|markdown|mdx)|\/)$/i.test(t.rel) && /\.[a-z0-9]+$/i.test(t.rel)) continue
    const rel = ctx.folder.resolve(t.rel)
    if (!rel) {
      ctx.diagnostics.push(
        diagnostic(
          RULES.tutorialStructure,
          link,
          `SUMMARY.md lists "${link.url}", but there is no such file in ${ctx.root || '.'}.`
        )
      )
      continue
    }
    if (rel !== summaryRel && !listed.includes(rel)) listed.push(rel)
  }
  if (intro && !listed.includes(intro)) listed.unshift(intro)
  return title === undefined ? { listed } : { listed, title }
}

interface MkDocs {
  docsDir: string
  nav?: { path: string; title?: string }[]
  siteName?: string
}

/**
 * The `position` of a Docusaurus `_category_.json` / `_category_.yml`, when it is a number (only
 * that key is read: nothing walks the document); a file that does not parse is a warning at its
 * line and column, and the folder is ordered without a position.
 */
function categoryPosition(file: SourceFile, diagnostics: Diagnostic[]): number | undefined {
  let data: unknown
  try {
    data = /\.json$/i.test(file.path)
      ? (JSON.parse(file.text) as unknown)
      : yaml.load(file.text, { schema: yaml.JSON_SCHEMA })
  } catch (e) {
    // js-yaml gives a line and column; JSON.parse an offset ("… at position 16")
    const mark = (e as { mark?: { line?: number; column?: number } }).mark
    const offset = /\bposition (\d+)/.exec(e instanceof Error ? e.message : '')
    const at = mark
      ? { line: (mark.line ?? 0) + 1, column: (mark.column ?? 0) + 1 }
      : offset
        ? locate(lineStarts(file.text), file.path, Number(offset[1]))
        : { line: 1, column: 1 }
    const reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : ''
    diagnostics.push({
      ...diagnostic(
        RULES.tutorialStructure,
        { file: file.path, line: at.line, column: at.column },
        `${file.path.slice(file.path.lastIndexOf('/') + 1)} cannot be read (${reason.replace(/\s*\(line \d+ column \d+\)$/, '') || 'not valid'}); its position is not used.`
      ),
      severity: 'warning'
    })
    return undefined
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  const position = (data as Record<string, unknown>).position
  return typeof position === 'number' && Number.isFinite(position) ? position : undefined
}

function readMkDocs(ctx: OrderContext, file: SourceFile): MkDocs | undefined {
  let data: unknown
  try {
    data = yaml.load(file.text, { schema: yaml.JSON_SCHEMA })
  } catch (e) {
    // MkDocs configs may use !!python/name tags: keep what a tag-free load gives, else report
    const mark = (e as { mark?: { line?: number; column?: number } }).mark
    const reason = (e as { reason?: string }).reason ?? 'not valid YAML'
    ctx.diagnostics.push({
      ...diagnostic(
        RULES.tutorialStructure,
        { file: file.path, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 },
        `mkdocs.yml cannot be read (${reason}); its nav: is not used.`
      ),
      severity: 'warning'
    })
    return undefined
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  // the nav: is walked below: aliases that expand past the budget (a "billion laughs" file) are
  // refused before, as in the config and the registry
  const size = expandedSize(data, 100_000)
  if (!size.ok) {
    ctx.diagnostics.push({
      ...diagnostic(
        RULES.tutorialStructure,
        { file: file.path, line: 1, column: 1 },
        `mkdocs.yml cannot be read (${size.reason}); its nav: is not used.`
      ),
      severity: 'warning'
    })
    return undefined
  }
  const map = data as Record<string, unknown>
  const docsDir =
    typeof map.docs_dir === 'string' ? (normalizePath(map.docs_dir) ?? 'docs') : 'docs'
  const out: MkDocs = { docsDir }
  if (typeof map.site_name === 'string' && map.site_name.trim()) out.siteName = map.site_name.trim()
  if (Array.isArray(map.nav)) {
    const nav: { path: string; title?: string }[] = []
    const walk = (items: unknown[]): void => {
      for (const item of items) {
        if (typeof item === 'string') nav.push({ path: item })
        else if (item && typeof item === 'object' && !Array.isArray(item)) {
          for (const [title, v] of Object.entries(item as Record<string, unknown>)) {
            if (typeof v === 'string') nav.push({ path: v, title })
            else if (Array.isArray(v)) walk(v)
          }
        }
      }
    }
    walk(map.nav)
    out.nav = nav
  }
  return out
}

function mkdocsOrder(ctx: OrderContext, mk: MkDocs, file: SourceFile): string[] {
  const listed: string[] = []
  const docs = mk.docsDir
  for (const item of mk.nav ?? []) {
    const at = { file: file.path, line: lineOf(file.text, item.path), column: 1 }
    if (isExternal(item.path)) {
      const d = leavesByUrl('mkdocs.yml nav:', item.path, at)
      if (d) ctx.diagnostics.push(d)
      continue
    }
    const rel = normalizePath(docs === '' ? item.path : `${docs}/${item.path}`)
    if (rel === undefined || (docs !== '' && !rel.startsWith(`${docs}/`) && rel !== docs)) {
      ctx.diagnostics.push({
        ...diagnostic(
          RULES.tutorialStructure,
          at,
          `mkdocs.yml nav: lists "${item.path}", outside ${docs || 'the tutorial folder'}; not read.`
        ),
        severity: 'warning'
      })
      continue
    }
    const found = ctx.folder.resolve(rel)
    if (!found) {
      ctx.diagnostics.push(
        diagnostic(
          RULES.tutorialStructure,
          { file: file.path, line: lineOf(file.text, item.path), column: 1 },
          `mkdocs.yml nav: lists "${item.path}", but there is no such file in ${docs || '.'}.`
        )
      )
      continue
    }
    if (!listed.includes(found)) listed.push(found)
  }
  return listed
}

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle)
  return i < 0 ? 1 : locate(lineStarts(text), '', i).line
}

// --- the whole tutorial --------------------------------------------------------------------

/** First H1 of a tree, unless it is a generic table-of-contents heading. */
export function titleHeading(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      const text = toString(node).replace(/\s+/g, ' ').trim()
      return text === '' || GENERIC_TOC.test(text.replace(/[:.]$/, '')) ? undefined : text
    }
  }
  return undefined
}

export function isGenericTocHeading(text: string): boolean {
  return GENERIC_TOC.test(text.trim().replace(/[:.]$/, ''))
}

/**
 * Orders the chapters of a tutorial. `files` are the Markdown files under `dir` (and a root
 * mkdocs.yml); `tree` parses one of them (cached by the caller); `skippedDirs` are folders the
 * shell did not descend into, already with reasons.
 */
export function orderChapters(
  dir: string,
  files: readonly SourceFile[],
  tree: TreeOf,
  skippedDirs: readonly SkippedFile[] = [],
  pieces: PiecesOf = (f) => [tree(f).children]
): ChapterOrder {
  const root = normalizeDir(dir)
  const folder = new Folder()
  const skipped: SkippedFile[] = [...skippedDirs]
  let mkdocsFile: SourceFile | undefined
  const diagnostics: Diagnostic[] = []
  for (const f of files) {
    const rel = relativeTo(root, f.path)
    if (rel === undefined) continue
    if (/^mkdocs\.ya?ml$/i.test(rel)) {
      mkdocsFile = f
      continue
    }
    if (CATEGORY_FILE.test(rel)) {
      const position = categoryPosition(f, diagnostics)
      if (position !== undefined)
        folder.positions.set(rel.slice(0, rel.lastIndexOf('/') + 1).replace(/\/$/, ''), position)
      continue
    }
    if (!MARKDOWN.test(rel)) continue
    const why = notContent(rel)
    if (why) skipped.push({ file: f.path, reason: why })
    else folder.add(rel, f)
  }
  // a multilingual site (Hugo's `page.ja.md` beside `page.en.md` or `page.md`) is read in English
  for (const rel of [...folder.files.keys()]) {
    const m = TRANSLATION.exec(rel)
    if (!m || /^en\b/i.test(m[2]!)) continue
    const english = [`${m[1]}.en.${m[3]}`, `${m[1]}.${m[3]}`]
      .map((r) => folder.find(r))
      .find(Boolean)
    if (!english) continue
    const file = folder.files.get(rel)!.path
    folder.remove(rel)
    skipped.push({
      file,
      reason: `a translation (${m[2]}) of ${base(english)}, which is read`
    })
  }
  const ctx: OrderContext = {
    folder,
    tree: (rel) => tree(folder.files.get(rel)!),
    pieces: (rel) => pieces(folder.files.get(rel)!),
    root,
    diagnostics,
    display: (rel) => folder.files.get(rel)?.path ?? (root === '' ? rel : `${root}/${rel}`)
  }
  const intro = folder.introOf('')
  const result: ChapterOrder = { chapters: [], source: 'single', skipped, diagnostics }
  if (intro) result.intro = folder.files.get(intro)

  let chosen: string[] = []
  /** files the folder order left out (a chapter link may still bring them in) */
  let unplaced: SkippedFile[] = []
  let authoritative = false
  let notListed = ''
  let unordered: string[] = []

  // 1. SUMMARY.md
  const summaryRel = folder.find('SUMMARY.md')
  if (summaryRel) {
    const { listed, title: summaryTitle } = summaryOrder(ctx, summaryRel, intro)
    folder.remove(summaryRel)
    if (summaryTitle) result.summaryTitle = summaryTitle
    skipped.push({
      file: ctx.display(summaryRel),
      reason: 'table of contents (gives the reading order)'
    })
    if (listed.some((r) => r !== intro)) {
      chosen = listed
      result.source = 'summary'
      authoritative = true
      notListed = 'not listed in SUMMARY.md'
    }
  }

  // 2. mkdocs.yml nav:
  if (!authoritative && mkdocsFile) {
    const mk = readMkDocs(ctx, mkdocsFile)
    if (mk?.siteName) result.siteName = mk.siteName
    if (mk?.nav && mk.nav.length > 0) {
      const listed = mkdocsOrder(ctx, mk, mkdocsFile)
      if (listed.length > 0) {
        // the site starts at the first nav page; a root README outside the nav is the repository's
        chosen = listed
        result.intro = folder.files.get(listed[0]!)
        result.source = 'mkdocs'
        authoritative = true
        notListed = 'not in the nav: of mkdocs.yml'
      }
    }
  }

  // 3–6. the folder's own order
  if (!authoritative) {
    const fo = orderFolder(ctx, '', true)
    chosen = fo.files
    result.source = fo.source
    unordered = fo.unordered
    unplaced = fo.unplaced
    if (fo.source === 'docs' && intro) result.rootReadme = folder.files.get(intro)
    // a site's docs/ or content/ opens with the introduction a reader meets (a Docusaurus
    // intro.md, a Hugo _index.md); a folder of numbered lessons opens with a lesson
    const site = fo.docsDir?.toLowerCase()
    if (site === 'docs' || site === 'content') {
      const first = fo.files.find((f) => f.startsWith(`${fo.docsDir}/`))
      if (first) result.siteIntro = folder.files.get(first)
    }
  }

  // files a chapter links to that are not placed yet follow the first chapter linking them
  if (!authoritative) {
    const placedSet = new Set(chosen)
    const skippedSet = new Set(unplaced.map((s) => s.file))
    for (let i = 0; i < chosen.length; i++) {
      const from = chosen[i]!
      const add: string[] = []
      for (const link of linksOf(ctx.tree(from), ctx.display(from))) {
        const t = linkTarget(link.url, from)
        if (!t || !('rel' in t)) continue
        const rel = folder.resolve(t.rel)
        if (!rel || placedSet.has(rel) || !skippedSet.has(ctx.display(rel))) continue
        placedSet.add(rel)
        add.push(rel)
      }
      if (add.length > 0) chosen.splice(i + 1, 0, ...add)
    }
    const linkedIn = new Set(chosen.map((r) => ctx.display(r)))
    skipped.push(...unplaced.filter((u) => !linkedIn.has(u.file)))
  }

  if (authoritative) {
    const placed = new Set(chosen)
    for (const rel of folder.under('')) {
      if (!placed.has(rel) && rel !== summaryRel) {
        skipped.push({ file: ctx.display(rel), reason: notListed })
      }
    }
  }

  const leftovers = unordered.filter((u) => chosen.includes(u))
  if (leftovers.length > 0) {
    const names = leftovers.map((r) => ctx.display(r))
    const at = { file: names[0]!, line: 1, column: 1 }
    const how =
      result.source === 'alphabetical'
        ? 'cannot tell the reading order'
        : 'cannot place these files in the reading order'
    diagnostics.push({
      ...diagnostic(
        RULES.tutorialStructure,
        at,
        `${how} of ${names.join(', ')}: read last, in path order (number them, link them from README.md or list them in SUMMARY.md).`
      ),
      severity: 'warning'
    })
  }

  result.chapters = chosen.map((r) => folder.files.get(r)!)
  skipped.sort((a, b) => byPath(a.file, b.file))
  if (result.chapters.length === 0) {
    diagnostics.push(
      diagnostic(
        RULES.tutorialStructure,
        { file: dir, line: 1, column: 1 },
        `empty tutorial: ${dir} has no README.md and no numbered chapters (e.g. 01-introduction.md).`
      )
    )
  }
  return result
}
