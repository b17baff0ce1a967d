// The tutorial reader: a folder's Markdown files in, the `Tutorial` model out. Pure.
import type { Nodes, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type {
  Chapter,
  Diagnostic,
  Exercise,
  SkippedFile,
  SourceFile,
  TimeEstimate,
  Tutorial
} from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import {
  BADGE,
  addReading,
  emptyCollected,
  headingTime,
  readChapter,
  readChapterAlone,
  readingContext,
  type ChapterReading,
  type Collected
} from './chapter.js'
import { exerciseLabel, labelsIn, labOfFile, optionalLabels } from './exercises.js'
import { fmString, frontMatter, type FrontMatter } from './frontmatter.js'
import { isGenericTocHeading, normalizeDir, orderChapters, relativeTo } from './order.js'
import { sectionRole } from './roles.js'
import { parseTimeEstimate } from './time.js'
import { gfmParser, mayHoldTable } from '../gfm.js'
import { PIECE_CHARS, parseInPieces, parseInRuns, topLevelPieces } from '../sections.js'
import { walk } from '../walk.js'

export { findFigures, normalizeFigure, uncitedFigureDiagnostics } from './figures.js'
export { formatMinutes, parseTimeEstimate } from './time.js'
export { exerciseTitle, readingTimeMinutes, totalHandsOnTime } from './derived.js'
export { splitSentences } from './sentences.js'
export { sectionRole } from './roles.js'

/**
 * Chapters larger than this are parsed a stretch at a time (`parseInPieces`, src/sections.ts):
 * micromark holds a whole document's events at once, so a 5 MB chapter parsed whole peaks above
 * 1 GB. The stretches' trees are joined into one, with their positions shifted to the file's
 * lines and offsets.
 */
export const SECTIONED_PARSE_CHARS = PIECE_CHARS

// GFM without literal autolinks (nothing the reader reads depends on them), and without tables
// where the text can hold none (src/gfm.ts)
const parseGfm = gfmParser({ frontmatter: true, autolinks: false })
// The table construct is tried at the start of every line (40–70 % more on a file that holds a
// table): such a file is parsed as runs of stretches, with tables only where they may be.
const parseWhole = (text: string): Root =>
  mayHoldTable(text) ? parseInRuns(parseGfm, text, mayHoldTable) : parseGfm(text)

/** A first line that may open front matter (`---`, after a byte-order mark). */
const MAY_HAVE_FRONT_MATTER = /^\uFEFF?---/

/** Parses Markdown into an mdast tree (GFM without literal autolinks, see src/gfm.ts, + YAML frontmatter). */
export function parseMarkdown(text: string, opts: { whole?: boolean } = {}): Root {
  return opts.whole ? parseWhole(text) : parseInPieces(parseWhole, text)
}

/** A fresh global copy of the claim-ID pattern, so callers' `lastIndex` is never shared. */
function ownRegExp(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
}

/** Roles whose short headings name a part of a tutorial, never the tutorial itself. */
const PART_ROLES = new Set([
  'prerequisites',
  'glossary',
  'summary',
  'setup',
  'cleanup',
  'troubleshooting',
  'outcomes',
  'next-steps',
  'intro'
])

/** "Prerequisites", "Workshop outline", "Introduction": a heading that cannot title a tutorial. */
export function genericTitle(text: string): boolean {
  const t = text.trim()
  if (t === '' || isGenericTocHeading(t)) return true
  const role = sectionRole(t)
  return role !== undefined && PART_ROLES.has(role) && t.split(/\s+/).length <= 3
}

function firstH1(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) {
      return toString(node).replace(/\s+/g, ' ').trim()
    }
  }
  return undefined
}

