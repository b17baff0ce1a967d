// The Markdown report shared by the PR comment and the job summary, and the size-fitting that
// shrinks it by dropping whole blocks (never by cutting text, so fences and HTML stay balanced).
// Headings, tables and lists are built as mdast trees (src/report/mdast.ts); the drafts people or
// models wrote stay Markdown, reshaped as a tree and then neutralized (src/report/sanitize.ts).
import type { Heading, ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { Draft } from '../drafts/types.js'
import type { CheckResult, GenerateResult } from '../engine.js'
import { claimCount, type Diagnostic } from '../model.js'
import {
  allDiagnostics,
  countsOf,
  locationText,
  plural,
  SEVERITY_ICON,
  summarySentence,
  tutorialRows,
  type TutorialRow
} from './common.js'
import { link, md, plain, table, text } from './mdast.js'
import { exerciseFlowchart } from './mermaid.js'
import { clip, htmlText, neutralize } from './sanitize.js'
import { shownDraft, writerItems } from './writer.js'

const draftParser = unified().use(remarkParse).use(remarkGfm)

/** How much detail a rendering keeps; `fit` lowers these step by step. */
export interface Detail {
  flowcharts: boolean
  draftBodies: boolean
  /** diagnostics and open questions shown (each) */
  itemLimit: number
  /** tutorial rows and per-tutorial sections shown */
  tutorialLimit: number
}

export interface Frame {
  /** first line, verbatim (our hidden marker); omitted when undefined */
  marker?: string
  /** heading text, written by us (neutralized anyway) */
  title: string
  /** extra lines of ours under the status line (already safe Markdown) */
  intro?: string[]
  /** what to tell readers about left-out detail, e.g. `see the [job summary](…)` */
  moreHint: string
  /** last line (already safe Markdown) */
  footer?: string
  /** caps on the length of single texts from content */
  clip: { message: number; title: number; question: number }
  /** `https://github.com/o/r/blob/<sha>/`: locations link into the pull request's files */
  blobBase?: string
  /** findings left out by the pull request's filter-mode (said in one line) */
  outside?: number
}

export const FULL: Detail = {
  flowcharts: true,
  draftBodies: true,
  itemLimit: Number.POSITIVE_INFINITY,
  tutorialLimit: Number.POSITIVE_INFINITY
}

/**
 * A table serialized once by mdast-util-to-markdown (pipes not aligned, so one row per line):
 * its first n rows are its first n + 2 lines. Fitting asks for many n; this keeps it linear.
 */
interface LazyTable {
  length: number
  first: (n: number) => string
}

function lazyTable(
  header: string[],
  rows: PhrasingContent[][][],
  align: ('left' | 'right' | null)[] = [],
  /** serializing stops once this many characters are reached: more can never fit */
  limit = Infinity
): LazyTable {
  const CHUNK = 100
  let head: string[] | undefined
  const lines: string[] = []
  let size = 0
  return {
    length: rows.length,
    first: (n) => {
      while (lines.length < n && lines.length < rows.length && size <= limit) {
        const chunk = rows.slice(lines.length, lines.length + CHUNK)
        const out = md(table(header, chunk, align)).split('\n')
        head ??= out.slice(0, 2)
        for (const l of out.slice(2)) {
          lines.push(l)
          size += l.length + 1
        }
      }
      head ??= md(table(header, [], align)).split('\n')
      return [...head, ...lines.slice(0, n)].join('\n')
    }
  }
}

interface QuestionItem {
  group: number
  channel: string
  text: string
}

interface Prepared {
  status: string
  tutorialRows: LazyTable
  /** one row per committed draft the run guarded: its file, tutorial, channel and findings */
  committedRows: LazyTable
  diagnosticRows: LazyTable
  /** each question as one serialized list item, each group's title as a serialized paragraph */
  questionLines: { group: (i: number) => string; item: (i: number) => string }
  /** the size the rendering must fit in (serializing stops beyond it) */
  limit: number
  questions: QuestionItem[]
  questionGroups: string[]
  /** which channels a model wrote and which fell back, as a written list ('' for the deterministic writer) */
  writer: string
  sections: { heading: string; flowchart: string; hasDraft: boolean; draft: () => string }[]
  /** raw length of all draft texts: a lower bound of what including them costs */
  draftChars: number
}

function statusIcon(errors: number, warnings: number): string {
  return errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅'
}

/** One line of table-cell text: line breaks and runs of white space become one space. */
const cell = (s: string): PhrasingContent[] => [text(s.replace(/\s+/g, ' ').trim() || ' ')]

/** `blob/<sha>/path#L<line>` for a repository-relative path, each segment encoded. */
function blobLink(base: string, file: string, line: number): string | undefined {
  if (file === '' || file.startsWith('../') || file.startsWith('/')) return undefined
  const path = file.split('/').map(encodeURIComponent).join('/')
  return `${base}${path}${line > 0 ? `#L${line}` : ''}`
}

function diagnosticRow(d: Diagnostic, frame: Frame): PhrasingContent[][] {
  const message = d.claim && !d.message.includes(d.claim) ? `${d.message} (${d.claim})` : d.message
  const where = cell(locationText(d, false))
  const url = frame.blobBase ? blobLink(frame.blobBase, d.file, d.line) : undefined
  return [
    cell(SEVERITY_ICON[d.severity]),
    url ? [link(url, where)] : where,
    cell(d.rule),
    cell(clip(message, frame.clip.message))
  ]
}

function tutorialRow(r: TutorialRow, frame: Frame): PhrasingContent[][] {
  const name = r.title && r.title !== r.name ? `${r.title} (${r.name})` : r.name
  return [
    cell(clip(name, frame.clip.title)),
    cell(String(r.citations)),
    cell(String(r.errors)),
    cell(String(r.warnings)),
    cell(String(r.openQuestions)),
    cell(r.draft ? r.draft.path : '—')
  ]
}

const OPEN_QUESTIONS_HEADING = 'Open Questions / Clarifications Needed'

/**
 * A draft as it appears inside `<details>`: its headings demoted below the comment's own, and its
 * open questions replaced by a pointer to the comment's single list of them (each gap said once).
 */
export function draftForEmbedding(markdown: string): string {
  const tree = draftParser.parse(markdown) as Root
  const out: RootContent[] = []
  let skipping = false
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      skipping = node.depth === 2 && toString(node).trim() === OPEN_QUESTIONS_HEADING
      if (skipping) {
        const pointer = 'Listed once in this comment, under Open questions.'
        out.push(node, {
          type: 'paragraph',
          children: [{ type: 'emphasis', children: [{ type: 'text', value: pointer }] }]
        })
        continue
      }
    }
    if (!skipping) out.push(node)
  }
  const root: Root = { type: 'root', children: out }
  visit(root, 'heading', (h: Heading) => {
    h.depth = Math.min(6, h.depth + 3) as Heading['depth']
  })
  return md(root.children)
}

