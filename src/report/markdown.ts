// The Markdown report shared by the PR comment and the job summary, and the size-fitting that
// shrinks it by dropping whole blocks (never by cutting text, so fences and HTML stay balanced).
import type { CheckResult, GenerateResult } from '../engine.js'
import type { Diagnostic } from '../model.js'
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
import { exerciseFlowchart } from './mermaid.js'
import { clip, htmlText, inlineText, neutralize, tableCell } from './sanitize.js'

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
}

export const FULL: Detail = {
  flowcharts: true,
  draftBodies: true,
  itemLimit: Number.POSITIVE_INFINITY,
  tutorialLimit: Number.POSITIVE_INFINITY
}

interface Prepared {
  status: string
  tutorialRows: string[]
  /** one row per committed draft the run guarded: its file, tutorial, channel and findings */
  committedRows: string[]
  diagnosticRows: string[]
  questions: { group: number; line: string }[]
  questionGroups: string[]
  sections: { heading: string; flowchart: string; hasDraft: boolean; draft: () => string }[]
  /** raw length of all draft texts: a lower bound of what including them costs */
  draftChars: number
}

function statusIcon(errors: number, warnings: number): string {
  return errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅'
}

function diagnosticRow(d: Diagnostic, frame: Frame): string {
  const message = d.claim && !d.message.includes(d.claim) ? `${d.message} (${d.claim})` : d.message
  return `| ${SEVERITY_ICON[d.severity]} | ${tableCell(locationText(d, false))} | ${tableCell(d.rule)} | ${tableCell(clip(message, frame.clip.message))} |`
}

function tutorialRow(r: TutorialRow, frame: Frame): string {
  const name = r.title && r.title !== r.name ? `${r.title} (${r.name})` : r.name
  return [
    tableCell(clip(name, frame.clip.title)),
    r.citations,
    r.errors,
    r.warnings,
    r.openQuestions,
    r.draft ? tableCell(r.draft.path) : '—'
  ].reduce<string>((line, cell) => `${line} ${cell} |`, '|')
}

/** A committed draft's row: its own file, so its findings read under it, not under the tutorial. */
function committedRow(
  d: { path: string; tutorial: string; channel: string },
  diagnostics: readonly Diagnostic[]
): string {
  const mine = countsOf(diagnostics.filter((x) => x.file === d.path))
  return [
    tableCell(d.path),
    tableCell(d.tutorial),
    tableCell(d.channel),
    mine.errors,
    mine.warnings
  ].reduce<string>((line, cell) => `${line} ${cell} |`, '|')
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
    neutralize(d.markdown).trimEnd(),
    '',
    '</details>'
  ].join('\n')
}

function prepare(result: CheckResult | GenerateResult, frame: Frame): Prepared {
  const diagnostics = allDiagnostics(result)
  const counts = countsOf(diagnostics)
  const rows = tutorialRows(result, diagnostics)
  const status = `**${statusIcon(counts.errors, counts.warnings)} ${summarySentence(
    counts,
    result.tutorials.length,
    result.registry.claims.length
  )}**`
  const questions: { group: number; line: string }[] = []
  const questionGroups: string[] = []
  for (const r of rows) {
    const qs = r.draft?.openQuestions ?? []
    if (qs.length === 0) continue
    questionGroups.push(`**${inlineText(clip(r.title || r.name, frame.clip.title))}**`)
    for (const q of qs) {
      questions.push({
        group: questionGroups.length - 1,
        line: `- *${inlineText(q.channel)}* — ${inlineText(clip(q.text, frame.clip.question))}`
      })
    }
  }
  return {
    status,
    tutorialRows: rows.map((r) => tutorialRow(r, frame)),
    committedRows: (result.guarded ?? []).map((d) => committedRow(d, diagnostics)),
    diagnosticRows: diagnostics.map((d) => diagnosticRow(d, frame)),
    questions,
    questionGroups,
    draftChars: rows.reduce((n, r) => n + (r.draft?.markdown.length ?? 0), 0),
    sections: rows.map((r) => ({
      heading: `#### ${inlineText(clip(r.title || r.name, frame.clip.title))}`,
      flowchart: r.tutorial ? exerciseFlowchart(r.tutorial) : '',
      hasDraft: r.draft !== undefined,
      draft: memo(() => draftDetails(r))
    }))
  }
}