export interface ParseOptions {
  /** the global claim-ID pattern from `claimIdRegExp()` */
  claimId: RegExp
  /** folders the shell did not read (dependencies, hidden folders), with reasons */
  skippedDirs?: readonly SkippedFile[]
  /** the folder's name, when `dir` does not end in it (`.`); default: `tutorialName(dir)` */
  name?: string
  /**
   * Where the trees of files up to `CACHED_TREE_CHARS` may come from (`--cache`, src/engine.ts):
   * given a file and its parse, gives back the tree that parse makes.
   */
  trees?: (file: SourceFile, parse: () => Root) => Root
  /**
   * Where what the reader makes of such a file may come from (`--cache`): given a file, what its
   * reading depends on besides its text (`readingContext`), and the reading, gives back the
   * reading that makes. A chapter whose reading is given needs no tree.
   */
  readings?: (file: SourceFile, context: string, read: () => ChapterReading) => ChapterReading
}

/** Files up to this size may have their tree from `ParseOptions.trees` (bigger ones are read in pieces). */
export const CACHED_TREE_CHARS = PIECE_CHARS

/** The name of a tutorial folder (its last path segment), as `parseTutorial` sets `name`. */
export function tutorialName(dir: string): string {
  return normalizeDir(dir).split('/').pop() || dir
}

/**
 * Reads a tutorial folder. `dir` is its display path, `files` every Markdown file under it and a
 * root `mkdocs.yml` (display paths).
 */
export function parseTutorial(dir: string, files: SourceFile[], opts: ParseOptions): Tutorial {
  const root = normalizeDir(dir)
  const name = opts.name ?? tutorialName(dir)
  const claimId = ownRegExp(opts.claimId)
  const trees = new Map<string, Root>()
  const stored = opts.trees
  // a file whose tree may be stored is read from its whole tree (it is no bigger than a piece)
  const storable = (f: SourceFile): boolean =>
    stored !== undefined && f.text.length <= CACHED_TREE_CHARS
  const treeOf = (f: SourceFile): Root => {
    let t = trees.get(f.path)
    if (!t) {
      t = storable(f) ? stored!(f, () => parseMarkdown(f.text)) : parseMarkdown(f.text)
      trees.set(f.path, t)
    }
    return t
  }
  const piecesOf = (f: SourceFile): Iterable<readonly RootContent[]> => {
    const t = trees.get(f.path) ?? (storable(f) ? treeOf(f) : undefined)
    return t ? [t.children] : topLevelPieces(parseWhole, f.text)
  }
  const order = orderChapters(dir, files, treeOf, opts.skippedDirs, piecesOf)
  // the trees of files that are no chapter (SUMMARY.md, a skipped file) were for ordering only
  const chapterFiles = new Set(order.chapters.map((c) => c.path))
  for (const p of [...trees.keys()]) if (!chapterFiles.has(p)) trees.delete(p)
  const diagnostics: Diagnostic[] = [...order.diagnostics]
  const out = emptyCollected()
  const exerciseIds = new Set<string>()
  const matter = new Map<string, FrontMatter | undefined>()
  const fmOf = (f: SourceFile): FrontMatter | undefined => {
    if (!matter.has(f.path)) {
      matter.set(f.path, undefined)
      // front matter opens the file: without a `---` first line there is none, and no tree is needed
      if (!MAY_HAVE_FRONT_MATTER.test(f.text)) return undefined
      const fm = frontMatter(treeOf(f), f.path)
      if (fm && 'error' in fm) {
        diagnostics.push({
          ...diagnostic(RULES.tutorialStructure, fm.at, fm.error),
          severity: 'warning'
        })
      }
      if (fm && 'ok' in fm) matter.set(f.path, fm.ok)
    }
    return matter.get(f.path)
  }

  // in a site's layout the root README is the repository's, and the first page of docs/ is the
  // introduction a reader meets (a Docusaurus `intro.md`): a time under its title is the course's
  const docsIntro = order.siteIntro
  const chapters = order.chapters.map((file) => {
    const fmTitle = fmString(fmOf(file), 'title')
    const chapterOpts = {
      isReadme: file === order.intro || file === docsIntro,
      claimId,
      out,
      exerciseIds,
      ...(fmTitle ? { title: fmTitle } : {})
    }
    // a chapter's tree is garbage once read, unless the title or README rows look at it again:
    // one no step before has built is read a piece at a time, its whole tree never alive
    const again = file === order.intro || file === order.chapters[1]
    const built = trees.get(file.path)
    const source = (): Root | Iterable<readonly RootContent[]> =>
      built ?? (again || storable(file) ? treeOf(file) : topLevelPieces(parseWhole, file.text))
    const readings = opts.readings
    const chapter =
      readings && storable(file)
        ? addReading(
            readings(file, readingContext(chapterOpts), () =>
              readChapterAlone(file, source(), chapterOpts)
            ),
            chapterOpts
          )
        : readChapter(file, source(), chapterOpts)
    if (!again) trees.delete(file.path)
    return chapter
  })

  labChapters(chapters, out)
  keepSteps(out)
  if (order.intro) readmeRows(order.intro, treeOf(order.intro), root, chapters, out)
  nestedExercises(chapters, out)
  markOptional(chapters, out.exercises)

  const tutorial: Tutorial = {
    dir,
    name,
    title: titleOf(order, docsIntro, chapters, fmOf, treeOf) ?? name,
    chapters,
    order: order.source,
    skipped: order.skipped,
    diagrams: out.diagrams.filter((d) => d.kind !== 'image' || !BADGE.test(d.url ?? '')),
    glossary: out.glossary,
    exercises: out.exercises,
    figures: out.figures,
    images: out.images,
    links: out.links,
    citations: out.citations,
    prerequisites: out.prerequisites,
    diagnostics
  }
  if (out.timeCommitment) {
    tutorial.timeCommitment = out.timeCommitment
    const e = out.timeCommitment.estimate
    if (e) {
      tutorial.time = {
        text: e.text,
        min: e.minMinutes,
        max: e.maxMinutes,
        file: out.timeCommitment.file,
        line: out.timeCommitment.line,
        column: out.timeCommitment.column
      }
    }
  }
  return tutorial
}