/** A committed draft's row: its own file, so its findings read under it, not under the tutorial. */
function committedRow(
  d: { path: string; tutorial: string; channel: string },
  diagnostics: readonly Diagnostic[]
): PhrasingContent[][] {
  const mine = countsOf(diagnostics.filter((x) => x.file === d.path))
  return [
    cell(d.path),
    cell(d.tutorial),
    cell(d.channel),
    cell(String(mine.errors)),
    cell(String(mine.warnings))
  ]
}

function draftDetails(r: TutorialRow): string {
  const d = r.draft
  if (!d) return ''
  const pass = d.checklist.filter((c) => c.status === 'pass').length
  const summary = `📝 Draft for ${htmlText(r.name)} — ${htmlText(d.path)} (${plural(d.openQuestions.length, 'open question')}, checklist ${pass}/${d.checklist.length} ✅)`
  return [
    '<details>',
    `<summary>${summary}</summary>`,
    '',
    neutralize(draftForEmbedding(shownDraft(d))).trimEnd(),
    '',
    '</details>'
  ].join('\n')
}

/**
 * Open questions grouped per tutorial, except the gaps in the configuration (a setting missing
 * for every tutorial alike): those form one group, each setting named once with the tutorials it
 * concerns.
 */
function questionItems(
  rows: TutorialRow[],
  frame: Frame
): { groups: string[]; items: QuestionItem[] } {
  const groups: string[] = []
  const items: QuestionItem[] = []
  const config = new Map<string, string[]>()
  for (const r of rows) {
    const qs = r.draft?.openQuestions ?? []
    const own = qs.filter((q) => q.configKey === undefined)
    for (const q of qs) {
      if (q.configKey === undefined) continue
      const list = config.get(q.configKey) ?? []
      list.push(r.name)
      config.set(q.configKey, list)
    }
    if (own.length === 0) continue
    groups.push(clip(r.title || r.name, frame.clip.title))
    for (const q of own) {
      items.push({
        group: groups.length - 1,
        channel: q.channel,
        text: clip(q.text, frame.clip.question)
      })
    }
  }
  if (config.size > 0) {
    groups.push('Configuration (all tutorials)')
    const g = groups.length - 1
    for (const [key, names] of [...config].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
    )) {
      const who =
        names.length === rows.length && rows.length > 1 ? 'every tutorial' : names.join(', ')
      items.push({
        group: g,
        channel: 'Config',
        text: clip(
          `\`${key}\` is not set in the config, so the drafts carry a placeholder for it (${who}).`,
          frame.clip.question
        )
      })
    }
  }
  return { groups, items }
}

