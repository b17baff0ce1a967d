// Everything the channel writers share: the fact sheet (src/facts) and the settings of the config,
// derived once. Each channel module is a function `(ctx: DraftContext) => SectionTree` (its body
// as mdast); it says only what the fact sheet holds, each fact in the place its role allows.
import type { Config } from '../config/types.js'
import { type Channel, TUTORIAL_LINK_PLACEHOLDER } from '../channels/contract.js'
import type { Claim, Heading, Location, Registry, Tutorial } from '../model.js'
import { indexRegistry } from '../claims/validate.js'
import { formatMinutes } from '../tutorial/time.js'
import { derivedStatement, derivedValues, type DerivedValues } from '../channels/derived-text.js'
import type { Fact, FactRole, FactSheet } from '../facts/types.js'
import { CUES, summariseItems } from '../facts/sentences.js'
import { link, type Inline, inline } from './mdast.js'

/** Where a missing setting is configured (named in placeholders and open questions). */
export const CONFIG_FILE = '.github/tutorial-amplifier.yml'

export const URL_PLACEHOLDER = TUTORIAL_LINK_PLACEHOLDER

export interface DiagramRef extends Location {
  alt: string
  /** a diagram drawn in the tutorial's own text (Mermaid), not an image file */
  inline: boolean
  /** display path of the image (or its URL when it is remote) */
  path: string
  remote: boolean
}

export interface ComparisonTable extends Location {
  header: string[]
  rowLabels: string[]
}

export interface DraftContext {
  tutorial: Tutorial
  registry: Registry
  config: Config
  /** the channel contract with the config's overrides */
  channels: readonly Channel[]
  strict: boolean
  /** display path the draft is written to */
  path: string
  /** what the drafts may say */
  sheet: FactSheet
  /** the product's name (the fact sheet's `product` fact) */
  product: string
  /** registry claims by ID (first definition wins) */
  claims: ReadonlyMap<string, Claim>
  /** IDs of the claims the draft may cite, in the order the tutorial first cites them */
  citedIds: string[]
  /** the tutorial URL for calls to action; undefined = placeholder */
  url?: string
  /** the tutorial link as text: the URL or the visible placeholder */
  link: string
  hashtags: string[]
  /** headings of the chapters after the exercises that describe the way to production */
  production: (Location & { text: string })[]
  table?: ComparisonTable
  diagram?: DiagramRef
  derived: DerivedValues
  roadmap: (Heading & { file: string })[]
}

/** The facts of one role, in sheet order. */
export function facts(ctx: DraftContext, role: FactRole): Fact[] {
  return ctx.sheet.facts.filter((f) => f.role === role)
}

/** The first fact of a role, if any. */
export function fact(ctx: DraftContext, role: FactRole): Fact | undefined {
  return ctx.sheet.facts.find((f) => f.role === role)
}

function unique<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[] {
  const out: T[] = []
  for (const i of items) if (!out.some((o) => same(o, i))) out.push(i)
  return out
}

type Place = Location & { text: string }

/**
 * The way to production: headings about production, deployment, monitoring, security, cost, …
 * (exercise, roadmap and recap headings excepted) in the chapters after the last exercise, else
 * anywhere after the first chapter. Nothing when the tutorial has no such heading: a list of
 * whatever headings come last is not a path to production.
 */
function productionPath(t: Tutorial): Place[] {
  const keep = (text: string): boolean =>
    !CUES.roadmap.test(text) && !CUES.recap.test(text) && !CUES.skip.test(text)
  const isExercise = (h: Heading): boolean =>
    t.exercises.some((e) => e.file === h.file && e.line === h.line)
  const cued = (from: number): Place[] =>
    t.chapters
      .slice(from)
      .flatMap((c) =>
        c.headings
          .filter(
            (h) => h.depth <= 2 && CUES.production.test(h.text) && keep(h.text) && !isExercise(h)
          )
          .map((h) => ({ text: h.text, file: h.file, line: h.line, column: h.column }))
      )
  const last = t.exercises[t.exercises.length - 1]
  const anchor = last ? t.chapters.findIndex((c) => c.file === last.chapter) : -1
  let picked = anchor >= 0 ? cued(anchor + 1) : []
  if (picked.length === 0) picked = cued(Math.min(2, t.chapters.length))
  return unique(picked, (a, b) => a.text.toLowerCase() === b.text.toLowerCase())
}

function diagramRef(sheet: FactSheet): DiagramRef | undefined {
  const f = sheet.facts.find((x) => x.role === 'diagram')
  if (!f || !f.source.file) return undefined
  const path = f.term ?? f.source.file
  const inline = path === f.source.file && !/\.(?:svg|png|jpe?g|gif|webp)$/i.test(path)
  const remote = !inline && /^[a-z][a-z0-9+.-]*:/i.test(path)
  return {
    alt: f.text === path ? '' : f.text,
    inline,
    path,
    remote,
    file: f.source.file,
    line: f.source.line ?? 1,
    column: f.source.column ?? 1
  }
}