/**
 * Title: front matter `title:` (the README's, then the `docs/` introduction's: a site generator's
 * page title names the course, while the README beside `docs/` often describes the site's source)
 * → the README's H1 → the `docs/` introduction's → SUMMARY.md's H1 → mkdocs `site_name` → the
 * first chapter title that is not a generic heading.
 */
function titleOf(
  order: ReturnType<typeof orderChapters>,
  docsIntro: SourceFile | undefined,
  chapters: Chapter[],
  fmOf: (f: SourceFile) => FrontMatter | undefined,
  treeOf: (f: SourceFile) => Root
): string | undefined {
  const candidates: (string | undefined)[] = []
  const intros = [order.intro, docsIntro]
  for (const f of intros) if (f) candidates.push(fmString(fmOf(f), 'title'))
  for (const f of intros) if (f) candidates.push(firstH1(treeOf(f)))
  // a chapter titled by its file name (no heading, no front matter) offers no title
  const named = chapters.filter((c) => c.title !== c.file.slice(c.file.lastIndexOf('/') + 1))
  candidates.push(order.summaryTitle, order.siteName)
  // without an introduction, the first chapter's title (never a later chapter's, nor a lab's)
  if (!order.intro && named[0] && exerciseLabel(named[0].title) === undefined) {
    candidates.push(named[0].title)
  }
  return candidates.find((c): c is string => c !== undefined && !genericTitle(c))
}