function prepare(result: CheckResult | GenerateResult, frame: Frame, limit = Infinity): Prepared {
  const diagnostics = allDiagnostics(result)
  const counts = countsOf(diagnostics)
  const rows = tutorialRows(result, diagnostics)
  const status = md({
    type: 'paragraph',
    children: [
      {
        type: 'strong',
        children: [
          text(
            `${statusIcon(counts.errors, counts.warnings)} ${summarySentence(counts, result.tutorials.length, claimCount(result.registry))}`
          )
        ]
      }
    ]
  })
  const q = questionItems(rows, frame)
  return {
    status,
    tutorialRows: lazyTable(
      ['Tutorial', 'Citations', 'Errors', 'Warnings', 'Open questions', 'Draft'],
      rows.map((r) => tutorialRow(r, frame)),
      [null, 'right', 'right', 'right', 'right', null],
      limit
    ),
    committedRows: lazyTable(
      ['Draft', 'Tutorial', 'Channel', 'Errors', 'Warnings'],
      (result.guarded ?? []).map((d) => committedRow(d, diagnostics)),
      [null, null, null, 'right', 'right'],
      limit
    ),
    diagnosticRows: lazyTable(
      ['', 'Location', 'Rule', 'Message'],
      diagnostics.map((d) => diagnosticRow(d, frame)),
      [],
      limit
    ),
    questionLines: memoLines(q.items, q.groups),
    limit,
    questions: q.items,
    questionGroups: q.groups,
    writer: writerList(rows.flatMap((r) => (r.draft ? [r.draft] : []))),
    draftChars: rows.reduce((n, r) => n + (r.draft?.markdown.length ?? 0), 0),
    sections: rows.map((r) => ({
      heading: md({
        type: 'heading',
        depth: 4,
        children: [text(clip(r.title || r.name, frame.clip.title))]
      }),
      flowchart: r.tutorial ? exerciseFlowchart(r.tutorial) : '',
      hasDraft: r.draft !== undefined,
      draft: memo(() => draftDetails(r))
    }))
  }
}