function comparisonTable(sheet: FactSheet, t: Tutorial): ComparisonTable | undefined {
  const rows = sheet.facts.filter((f) => f.role === 'component' && f.section !== undefined)
  const first = rows[0]
  if (!first?.source.file) return undefined
  const block = t.chapters
    .flatMap((c) => c.blocks)
    .find((b) => b.file === first.source.file && b.line === first.source.line && b.table)
  if (!block?.table) return undefined
  return {
    header: block.table.header,
    rowLabels: rows.map((r) => r.term ?? ''),
    file: block.file,
    line: block.line,
    column: block.column
  }
}

/** The tutorial URL for this tutorial from the config (`{tutorial}` replaced), if any. */
export function tutorialUrl(t: Tutorial, config: Config): string | undefined {
  const template = config.tutorialUrls[t.name] ?? config.tutorialUrls['*']
  if (template === undefined || template.trim() === '') return undefined
  return template.trim().split('{tutorial}').join(t.name)
}

export function buildContext(
  t: Tutorial,
  registry: Registry,
  config: Config,
  sheet: FactSheet,
  opts: { path: string; strict: boolean }
): DraftContext {
  const claims = indexRegistry(registry)
  const citedIds = sheet.facts.filter((f) => f.role === 'claim').map((f) => f.source.claim ?? '')
  const url = tutorialUrl(t, config)
  const roadmap = t.chapters.flatMap((c) =>
    c.headings
      .filter((h) => CUES.roadmap.test(h.text))
      .map((h) => ({ ...h, file: h.file || c.file }))
  )
  const ctx: DraftContext = {
    tutorial: t,
    registry,
    config,
    channels: config.channels,
    strict: opts.strict,
    path: opts.path,
    sheet,
    product: sheet.facts.find((f) => f.role === 'product')?.text ?? t.title,
    claims,
    citedIds,
    link: url ?? URL_PLACEHOLDER,
    hashtags: config.hashtags
      .map((h) => h.trim().replace(/^#+/, ''))
      .filter((h) => h !== '')
      .map((h) => `#${h}`),
    production: productionPath(t),
    derived: derivedValues(t),
    roadmap
  }
  if (url !== undefined) ctx.url = url
  const table = comparisonTable(sheet, t)
  if (table) ctx.table = table
  const diagram = diagramRef(sheet)
  if (diagram) ctx.diagram = diagram
  return ctx
}

/**
 * `E10 — Title (10–15 minutes)`, `E40 — Title (optional, 20–25 minutes)`: one exercise, as every
 * section names it; `short` leaves the title out (`E10 (10–15 minutes)`).
 */
export function exerciseLabel(f: Fact, short = false): string {
  const e = f.exercise
  if (!e) return f.text
  const title = e.title.trim() === '' || short ? '' : ` — ${e.title.trim()}`
  const time = e.minutes
    ? formatMinutes({ text: '', minMinutes: e.minutes.min, maxMinutes: e.minutes.max })
    : undefined
  const notes = [e.optional ? 'optional' : undefined, time].filter((x) => x !== undefined)
  return `${e.id}${title}${notes.length ? ` (${notes.join(', ')})` : ''}`
}

/** `E20, E30`: the exercises that state no time, named once (not a placeholder per exercise). */
export function untimedNote(ctx: DraftContext): string | undefined {
  const untimed = facts(ctx, 'exercise').filter((f) => f.exercise && !f.exercise.minutes)
  if (untimed.length === 0) return undefined
  const all = untimed.length === facts(ctx, 'exercise').length
  const ids = summariseItems(
    untimed.map((f) => f.exercise?.id ?? ''),
    5,
    ', '
  )
  return all
    ? 'The tutorial gives no time estimates.'
    : `No time estimate in the tutorial for ${ids}.`
}

/** The exercises as one run of text, at most five named: `E10 — … (5 minutes), E20 — … and 2 more`. */
export function exerciseSummary(ctx: DraftContext, sep = ', ', short = false): string | undefined {
  const ex = facts(ctx, 'exercise')
  if (ex.length === 0) return undefined
  const labels = ex.map((f) => exerciseLabel(f, short))
  if (labels.length <= 5) {
    return labels.length === 1
      ? (labels[0] as string)
      : `${labels.slice(0, -1).join(sep)} and ${labels[labels.length - 1]}`
  }
  return summariseItems(labels, 5, sep)
}

/** The tutorial's time: the total it states, else the sum of its exercise estimates (labelled). */
export function timeStatement(ctx: DraftContext): string | undefined {
  const stated = fact(ctx, 'total-time')
  if (stated) return `Time stated by the tutorial: ${stated.text}`
  if (ctx.derived.handsOn) return derivedStatement('hands-on', ctx.derived.handsOn)
  return undefined
}

/** The tutorial link: the URL as a link, or the visible placeholder as text. */
export function tutorialLink(ctx: Pick<DraftContext, 'url' | 'link'>): Inline {
  return ctx.url !== undefined ? [link(ctx.url, ctx.url)] : inline(ctx.link)
}

/** `file:line`, as open questions and checklist reasons name places. */
export function at(l: Location): string {
  return `${l.file}:${l.line}`
}