/** A chapter that is a lab (`lab-2-x.md`, `Lab2/README.md`) without labelled exercises of its own is one. */
function labChapters(chapters: Chapter[], out: Collected): void {
  const ids = new Set(out.exercises.map((e) => e.id))
  chapters.forEach((c, index) => {
    const lab = labOfFile(c.file)
    if (!lab || ids.has(lab.id)) return
    const own = out.exercises.filter((e) => e.chapter === c.file)
    if (own.some((e) => !out.steps.has(e) && exerciseLabel(headingAt(c, e) ?? '') !== undefined))
      return
    const first = c.headings[0]
    // a time line under the chapter heading made an exercise of that heading: it is the lab
    const same = own.find((e) => first && e.line === first.line && !out.steps.has(e))
    const title = exerciseLabel(c.title)?.title || c.title
    if (same) {
      same.id = lab.id
      same.title = title
      ids.add(lab.id)
      return
    }
    const exercise: Exercise = {
      file: c.file,
      line: first?.line ?? 1,
      column: first?.column ?? 1,
      id: lab.id,
      title,
      chapter: c.file,
      optional: /\b(?:optional|bonus|stretch)\b/i.test(c.title)
    }
    const estimate = headingTime(c.title)
    if (estimate) exercise.estimatedTime = estimate
    const later = new Set(chapters.slice(index).map((x) => x.file))
    const at = out.exercises.findIndex((e) => later.has(e.chapter))
    out.exercises.splice(at < 0 ? out.exercises.length : at, 0, exercise)
    ids.add(lab.id)
  })
}

/**
 * Exercises nested in another's section (`# Lab 1` holding `## Exercise 1.1` and `## Task 2`):
 * one level is listed, not both (both listed every lab beside its own exercises and could count
 * its time twice). The outer one stays when the tutorial gives it a time of its own, its inner
 * ones then being its steps; otherwise the inner ones stay, with their times.
 */
function nestedExercises(chapters: readonly Chapter[], out: Collected): void {
  const drop = new Set<Exercise>()
  for (const c of chapters) {
    const own = out.exercises
      .filter((e) => e.chapter === c.file && e.file === c.file && !out.steps.has(e))
      .sort((a, b) => a.line - b.line)
    if (own.length < 2) continue
    // where each heading's section ends (the next heading at its depth or above), in one pass
    const end = new Map<number, number>()
    const headingLines = new Set(c.headings.map((h) => h.line))
    const open: { line: number; depth: number }[] = []
    for (const h of c.headings) {
      while (open.length > 0 && open[open.length - 1]!.depth >= h.depth) {
        end.set(open.pop()!.line, h.line)
      }
      open.push(h)
    }
    // a sweep in document order: the ends of the timed containers the current exercise is inside
    const timed: number[] = []
    own.forEach((e, k) => {
      while (timed.length > 0 && timed[timed.length - 1]! <= e.line) timed.pop()
      if (timed.length > 0) drop.add(e)
      // an exercise not at a heading (a README row's lab) holds no section
      if (!headingLines.has(e.line)) return
      const stop = end.get(e.line) ?? Infinity
      const next = own[k + 1]
      if (!next || next.line >= stop) return
      if (e.estimatedTime) timed.push(stop)
      else drop.add(e)
    })
  }
  if (drop.size > 0) out.exercises = out.exercises.filter((e) => !drop.has(e))
}

function headingAt(c: Chapter, e: Exercise): string | undefined {
  return c.headings.find((h) => h.line === e.line && h.file === e.file)?.text
}

/**
 * `Step N` headings are the exercises only when nothing else is and the tutorial numbers them
 * once: numbers that start again (each chapter's own Step 1, 2, …) are steps inside a text.
 */
function keepSteps(out: Collected): void {
  if (out.steps.size === 0) return
  const others = out.exercises.some((e) => !out.steps.has(e))
  const repeats = new Set(out.stepNumbers).size !== out.stepNumbers.length
  if (others || repeats) out.exercises = out.exercises.filter((e) => !out.steps.has(e))
}

/**
 * README rows naming a lab: a table row (`| [Lab 1](labs/gateway.md) | … | 30 min |`) or a list
 * item (`- [Lab 2: Buffering](labs/buffer.md) (45 min)`). The row's time and an `optional` mark
 * go to the matching exercise; a linked chapter without labelled exercises is that lab.
 */