/** Questions and group titles, each serialized once (a tight list is its items, line by line). */
function memoLines(
  items: QuestionItem[],
  groups: string[]
): { group: (i: number) => string; item: (i: number) => string } {
  const g: string[] = []
  const it: string[] = []
  return {
    group: (i) =>
      (g[i] ??= md({
        type: 'paragraph',
        children: [{ type: 'strong', children: [text(groups[i] ?? '')] }]
      })),
    item: (i) => {
      const q = items[i]
      if (!q) return ''
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'emphasis', children: [text(q.channel)] },
              text(' — '),
              ...questionText(q.text)
            ]
          }
        ]
      }
      return (it[i] ??= md({ type: 'list', ordered: false, spread: false, children: [item] }))
    }
  }
}

function memo(f: () => string): () => string {
  let value: string | undefined
  return () => (value ??= f())
}

function more(n: number, what: string, frame: Frame): string {
  return `…and ${n} more ${what}, ${frame.moreHint}.`
}

/** The writer section's list ('' when the deterministic writer wrote every draft). */
function writerList(drafts: readonly Draft[]): string {
  const items = writerItems(drafts)
  return items.length > 0
    ? md({ type: 'list', ordered: false, spread: false, children: items })
    : ''
}

const heading = (depth: 2 | 3, s: string): string =>
  md({ type: 'heading', depth, children: [text(s)] })

function render(p: Prepared, frame: Frame, detail: Detail): string {
  const out: string[] = []
  if (frame.marker !== undefined) out.push(frame.marker)
  out.push(heading(2, frame.title), p.status, ...(frame.intro ?? []))

  const nTut = Math.min(detail.tutorialLimit, p.tutorialRows.length)
  if (p.tutorialRows.length > 0) {
    out.push(p.tutorialRows.first(nTut))
    if (nTut < p.tutorialRows.length)
      out.push(more(p.tutorialRows.length - nTut, 'tutorials', frame))
  }

  if (p.writer !== '') {
    out.push(heading(3, 'Writer'), p.writer)
  }

  const nDrafts = Math.min(detail.tutorialLimit, p.committedRows.length)
  if (nDrafts > 0) {
    out.push(
      heading(3, `Committed drafts (${p.committedRows.length})`),
      p.committedRows.first(nDrafts)
    )
    if (nDrafts < p.committedRows.length)
      out.push(more(p.committedRows.length - nDrafts, 'committed drafts', frame))
  }

  if (p.diagnosticRows.length > 0) {
    const n = Math.min(detail.itemLimit, p.diagnosticRows.length)
    out.push(heading(3, `Diagnostics (${p.diagnosticRows.length})`))
    if (n > 0) out.push(p.diagnosticRows.first(n))
    if (n < p.diagnosticRows.length)
      out.push(more(p.diagnosticRows.length - n, 'diagnostics', frame))
  }
  if (frame.outside) {
    out.push(
      `${plural(frame.outside, 'more finding')} on lines this pull request does not change ${frame.outside === 1 ? 'is' : 'are'} left out here; ${frame.moreHint}.`
    )
  }

  if (p.questions.length > 0) {
    const n = Math.min(detail.itemLimit, p.questions.length)
    out.push(heading(3, `Open questions (${p.questions.length})`))
    const lines = p.questionLines
    let group = -1
    let list: string[] = []
    let size = 0
    const flush = (): void => {
      if (list.length > 0) out.push(list.join('\n'))
      list = []
    }
    for (const [i, q] of p.questions.slice(0, n).entries()) {
      if (q.group !== group) {
        flush()
        group = q.group
        out.push(lines.group(group))
      }
      const line = lines.item(i)
      list.push(line)
      size += line.length
      if (size > p.limit) break // cannot fit: the caller tries fewer
    }
    flush()
    if (n < p.questions.length) out.push(more(p.questions.length - n, 'open questions', frame))
  }

  const sections = p.sections.slice(0, nTut).filter((s) => s.hasDraft || s.flowchart !== '')
  if (sections.length > 0 && (detail.draftBodies || detail.flowcharts)) {
    out.push(heading(3, 'Drafts and exercise flow'))
    for (const s of sections) {
      const flow = detail.flowcharts ? s.flowchart : ''
      const draft = detail.draftBodies ? s.draft() : ''
      if (flow === '' && draft === '') continue
      out.push(s.heading)
      if (flow !== '') out.push(flow)
      if (draft !== '') out.push(draft)
    }
  }
  if (!detail.draftBodies && p.sections.some((s) => s.hasDraft)) {
    out.push(`Draft texts are left out here to keep this short; ${frame.moreHint}.`)
  }
  if (frame.footer) out.push(frame.footer)
  return `${out.join('\n\n')}\n`
}

