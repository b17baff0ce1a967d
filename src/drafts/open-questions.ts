// Open Questions / Clarifications Needed: only real gaps — placeholders we had to leave, claims
// to verify (Draft, Deprecated, unknown), claim-worthy figures without a claim ID, diagram reuse,
// roadmap sections. Each names the place to look. IDs and places are written as inline code: the
// questions talk about claims, they do not cite them.
import type { RootContent } from 'mdast'
import type { DraftSection, OpenQuestion, OpenQuestionChannel, SectionTree } from './types.js'
import type { Citation, Figure } from '../model.js'
import { CHANNELS, channelById, describeLimits, type Channel } from '../channels/contract.js'
import { countWords, threadPosts } from '../channels/measure.js'
import { uncitedFigureDiagnostics } from '../tutorial/figures.js'
import type { DraftContext } from './context.js'
import { CONFIG_FILE, at } from './context.js'
import { TALK_FIELDS } from './talk-abstract.js'
import {
  code,
  countTreeWords,
  heading,
  type Inline,
  inlineMd,
  list,
  paragraph,
  phrase
} from './mdast.js'
import { append } from '../append.js'

/** The channels' names in contract order, then `General`. */
export function openQuestionChannels(
  channels: readonly Channel[] = CHANNELS
): OpenQuestionChannel[] {
  return [...channels.map((c) => c.name), 'General']
}

export const OPEN_QUESTION_CHANNELS: readonly OpenQuestionChannel[] = openQuestionChannels()

/** An open question as the draft shows it: its text as inline nodes (`text` is their Markdown). */
export interface DraftQuestion extends OpenQuestion {
  nodes: Inline
}

/** A question being asked: its text still nodes. */
type Asked = Omit<DraftQuestion, 'text'>

/**
 * A section's length in the unit its channel limits, counted as the guard counts it: posts read
 * from its tree; lines of its Markdown; words on its tree, or (for a channel whose metadata lines
 * do not count) of its Markdown without those lines.
 */
function measure(
  s: DraftSection & SectionTree,
  c: Channel,
  key: 'words' | 'lines' | 'posts'
): number {
  if (key === 'posts') return threadPosts(s.nodes).length
  const lines = s.markdown.split('\n')
  if (key === 'lines')
    return lines.filter((l) => l.trim() !== '' && !/^\s*(?:---|<!--)/.test(l)).length
  const meta = c.metaLine
  return meta ? countWords(lines.filter((l) => !meta.test(l)).join('\n')) : countTreeWords(s.nodes)
}

/**
 * Channels the tutorial's facts cannot fill to their floor (a tiny tutorial): said as an open
 * question, never padded with sentences of the wrong role.
 */