function memo(f: () => string): () => string {
  let value: string | undefined
  return () => (value ??= f())
}

function more(n: number, what: string, frame: Frame): string {
  return `…and ${n} more ${what}, ${frame.moreHint}.`
}

function render(p: Prepared, frame: Frame, detail: Detail): string {
  const out: string[] = []
  if (frame.marker !== undefined) out.push(frame.marker)
  out.push(`## ${inlineText(frame.title)}`, p.status, ...(frame.intro ?? []))

  const nTut = Math.min(detail.tutorialLimit, p.tutorialRows.length)
  if (p.tutorialRows.length > 0) {
    out.push(
      [
        '| Tutorial | Citations | Errors | Warnings | Open questions | Draft |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        ...p.tutorialRows.slice(0, nTut)
      ].join('\n')
    )
    if (nTut < p.tutorialRows.length)
      out.push(more(p.tutorialRows.length - nTut, 'tutorials', frame))
  }

  const nDrafts = Math.min(detail.tutorialLimit, p.committedRows.length)
  if (nDrafts > 0) {
    out.push(
      `### Committed drafts (${p.committedRows.length})`,
      [
        '| Draft | Tutorial | Channel | Errors | Warnings |',
        '| --- | --- | --- | ---: | ---: |',
        ...p.committedRows.slice(0, nDrafts)
      ].join('\n')
    )
    if (nDrafts < p.committedRows.length)
      out.push(more(p.committedRows.length - nDrafts, 'committed drafts', frame))
  }

  if (p.diagnosticRows.length > 0) {
    const n = Math.min(detail.itemLimit, p.diagnosticRows.length)
    out.push(`### Diagnostics (${p.diagnosticRows.length})`)
    if (n > 0) {
      out.push(
        [
          '| | Location | Rule | Message |',
          '| --- | --- | --- | --- |',
          ...p.diagnosticRows.slice(0, n)
        ].join('\n')
      )
    }
    if (n < p.diagnosticRows.length)
      out.push(more(p.diagnosticRows.length - n, 'diagnostics', frame))
  }

  if (p.questions.length > 0) {
    const n = Math.min(detail.itemLimit, p.questions.length)
    out.push(`### Open questions (${p.questions.length})`)
    let group = -1
    let list: string[] = []
    for (const q of p.questions.slice(0, n)) {
      if (q.group !== group) {
        if (list.length > 0) out.push(list.join('\n'))
        group = q.group
        out.push(p.questionGroups[group] ?? '')
        list = []
      }
      list.push(q.line)
    }
    if (list.length > 0) out.push(list.join('\n'))
    if (n < p.questions.length) out.push(more(p.questions.length - n, 'open questions', frame))
  }

  const sections = p.sections.slice(0, nTut).filter((s) => s.hasDraft || s.flowchart !== '')
  if (sections.length > 0 && (detail.draftBodies || detail.flowcharts)) {
    out.push('### Drafts and exercise flow')
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
  const p = prepare(result, frame)
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
  const minimal = `${[...head, `## ${inlineText(frame.title)}`, p.status, `Details are left out; ${frame.moreHint}.`].join('\n\n')}\n`
  if (fits(minimal)) return minimal
  const bare = head.join('')
  return fits(bare) ? bare : ''
}

/** Only accepts plain http(s) URLs without characters that could end a Markdown link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  return /^https?:\/\/[^\s<>()[\]`"']+$/.test(url) ? url : undefined
}