/**
 * An open question's text is Markdown of our drafts (inline code around paths and settings):
 * parsed as such, so the code spans stay code, and only its text goes through `text()`.
 */
function questionText(markdown: string): PhrasingContent[] {
  const tree = draftParser.parse(markdown) as Root
  const first = tree.children[0]
  if (tree.children.length !== 1 || first?.type !== 'paragraph') return [text(markdown)]
  const safe = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes.map((n) => {
      if (n.type === 'text') return text(n.value)
      if (n.type === 'inlineCode') return { type: 'inlineCode', value: plain(n.value) }
      if ('children' in n && (n.type === 'emphasis' || n.type === 'strong')) {
        return { ...n, children: safe(n.children) }
      }
      return text(toString(n))
    })
  return safe(first.children)
}

/** Largest n in [0, max] with ok(n), assuming ok is monotonic; -1 when even ok(0) fails. */
function largest(max: number, ok: (n: number) => boolean): number {
  if (!ok(0)) return -1
  let lo = 0
  let hi = max
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (ok(mid)) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Renders the report within `max` (as measured by `size`): full detail first, then without
 * flowcharts, then without draft texts, then with fewer diagnostics/open questions, then with
 * fewer tutorials, and at last only the title and status line (or just the marker).
 */
export function renderFitted(
  result: CheckResult | GenerateResult,
  frame: Frame,
  max: number,
  size: (s: string) => number = (s) => s.length
): string {
  const p = prepare(result, frame, max)
  const fits = (s: string): boolean => size(s) <= max
  const attempt = (detail: Detail): string | undefined => {
    const s = render(p, frame, detail)
    return fits(s) ? s : undefined
  }
  const steps: Detail[] = [
    FULL,
    { ...FULL, flowcharts: false },
    { ...FULL, flowcharts: false, draftBodies: false }
  ]
  // draft texts only grow when neutralized: skip the steps that cannot fit without rendering them
  const skip = p.draftChars > max ? 2 : 0
  for (const d of steps.slice(skip)) {
    const s = attempt(d)
    if (s !== undefined) return s
  }
  const lean: Detail = {
    flowcharts: false,
    draftBodies: false,
    itemLimit: 0,
    tutorialLimit: Infinity
  }
  const maxItems = Math.max(p.diagnosticRows.length, p.questions.length)
  const items = largest(maxItems, (n) => attempt({ ...lean, itemLimit: n }) !== undefined)
  if (items >= 0) return render(p, frame, { ...lean, itemLimit: items })
  const tuts = largest(
    p.tutorialRows.length,
    (n) => attempt({ ...lean, tutorialLimit: n }) !== undefined
  )
  if (tuts >= 0) return render(p, frame, { ...lean, tutorialLimit: tuts })
  const head = frame.marker !== undefined ? [frame.marker] : []
  const minimal = `${[...head, heading(2, frame.title), p.status, `Details are left out; ${frame.moreHint}.`].join('\n\n')}\n`
  if (fits(minimal)) return minimal
  const bare = head.join('')
  return fits(bare) ? bare : ''
}

/** Only accepts plain http(s) URLs without characters that could end a Markdown link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  return /^https?:\/\/[^\s<>()[\]`"']+$/.test(url) ? url : undefined
}
