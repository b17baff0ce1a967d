// Everything the guard rules need from a tutorial and a registry, computed once and reused for
// every draft guarded against the same pair (the guard may run on hundreds of drafts).
import { CHANNELS, type Channel } from '../channels/contract.js'
import type { FactSheet } from '../facts/types.js'
import { indexRegistry } from '../claims/validate.js'
import { DERIVED_LABELS, type DerivedKind, derivedValues } from '../channels/derived-text.js'
import type { Block, FigureKind, GlossaryEntry, Location, Registry, Tutorial } from '../model.js'
import { CLAIM_WORTHY_FIGURE_KINDS } from '../model.js'
import { findFigures, normalizeFigure } from '../tutorial/figures.js'
import { ABSOLUTE_PHRASES } from './rules/absolute-phrases.js'
import {
  atSentenceStart,
  foldCase,
  foldedWord,
  joinTexts,
  longestWord,
  scanTexts
} from './prose.js'

export interface GuardOptions {
  claimId: RegExp
  strict: boolean
  /** the channel contract with the config's overrides (default: the built-in contract) */
  channels?: readonly Channel[]
  /** the draft is one channel's post (a per-channel file), not the combined document: its id */
  channel?: string
  /**
   * The tutorial's fact sheet, for the required elements (`draft/missing-element`): the sheet the
   * writer used, or a function building it when first needed (committed drafts). Without it the
   * guard builds the sheet itself.
   */
  facts?: FactSheet | (() => FactSheet)
  /** the tutorial's configured URL (its call to action links there) */
  tutorialUrl?: string
}

export interface DerivedFigure {
  kind: DerivedKind
  /** the label that must precede the value on its line, lower-case, whitespace collapsed */
  label: string
  /** the value as the generator formats it, e.g. `45–60 minutes` */
  value: string
  /** `normalizeFigure(value)` */
  normalized: string
}

/** A phrase the guard looks for (`phraseMatcher`). */
export interface PhraseMatcher {
  phrase: string
  /** global, case-insensitive, word-bounded */
  re: RegExp
  /**
   * the phrase's longest word, case-insensitive, not global: every match of `re` holds one, so a
   * text without it is skipped (a literal scan is about three times faster than `re`'s)
   */
  word: RegExp
  /** that word's fold (`foldedWord`): a text whose fold lacks it has no match of `re` */
  folded: string
}

export interface AbsolutePhrase extends PhraseMatcher {
  /** the tutorial itself says it (outside code, blockquotes and quotation marks) */
  inTutorial: boolean
}

export interface GlossaryMatcher {
  entry: GlossaryEntry
  /** the term without any parenthetical part, e.g. `Query node` */
  term: string
  /** global, case-insensitive; matches spacing/hyphenation/case variants and plurals */
  re: RegExp
  /** spellings that are consistent anywhere (plural suffix stripped) */
  accepted: Set<string>
}

/** A figure the tutorial states, with what it is stated for: the measure of a draft's figures. */
export interface TutorialStatement extends Location {
  /** the figure as the tutorial writes it */
  text: string
  normalized: string
  kind: FigureKind
  /** what it is stated for: `for the core path`, `for E20 (Replay a stream)`, or a quotation */
  about: string
  /** lower-case words of its sentence, for matching a draft's figure to it */
  words: Set<string>
  /** the sentence cites a claim */
  cited: boolean
}

