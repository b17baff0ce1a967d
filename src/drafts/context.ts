// Everything the section builders share, derived once from the tutorial, the registry and the
// config. Each section module is a function `(ctx: DraftContext) => DraftSection`.
import { posix } from 'node:path'
import type { Config } from '../config/types.js'
import { claimIdRegExp } from '../config/types.js'
import type { Chapter, Claim, Exercise, Heading, Location, Registry, Tutorial } from '../model.js'
import { indexRegistry } from '../claims/validate.js'
import { exerciseTitle } from '../tutorial/derived.js'
import { formatMinutes } from '../tutorial/time.js'
import { derivedValues, type DerivedValues } from '../channels/derived-text.js'
import {
  CUES,
  chapterSentences,
  nextUnused,
  pickByCue,
  renderSentence,
  sameSentence,
  standalone,
  type ClaimLookup,
  type Sentence
} from './select.js'
import { escapeInline } from './words.js'

/** Where a missing setting is configured (named in placeholders and open questions). */
export const CONFIG_FILE = '.github/tutorial-amplifier.yml'

export const URL_PLACEHOLDER = `[tutorial link — set tutorialUrl in ${CONFIG_FILE}]`

export interface Limitation {
  /** Markdown, ready to print */
  markdown: string
  source: 'registry' | 'tutorial'
  at: Location
}

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

export interface Story {
  problem?: Sentence
  simplification?: Sentence
  impact?: Sentence
}

export interface DraftContext {
  tutorial: Tutorial
  registry: Registry
  config: Config
  strict: boolean
  /** display path the draft is written to */
  path: string
  lookup: ClaimLookup
  /** registry claims by ID (first definition wins) */
  claims: ReadonlyMap<string, Claim>
  /** IDs of the claims the draft may cite, in the order the tutorial first cites them */
  citedIds: string[]
  /** the tutorial URL for calls to action; undefined = placeholder */
  url?: string
  /** Markdown for the tutorial link: the URL or the visible placeholder */
  link: string
  hashtags: string[]
  /** the chapter the story is taken from, and its sentences (then the README's) */
  intro: Sentence[]
  story: Story
  /** further quotable sentences for padding, best first */
  padding: Sentence[]
  exercises: Exercise[]
  /** the tutorial's prerequisites (items after an exercise heading in the same file are steps) */
  prerequisites: (Location & { text: string })[]
  /** headings of the chapters after the exercises that describe the way to production */
  production: (Location & { text: string })[]
  limitations: Limitation[]
  nonGoals: Sentence[]
  table?: ComparisonTable
  diagram?: DiagramRef
  derived: DerivedValues
  roadmap: (Heading & { file: string })[]
}

function isReadme(c: Chapter): boolean {
  return /(^|\/)readme\.md$/i.test(c.file)
}

function unique<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[] {
  const out: T[] = []
  for (const i of items) if (!out.some((o) => same(o, i))) out.push(i)
  return out
}

function introChapters(t: Tutorial): Chapter[] {
  const readme = t.chapters.find(isReadme)
  const first = t.chapters.find((c) => !isReadme(c))
  return [first, readme].filter((c): c is Chapter => c !== undefined)
}

function laterChapters(t: Tutorial, intro: Chapter[]): Chapter[] {
  const last = t.exercises[t.exercises.length - 1]
  const anchor = last
    ? t.chapters.findIndex((c) => c.file === last.chapter)
    : t.chapters.findIndex((c) => c === intro[0])
  return anchor < 0 ? [] : t.chapters.slice(anchor + 1)
}

type Place = Location & { text: string }

/**
 * The way to production: headings about production, deployment, monitoring, security, cost, …
 * in the chapters after the last exercise; else such headings anywhere after the introduction
 * (exercise headings excepted); else the titles of the chapters after the last exercise.
 */
function productionPath(t: Tutorial, intro: Chapter[]): Place[] {
  const keep = (text: string): boolean =>
    !CUES.roadmap.test(text) && !CUES.recap.test(text) && !CUES.skip.test(text)
  const isExercise = (h: Heading): boolean =>
    t.exercises.some((e) => e.file === h.file && e.line === h.line)
  const cued = (chapters: Chapter[]): Place[] =>
    chapters.flatMap((c) =>
      c.headings
        .filter(
          (h) => h.depth <= 2 && CUES.production.test(h.text) && keep(h.text) && !isExercise(h)
        )
        .map((h) => ({ text: h.text, file: h.file, line: h.line, column: h.column }))
    )
  const later = laterChapters(t, intro)
  let picked = cued(later)
  if (picked.length === 0) picked = cued(t.chapters.filter((c) => !intro.includes(c)))
  if (picked.length === 0) {
    picked = later
      .filter((c) => keep(c.title))
      .map((c) => ({ text: c.title, file: c.file, line: 1, column: 1 }))
  }
  return unique(picked, (a, b) => a.text.toLowerCase() === b.text.toLowerCase()).slice(0, 5)
}