export function lengthQuestions(
  ctx: DraftContext,
  sections: readonly (DraftSection & SectionTree)[]
): Asked[] {
  const out: Asked[] = []
  for (const s of sections) {
    const c = channelById(s.id, ctx.channels)
    if (!c) continue
    for (const key of ['words', 'lines', 'posts'] as const) {
      const r = c.limits[key]
      if (!r) continue
      const n = measure(s, c, key)
      if (n >= r.min && n <= (r.max ?? Infinity)) continue
      const limit = describeLimits({ [key]: r }).join('')
      const unit = n === 1 ? key.replace(/s$/, '') : key
      out.push({
        channel: c.name,
        kind: 'limits',
        nodes: phrase`${
          n < r.min
            ? `The ${c.heading} has ${n} ${unit} (contract: ${limit}): the tutorial's facts give no more to say, and the writer does not pad. Add what is missing (the problem, the approach, a limitation) to the tutorial, or finish the post by hand.`
            : `The ${c.heading} has ${n} ${unit} (contract: ${limit}) even with its optional parts left out. Shorten it by hand.`
        }`
      })
    }
  }
  return out
}

export const NO_OPEN_QUESTIONS = 'No open questions were found.'

function configFile(ctx: DraftContext): string {
  return ctx.config.source ?? CONFIG_FILE
}

function firstCitations(ctx: DraftContext): Citation[] {
  const seen = new Set<string>()
  return ctx.tutorial.citations.filter((c) => !seen.has(c.id) && seen.add(c.id))
}

/** Claims asked about one by one; past this many, one question counts the rest. */
export const MAX_CLAIM_QUESTIONS = 50

function claimQuestions(ctx: DraftContext): Asked[] {
  const out: Asked[] = []
  let rest = 0
  for (const c of firstCitations(ctx)) {
    const claim = ctx.claims.get(c.id)
    if (!claim || claim.status === 'deprecated' || claim.status === 'draft') {
      if (out.length >= MAX_CLAIM_QUESTIONS) {
        // a chapter citing 20,000 unknown IDs asks one question about the rest, not 20,000
        rest++
        continue
      }
    }
    const where = code(at(c))
    if (!claim) {
      out.push({
        channel: 'General',
        kind: 'claims-verification',
        nodes: phrase`${code(c.id)}, cited at ${where}, is not in the claims registry; the drafts leave it out. Add the claim or correct the ID.`
      })
    } else if (claim.status === 'deprecated') {
      const by = claim.supersededBy ? phrase` (superseded by ${code(claim.supersededBy)})` : ''
      out.push({
        channel: 'General',
        kind: 'claims-verification',
        nodes: phrase`${code(c.id)}, cited at ${where}, is Deprecated in the registry${by} at ${code(at(claim))}; the drafts leave it out. Update the tutorial.`
      })
    } else if (claim.status === 'draft') {
      out.push({
        channel: 'General',
        kind: 'claims-verification',
        nodes: phrase`${code(c.id)}, cited at ${where}, is still Draft in the registry (${code(at(claim))}). Verify it before publishing, or drop it from the drafts.`
      })
    }
  }
  if (rest > 0) {
    out.push({
      channel: 'General',
      kind: 'claims-verification',
      nodes: phrase`${rest} more cited claim ID${rest === 1 ? ' is' : 's are'} not in the registry, Draft or Deprecated (the check report lists each); the drafts do not cite them. Correct or verify them before publishing.`
    })
  }
  return out
}

/** Figures asked about one by one; past this many, one question counts the rest. */
export const MAX_FIGURE_QUESTIONS = 50

function figureQuestions(ctx: DraftContext): Asked[] {
  // figures by place, first one wins (a lookup per finding, not a search: linear overall)
  const byPlace = new Map<string, Figure>()
  for (const f of ctx.tutorial.figures) {
    const key = `${f.file}:${f.line}:${f.column}`
    if (!byPlace.has(key)) byPlace.set(key, f)
  }
  const uncited = uncitedFigureDiagnostics(ctx.tutorial)
  const out: Asked[] = uncited.slice(0, MAX_FIGURE_QUESTIONS).map((d) => {
    const figure = byPlace.get(`${d.file}:${d.line}:${d.column}`)
    const what = figure ? phrase`The ${figure.kind} figure ${code(figure.text)}` : 'A figure'
    return {
      channel: 'General',
      kind: 'performance-figure',
      nodes: phrase`${what} at ${code(at(d))} cites no claim ID; the drafts do not repeat it. Which registry claim backs it?`
    }
  })
  const rest = uncited.length - MAX_FIGURE_QUESTIONS
  if (rest > 0) {
    out.push({
      channel: 'General',
      kind: 'performance-figure',
      nodes: phrase`${rest} more figure${rest === 1 ? '' : 's'} cite no claim ID (the check report lists them); the drafts do not repeat them. Which registry claims back them?`
    })
  }
  return out
}

/** Every open question, grouped by channel in contract order (`General` last). */
export function openQuestions(
  ctx: DraftContext,
  sections: readonly (DraftSection & SectionTree)[] = []
): DraftQuestion[] {
  const t = ctx.tutorial
  const file = code(configFile(ctx))
  const out: Asked[] = []
  if (ctx.url === undefined) {
    out.push({
      channel: 'LinkedIn',
      kind: 'placeholder',
      configKey: 'tutorialUrl',
      nodes: phrase`The call to action has no link: set ${code('tutorialUrl')} (one URL, ${code('{tutorial}')} replaced) or ${code(`tutorialUrl.${t.name}`)} in ${file}. The blog outline and README snippet use the same placeholder.`
    })
  }
  if (ctx.hashtags.length === 0) {
    out.push({
      channel: 'LinkedIn',
      kind: 'missing-input',
      configKey: 'hashtags',
      nodes: phrase`No hashtags are configured, so the post has none: set ${code('hashtags')} in ${file}.`
    })
  }
  const d = ctx.diagram
  if (!d) {
    out.push({
      channel: 'Medium / Blog',
      kind: 'missing-input',
      nodes: phrase`The tutorial has no diagram, so the outline references none. Is there one to add?`
    })
  } else if (!d.inline) {
    const alt = d.alt ? ` ("${d.alt}")` : ''
    out.push({
      channel: 'Medium / Blog',
      kind: 'diagram-permission',
      nodes: phrase`May the diagram ${code(d.path)}${alt}, referenced at ${code(at(d))}, be reused outside the repository${d.remote ? ' (it is hosted elsewhere)' : ''}?`
    })
  }
  if (!ctx.sheet.facts.some((f) => f.role === 'non-goal')) {
    out.push({
      channel: 'GitHub README',
      kind: 'placeholder',
      nodes: phrase`The tutorial states no non-goals ("not covered", "not suitable for"), so the snippet has a placeholder. What is out of scope for ${code(t.dir)}?`
    })
  }
  for (const { key } of TALK_FIELDS) {
    if (ctx.config.talk[key]?.trim()) continue
    out.push({
      channel: 'Talk',
      kind: 'placeholder',
      configKey: `talk.${key}`,
      nodes: phrase`The talk ${key} is a placeholder: set ${code(`talk.${key}`)} in ${file}.`
    })
  }
  append(out, claimQuestions(ctx), figureQuestions(ctx))
  for (const h of ctx.roadmap) {
    out.push({
      channel: 'General',
      kind: 'roadmap',
      nodes: phrase`The section "${h.text}" at ${code(at(h))} describes future work; the drafts leave it out. Should any of it be mentioned, and is a claim planned for it?`
    })
  }
  out.push(...lengthQuestions(ctx, sections))
  return openQuestionChannels(ctx.channels).flatMap((ch) =>
    out.filter((q) => q.channel === ch).map((q) => ({ ...q, text: inlineMd(q.nodes) }))
  )
}

/** The section: one `### <channel>` list per channel with questions, in contract order. */
export function renderOpenQuestions(
  questions: readonly DraftQuestion[],
  channels: readonly Channel[] = CHANNELS
): RootContent[] {
  if (questions.length === 0) return [paragraph(NO_OPEN_QUESTIONS)]
  const blocks: RootContent[] = []
  for (const channel of openQuestionChannels(channels)) {
    const group = questions.filter((q) => q.channel === channel)
    if (group.length === 0) continue
    blocks.push(heading(3, channel), list(group.map((q) => q.nodes)))
  }
  return blocks
}