export interface GuardContext {
  tutorial: Tutorial
  registry: Registry
  strict: boolean
  /** the channel contract drafts are checked against */
  channels: readonly Channel[]
  /** set when the draft is one channel's post: that channel's id */
  channel?: string
  /** see `GuardOptions.facts` */
  facts?: FactSheet | (() => FactSheet)
  /** see `GuardOptions.tutorialUrl` */
  tutorialUrl?: string
  /** global claim-ID pattern (a private copy: its lastIndex is ours) */
  claimId: RegExp
  claimIndex: ReturnType<typeof indexRegistry>
  /** IDs the tutorial itself cites */
  citedIds: Set<string>
  /** normalized figures stated anywhere in the tutorial or the registry */
  figures: { has(normalized: string): boolean }
  /** normalized figures the registry's claims state */
  registryFigures: { has(normalized: string): boolean }
  /** figures the tutorial states in its prose, exercise times and time commitment */
  statements: TutorialStatement[]
  /** plain text of each block in the tutorial's roadmap sections (lower-case) */
  roadmap: string[]
  derived: DerivedFigure[]
  /** spans never read as figures: exercise IDs, ordinals, the tutorial's folder and file names */
  figureMasks: RegExp[]
  absolute: AbsolutePhrase[]
  glossary: GlossaryMatcher[]
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Plain text of the tutorial outside code (and, with `quotes: false`, outside blockquotes). */
function tutorialProse(t: Tutorial, opts: { quotes: boolean; headings: boolean }): string[] {
  const out: string[] = []
  for (const c of t.chapters) {
    for (const b of c.blocks) {
      if (b.kind === 'code') continue
      if (!opts.quotes && b.kind === 'blockquote') continue
      if (!opts.headings && b.kind === 'heading') continue
      out.push(b.text)
    }
  }
  return out
}

function addFiguresOf(set: Set<string>, text: string | undefined): void {
  if (!text) return
  for (const f of findFigures(text)) set.add(normalizeFigure(f.text))
}

/** Figures anywhere in the registry's claims: one registry serves many tutorials, so once each. */
const registryFigures = new WeakMap<Registry, Set<string>>()

function registryFigureSet(r: Registry): Set<string> {
  let set = registryFigures.get(r)
  if (set) return set
  set = new Set<string>()
  for (const c of r.claims) {
    addFiguresOf(set, c.claim)
    addFiguresOf(set, c.scope)
    for (const list of [c.evidence, c.implications, c.limitations]) {
      for (const text of list) addFiguresOf(set, text)
    }
  }
  registryFigures.set(r, set)
  return set
}

function figureSet(t: Tutorial, r: Registry): { has(normalized: string): boolean } {
  const set = new Set<string>()
  const fromRegistry = registryFigureSet(r)
  const add = (text: string | undefined): void => addFiguresOf(set, text)
  for (const f of t.figures) set.add(normalizeFigure(f.text))
  // all chapter text, code included: a figure the reader sees anywhere in the tutorial is traced
  for (const c of t.chapters) for (const b of c.blocks) add(b.text)
  for (const e of t.exercises) {
    if (e.estimatedTime) {
      set.add(normalizeFigure(e.estimatedTime.text))
      add(e.estimatedTime.text)
    }
  }
  if (t.timeCommitment) {
    add(t.timeCommitment.text)
    if (t.timeCommitment.estimate) set.add(normalizeFigure(t.timeCommitment.estimate.text))
  }
  for (const p of t.prerequisites) add(p.text)
  return { has: (f) => set.has(f) || fromRegistry.has(f) }
}

const STOP = new Set(
  'this that with from into your they them their than then when what will have been about each also just more most only over such very which while would there these those'.split(
    ' '
  )
)

/** Lower-case content words (4 letters or more, no stop words) of a text. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= 4 && !STOP.has(w) && !/^\d+$/.test(w)) out.add(w)
  }
  return out
}

/** What a figure is stated for, read from its sentence: `for the core path`, else a quotation. */
function aboutOf(sentence: string, figure: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim()
  const i = flat.indexOf(figure)
  if (i >= 0) {
    const after =
      /^\s+((?:for|of|in|on|per)\s+[^,.;:()\n]{2,40}?)(?=[,.;:()]|\s+(?:and|or|with|but)\s|$)/i.exec(
        flat.slice(i + figure.length)
      )
    if (after?.[1]) return after[1].trim()
    const label = /([\p{L}][\p{L} ]{2,30}?)\s*[:=]\s*$/u.exec(flat.slice(0, i))
    if (label?.[1]) return `as the ${label[1].trim().toLowerCase()}`
  }
  const cut = flat.length > 80 ? `${flat.slice(0, 79).trimEnd()}…` : flat
  return `in "${cut}"`
}

function statements(t: Tutorial): TutorialStatement[] {
  const out: TutorialStatement[] = []
  const seen = new Set<string>()
  const push = (
    text: string,
    kind: FigureKind,
    at: Location,
    about: string,
    sentence: string,
    cited: boolean
  ): void => {
    const key = `${at.file}:${at.line}:${normalizeFigure(text)}`
    if (seen.has(key)) return
    seen.add(key)
    out.push({
      text,
      normalized: normalizeFigure(text),
      kind,
      about,
      words: contentWords(sentence),
      cited,
      file: at.file,
      line: at.line,
      column: at.column
    })
  }
  for (const e of t.exercises) {
    if (!e.estimatedTime) continue
    const about = `for ${e.id}${e.title && e.title !== e.id ? ` (${e.title})` : ''}`
    push(e.estimatedTime.text, 'duration', e, about, `${e.id} ${e.title} estimated time`, false)
  }
  if (t.timeCommitment?.estimate) {
    const tc = t.timeCommitment
    push(tc.estimate!.text, 'duration', tc, aboutOf(tc.text, tc.estimate!.text), tc.text, false)
  }
  for (const f of t.figures) {
    if (f.kind === 'version') continue
    push(f.text, f.kind, f, aboutOf(f.sentence, f.text), f.sentence, f.cited)
  }
  return out
}

/** True for a block of the tutorial's roadmap section (the reader's section role, src/tutorial/roles.ts). */
function isRoadmap(b: Block): boolean {
  return b.role === 'roadmap'
}

function roadmapText(t: Tutorial): string[] {
  const out: string[] = []
  for (const c of t.chapters) {
    for (const b of c.blocks) if (b.kind !== 'code' && isRoadmap(b)) out.push(b.text.toLowerCase())
  }
  return out
}

/** True for figure kinds `claim/uncited-figure` reports (performance, durability, cost). */
export function claimWorthy(kind: FigureKind): boolean {
  return CLAIM_WORTHY_FIGURE_KINDS.includes(kind)
}

function derivedFigures(t: Tutorial): DerivedFigure[] {
  const values = derivedValues(t)
  const out: DerivedFigure[] = []
  const push = (kind: DerivedKind, value: string | undefined): void => {
    if (value === undefined) return
    out.push({
      kind,
      label: DERIVED_LABELS[kind].toLowerCase().replace(/\s+/g, ' '),
      value,
      normalized: normalizeFigure(value)
    })
  }
  push('hands-on', values.handsOn)
  push('reading', values.reading)
  return out
}

function figureMasks(t: Tutorial): RegExp[] {
  const masks: RegExp[] = [
    // ordinals: `Part 1`, `Chapter 3`, `Step 2`, `Exercise 4`
    /\b(?:part|chapter|step|section|module|lesson|lab|exercise|phase|stage|day)\s+\d+(?:\.\d+)*\b/gi,
    // enumerations in prose: `(1)`, `(2)`
    /\(\d{1,2}\)/g,
    // notes on the draft's own shape: `(2-3 paragraphs)`, `5 bullets`
    /\b\d+(?:\s*[-–]\s*\d+)?\s+(?:paragraphs?|sentences?|words|bullets?|bullet points|slides?|lines)\b/gi,
    // Markdown file names, `01-introduction.md`
    /[\w./-]+\.mdx?\b/g
  ]
  const ids = [...new Set(t.exercises.map((e) => e.id).filter((id) => /\d/.test(id)))]
  if (ids.length) {
    masks.push(
      new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ids.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`, 'gu')
    )
  }
  if (/\d/.test(t.name)) masks.push(new RegExp(escapeRe(t.name), 'g'))
  return masks
}

/** A phrase as a word-bounded pattern in which a space stands for any run of spaces or hyphens. */
function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split(/[\s-]+/)
    .map(escapeRe)
    .join('[\\s\\u00a0-]+')
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu')
}

/** A phrase's pattern (`phrasePattern`) and its longest word (see `PhraseMatcher`). */
export function phraseMatcher(phrase: string): PhraseMatcher {
  const longest = longestWord(phrase.trim().split(/[\s-]+/))
  return {
    phrase,
    re: phrasePattern(phrase),
    word: new RegExp(escapeRe(longest), 'iu'),
    folded: foldedWord(longest)
  }
}

// Quoted spans in tutorial prose: a phrase the tutorial quotes is not one it makes.
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]/g

/**
 * The absolute phrases, each marked when the tutorial says it — in its own prose, or in the
 * registry wording of a Verified claim it cites (a draft may quote the registry's own words:
 * "does not guarantee ordering across partitions").
 */
function absolutePhrases(t: Tutorial, r: Registry): AbsolutePhrase[] {
  const cited = new Set(t.citations.map((c) => c.id))
  const verified = verifiedClaims(r)
  const claimWords: string[] = []
  for (let i = 0; i < verified.ids.length; i++) {
    if (cited.has(verified.ids[i]!)) claimWords.push(verified.claims[i]!)
  }
  const prose = [...tutorialProse(t, { quotes: false, headings: true }), ...claimWords]
    .map((s) => s.replace(QUOTED, ' '))
    .join('\n\n')
  const folded = foldCase(prose)
  return ABSOLUTE_PHRASES.map((phrase) => {
    const m = phraseMatcher(phrase)
    const inTutorial = folded.includes(m.folded) && m.re.test(prose)
    m.re.lastIndex = 0
    return { ...m, inTutorial }
  })
}

/** The IDs and wording of the registry's Verified claims, in registry order: once per registry. */
const verifiedOf = new WeakMap<Registry, { ids: string[]; claims: string[] }>()

function verifiedClaims(r: Registry): { ids: string[]; claims: string[] } {
  let v = verifiedOf.get(r)
  if (!v) {
    v = { ids: [], claims: [] }
    for (const c of r.claims) {
      if (c.status !== 'verified') continue
      v.ids.push(c.id)
      v.claims.push(c.claim)
    }
    verifiedOf.set(r, v)
  }
  return v
}

const PLURAL = /(?:['’]s|es|s)$/

/** The term of a glossary entry without any parenthetical part: `Query node (QN)` → `Query node`. */
export function glossaryTerm(entry: GlossaryEntry): string {
  return entry.term
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function termPattern(term: string): RegExp {
  const words = term.split(/[\s-]+/).filter(Boolean)
  const body =
    words.length > 1
      ? words.map(escapeRe).join('(?:[\\s\\u00a0]+|-)?')
      : // one word: also catch a hyphenated split, `roll-up` for `rollup`
        [...(words[0] ?? '')].map(escapeRe).join('-?')
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${body}(?:['’]s|es|s)?(?![\\p{L}\\p{N}_])`, 'giu')
}

/** A matched spelling without its plural suffix, when the bare term matches without it. */
export function stripPlural(form: string, term: string): string {
  const letters = (s: string): number => s.replace(/[^\p{L}\p{N}]/gu, '').length
  const bare = form.replace(PLURAL, '')
  return letters(bare) >= letters(term) ? bare : form
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

function glossaryMatchers(t: Tutorial): GlossaryMatcher[] {
  const prose = joinTexts(tutorialProse(t, { quotes: true, headings: false }))
  const out: GlossaryMatcher[] = []
  for (const entry of t.glossary) {
    const term = glossaryTerm(entry)
    if (!/\p{L}/u.test(term)) continue
    const re = termPattern(term)
    const accepted = new Set([term])
    // spellings the tutorial itself uses mid-sentence are consistent with it
    let lowerUse = false
    let upperUse = false
    scanTexts(prose, re, (i, index, m) => {
      if (atSentenceStart(prose.texts[i]!, index)) return
      const form = stripPlural(m[0], term)
      accepted.add(form)
      if (/^\p{Ll}/u.test(form)) lowerUse = true
      else upperUse = true
    })
    // a sentence-case headword (`Query node`) is an ordinary noun unless the tutorial only ever
    // writes it capitalised mid-sentence (then it is a name, like `Tidepool`)
    const headword = /^\p{Lu}[\p{Ll}\p{N}]*(?:[\s-]|$)/u.test(term)
    if (headword && (lowerUse || !upperUse)) accepted.add(lowerFirst(term))
    // a multi-word term of plain words (`Claims Registry`, no `KafScale`, no `QN`) written in lower
    // case is the common noun, not a misspelling; spacing and hyphenation still have to match
    const parts = term.split(/\s+/)
    if (parts.length > 1 && parts.every((w) => /^\p{Lu}?[\p{Ll}\p{N}'’-]*$/u.test(w))) {
      accepted.add(term.toLowerCase())
    }
    out.push({ entry, term, re, accepted })
  }
  return out
}

export function buildGuardContext(
  tutorial: Tutorial,
  registry: Registry,
  opts: GuardOptions
): GuardContext {
  return {
    tutorial,
    registry,
    strict: opts.strict,
    channels: opts.channels ?? CHANNELS,
    ...(opts.facts !== undefined ? { facts: opts.facts } : {}),
    ...(opts.tutorialUrl !== undefined ? { tutorialUrl: opts.tutorialUrl } : {}),
    claimId: new RegExp(
      opts.claimId.source,
      opts.claimId.flags.includes('g') ? opts.claimId.flags : opts.claimId.flags + 'g'
    ),
    claimIndex: indexRegistry(registry),
    citedIds: new Set(tutorial.citations.map((c) => c.id)),
    figures: figureSet(tutorial, registry),
    registryFigures: registryFigureSet(registry),
    statements: statements(tutorial),
    roadmap: roadmapText(tutorial),
    derived: derivedFigures(tutorial),
    figureMasks: figureMasks(tutorial),
    absolute: absolutePhrases(tutorial, registry),
    glossary: glossaryMatchers(tutorial)
  }
}

// tutorial → registry → claim-ID source → context (strict is applied per call)
const cache = new WeakMap<Tutorial, WeakMap<Registry, Map<string, GuardContext>>>()

/** The context for a tutorial/registry pair, built on first use and then reused. */
export function guardContext(
  tutorial: Tutorial,
  registry: Registry,
  opts: GuardOptions
): GuardContext {
  let byRegistry = cache.get(tutorial)
  if (!byRegistry) cache.set(tutorial, (byRegistry = new WeakMap()))
  let byPattern = byRegistry.get(registry)
  if (!byPattern) byRegistry.set(registry, (byPattern = new Map()))
  const key = `${opts.claimId.source}/${opts.claimId.flags}`
  let ctx = byPattern.get(key)
  if (!ctx) {
    // the cached context holds nothing of one call (channel, facts, URL: set below per call)
    const shared = { claimId: opts.claimId, strict: opts.strict }
    byPattern.set(key, (ctx = buildGuardContext(tutorial, registry, shared)))
  }
  const channels = opts.channels ?? CHANNELS
  const perCall =
    opts.channel !== undefined || opts.facts !== undefined || opts.tutorialUrl !== undefined
  if (ctx.strict === opts.strict && ctx.channels === channels && !perCall) return ctx
  const out: GuardContext = { ...ctx, strict: opts.strict, channels }
  if (opts.channel !== undefined) out.channel = opts.channel
  if (opts.facts !== undefined) out.facts = opts.facts
  if (opts.tutorialUrl !== undefined) out.tutorialUrl = opts.tutorialUrl
  return out
}
