// Which files are chapters, and in which order: SUMMARY.md (GitBook style) when present, else
// README.md first, then files with a numeric prefix in numeric order.
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Diagnostic, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { append } from '../append.js'

export interface ChapterOrder {
  /** chapter files in reading order */
  chapters: SourceFile[]
  diagnostics: Diagnostic[]
}

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

const NUMBERED = /^(\d+)(?=[-_. ]|\.md$)[^/]*\.md$/i

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')
}

function summaryTarget(url: string): string | undefined {
  let path = url.split('#')[0]?.split('?')[0] ?? ''
  if (path === '' || isExternal(path)) return undefined
  try {
    path = decodeURI(path)
  } catch {
    // keep the raw path
  }
  if (path.endsWith('/')) path += 'README.md'
  return normalizePath(path.replace(/^\//, ''))
}

/** Links of a parsed SUMMARY.md in document order, with their places. */
function summaryLinks(tree: Root): { url: string; line: number; column: number }[] {
  const links: { url: string; line: number; column: number }[] = []
  visit(tree, 'link', (link) => {
    links.push({
      url: link.url,
      line: link.position?.start.line ?? 1,
      column: link.position?.start.column ?? 1
    })
  })
  return links
}

/**
 * Orders the chapters of a tutorial. `parse` parses a Markdown text (only SUMMARY.md is parsed
 * here). Reports missing SUMMARY entries and empty tutorials as `tutorial/structure`.
 */
export function orderChapters(
  dir: string,
  files: readonly SourceFile[],
  parse: (text: string) => Root
): ChapterOrder {
  const root = normalizeDir(dir)
  const byRel = new Map<string, SourceFile>()
  for (const f of files) {
    const rel = relativeTo(root, f.path)
    if (rel !== undefined && /\.md$/i.test(rel)) byRel.set(rel, f)
  }
  const diagnostics: Diagnostic[] = []
  const find = (rel: string): SourceFile | undefined => {
    const exact = byRel.get(rel)
    if (exact) return exact
    const lower = rel.toLowerCase()
    for (const [k, v] of byRel) if (k.toLowerCase() === lower) return v
    return undefined
  }

  const summary = find('SUMMARY.md')
  if (summary) {
    const chapters: SourceFile[] = []
    const seen = new Set<string>()
    for (const link of summaryLinks(parse(summary.text))) {
      const target = summaryTarget(link.url)
      if (target === undefined || !/\.md$/i.test(target)) continue
      const file = find(target)
      if (!file) {
        diagnostics.push(
          diagnostic(
            RULES.tutorialStructure,
            { file: summary.path, line: link.line, column: link.column },
            `SUMMARY.md lists "${link.url}", but there is no such file in ${dir}.`
          )
        )
        continue
      }
      if (file === summary || seen.has(file.path)) continue
      seen.add(file.path)
      chapters.push(file)
    }
    if (chapters.length > 0) return { chapters, diagnostics }
  }

  const chapters: SourceFile[] = []
  const readme = find('README.md')
  if (readme) chapters.push(readme)
  const numbered: { n: number; rel: string; file: SourceFile }[] = []
  for (const [rel, file] of byRel) {
    const m = NUMBERED.exec(rel)
    if (m) numbered.push({ n: Number(m[1]), rel, file })
  }
  numbered.sort((a, b) => a.n - b.n || (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
  append(
    chapters,
    numbered.map((x) => x.file)
  )
  if (chapters.length === 0) {
    diagnostics.push(
      diagnostic(
        RULES.tutorialStructure,
        { file: dir, line: 1, column: 1 },
        `empty tutorial: ${dir} has no README.md and no numbered chapters (e.g. 01-introduction.md).`
      )
    )
  }
  return { chapters, diagnostics }
}