function readmeRows(
  intro: SourceFile,
  tree: Root,
  root: string,
  chapters: Chapter[],
  out: Collected
): void {
  const introDir = intro.path.includes('/') ? intro.path.slice(0, intro.path.lastIndexOf('/')) : ''
  const rows: { text: string; time?: TimeEstimate; node: Nodes }[] = []
  walk(tree, (node) => {
    if (node.type === 'table') {
      const [head, ...body] = node.children
      if (!head) return
      const header = head.children.map((c) => toString(c))
      const timeCol = header.findIndex((h) => /duration|time|minutes|length|⏱|how long/i.test(h))
      for (const row of body) {
        const cells = row.children.map((c) => toString(c).trim())
        const time = timeCol >= 0 ? parseTimeEstimate(cells[timeCol] ?? '') : undefined
        rows.push({ text: cells.join(' | '), ...(time ? { time } : {}), node: row })
      }
    } else if (node.type === 'listItem') {
      const first = node.children[0]
      if (first?.type !== 'paragraph') return
      const text = toString(first)
      const time = headingTime(text)
      rows.push({ text, ...(time ? { time } : {}), node: first })
    }
  })
  const exercises = out.exercises
  for (const row of rows) {
    const optional = /\b(?:optional|bonus|stretch)\b/i.test(row.text)
    const targets: string[] = []
    walk(row.node, (l) => {
      if (l.type !== 'link') return
      const url = (l.url.split('#')[0] ?? '').trim()
      if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url)) return
      const joined = normalize(introDir === '' ? url : `${introDir}/${url}`)
      if (joined === undefined || relativeTo(root, joined) === undefined) return
      targets.push(joined.replace(/\/$/, ''))
    })
    const labels = labelsIn(row.text)
    const linked = (file: string): boolean =>
      targets.some((t) => file === t || stripMd(file) === stripMd(t))
    let matches = exercises.filter((e, i) => {
      if (labels.includes(e.id)) return true
      const chapterFirst = exercises.findIndex((x) => x.chapter === e.chapter) === i
      return chapterFirst && linked(e.chapter)
    })
    if (matches.length === 0 && labels.length === 1) {
      // the row names a lab and links its chapter, which labels no exercise itself
      const chapter = chapters.find((c) => linked(c.file))
      if (chapter && !exercises.some((e) => e.chapter === chapter.file && !out.steps.has(e))) {
        const first = chapter.headings[0]
        const exercise: Exercise = {
          file: chapter.file,
          line: first?.line ?? 1,
          column: first?.column ?? 1,
          id: labels[0]!,
          title: exerciseLabel(chapter.title)?.title || chapter.title,
          chapter: chapter.file,
          optional: false
        }
        const index = chapters.indexOf(chapter)
        const later = new Set(chapters.slice(index).map((x) => x.file))
        const at = exercises.findIndex((e) => later.has(e.chapter))
        exercises.splice(at < 0 ? exercises.length : at, 0, exercise)
        matches = [exercise]
      }
    }
    for (const e of matches) {
      if (row.time && !e.estimatedTime) e.estimatedTime = row.time
      if (optional) e.optional = true
    }
  }
}

const stripMd = (p: string): string =>
  p.replace(/\/(?:readme|index)\.md$/i, '').replace(/\.md$/i, '')

function normalize(path: string): string | undefined {
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

/** "add E30 or E40", "E40 (optional)": sentences anywhere in the tutorial mark exercises optional. */
function markOptional(chapters: Chapter[], exercises: Exercise[]): void {
  if (exercises.length === 0) return
  for (const c of chapters) {
    for (const b of c.blocks) {
      if (b.kind === 'code' || b.kind === 'heading') continue
      if (!/optional|bonus|stretch|extra|\badd|\bplus|if you have/i.test(b.text)) continue
      // a table speaks row by row
      const texts = b.table ? b.table.rows.map((r) => r.join(' | ')) : [b.text]
      for (const text of texts) {
        for (const id of optionalLabels(text)) {
          for (const e of exercises) if (e.id === id) e.optional = true
        }
      }
    }
  }
}