function diagramRef(t: Tutorial): DiagramRef | undefined {
  const image = t.images.find((i) => i.diagram)
  if (!image) return undefined
  const inline = image.url.trim() === '' || /^(?:mermaid|plantuml|ascii):/i.test(image.url)
  const remote = !inline && /^[a-z][a-z0-9+.-]*:/i.test(image.url)
  const path = inline
    ? image.file
    : remote
      ? image.url
      : posix.normalize(posix.join(posix.dirname(image.file), image.url.replace(/[?#].*$/, '')))
  return {
    alt: image.alt || image.title || '',
    inline,
    path,
    remote,
    file: image.file,
    line: image.line,
    column: image.column
  }
}

const COMPARISON = /\b(vs\.?|versus|compar\w*|traditional|differences?)\b/i

function comparisonTable(t: Tutorial): ComparisonTable | undefined {
  for (const c of t.chapters) {
    for (const b of c.blocks) {
      if (b.kind !== 'table' || !b.table) continue
      const { header, rows } = b.table
      if (header.length < 2 || rows.length === 0) continue
      if (!COMPARISON.test(header.join(' ')) && !COMPARISON.test(b.section)) continue
      const rowLabels = rows.map((r) => (r[0] ?? '').trim()).filter((l) => l !== '')
      return { header, rowLabels, file: b.file, line: b.line, column: b.column }
    }
  }
  return undefined
}

/**
 * Limitations, in this order: cited claims of a limitations category (their wording), the
 * tutorial's own "not suitable / not supported / limitation" sentences, then the `limitations`
 * fields of the cited claims. Registry text that announces future work is left out.
 */
function limitations(
  citedIds: readonly string[],
  claims: ReadonlyMap<string, Claim>,
  sentences: readonly Sentence[]
): Limitation[] {
  const fromClaims = (pick: (c: Claim) => string[]): Limitation[] =>
    citedIds.flatMap((id) => {
      const claim = claims.get(id)
      if (!claim) return []
      const at = { file: claim.file, line: claim.line, column: claim.column }
      return pick(claim)
        .filter((text) => text.trim() !== '' && !CUES.promise.test(text))
        .map((text) => ({
          markdown: renderSentence({ text, claims: [id], inline: [] }),
          source: 'registry' as const,
          at
        }))
    })
  const tutorial: Limitation[] = sentences
    .filter(
      (s) =>
        standalone(s) &&
        (CUES.limitation.test(s.text) || (s.kind === 'paragraph' && CUES.nonGoal.test(s.section)))
    )
    .map((s) => ({ markdown: renderSentence(s), source: 'tutorial', at: s }))
  return unique(
    [
      ...fromClaims((c) => (/limit/i.test(c.category) ? [c.claim] : [])),
      ...tutorial,
      ...fromClaims((c) => c.limitations)
    ],
    (a, b) => a.markdown === b.markdown
  )
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
  opts: { path: string; strict: boolean }
): DraftContext {
  const claims = indexRegistry(registry)
  const citedIds: string[] = []
  for (const c of t.citations) {
    const claim = claims.get(c.id)
    if (claim && claim.status !== 'deprecated' && !citedIds.includes(c.id)) citedIds.push(c.id)
  }
  const citable = new Map(citedIds.map((id) => [id, claims.get(id) as Claim]))
  const lookup: ClaimLookup = { claimId: () => claimIdRegExp(config.claimIdPattern), citable }

  const introChaps = introChapters(t)
  const bySentence = new Map(t.chapters.map((c) => [c.file, chapterSentences(c, lookup)]))
  const sentencesOf = (c: Chapter): Sentence[] => bySentence.get(c.file) ?? []
  const intro = introChaps.flatMap(sentencesOf)
  const all = t.chapters.flatMap(sentencesOf)

  const used: Sentence[] = []
  const choose = (cue: RegExp): Sentence | undefined => {
    const s = pickByCue(intro, cue, used) ?? nextUnused(intro, used, used[used.length - 1])
    if (s) used.push(s)
    return s
  }
  const story: Story = {}
  const problem = choose(CUES.problem)
  if (problem) story.problem = problem
  const simplification = choose(CUES.simplification)
  if (simplification) story.simplification = simplification
  const impact = choose(CUES.impact)
  if (impact) story.impact = impact

  const recap = all.filter((s) => CUES.recap.test(s.section))
  const padding = unique(
    [...intro, ...recap, ...all].filter(
      (s) => standalone(s) && !used.some((u) => sameSentence(u, s))
    ),
    sameSentence
  )

  const nonGoals = all.filter(
    (s) =>
      standalone(s) &&
      (CUES.nonGoal.test(s.text) || (s.kind === 'paragraph' && CUES.nonGoal.test(s.section)))
  )
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
    strict: opts.strict,
    path: opts.path,
    lookup,
    claims,
    citedIds,
    link: url ?? URL_PLACEHOLDER,
    hashtags: config.hashtags
      .map((h) => h.trim().replace(/^#+/, ''))
      .filter((h) => h !== '')
      .map((h) => `#${h}`),
    intro,
    story,
    padding,
    exercises: t.exercises,
    prerequisites: t.prerequisites.filter(
      (p) =>
        !p.text.trim().endsWith(':') &&
        !t.exercises.some((e) => e.file === p.file && e.line < p.line)
    ),
    production: productionPath(t, introChaps),
    limitations: limitations(citedIds, claims, all),
    nonGoals,
    derived: derivedValues(t),
    roadmap
  }
  if (url !== undefined) ctx.url = url
  const table = comparisonTable(t)
  if (table) ctx.table = table
  const diagram = diagramRef(t)
  if (diagram) ctx.diagram = diagram
  return ctx
}

/** `E10 — Title (10–15 minutes)`: one exercise with its estimate, as every section names it. */
export function exerciseLabel(e: Exercise): string {
  const title = exerciseTitle(e) === '' ? '' : ` — ${escapeInline(exerciseTitle(e))}`
  const time = e.estimatedTime
    ? ` (${formatMinutes(e.estimatedTime)})`
    : ' (no time estimate in the tutorial)'
  return `${escapeInline(e.id)}${title}${time}`
}

/** `file:line`, as open questions and checklist reasons name places. */
export function at(l: Location): string {
  return `${l.file}:${l.line}`
}
