// Everything the guard rules need from a tutorial and a registry, computed once and reused for
// every draft guarded against the same pair (the guard may run on hundreds of drafts).
import { CHANNELS, type Channel } from '../channels/contract.js'
import { indexRegistry } from '../claims/validate.js'
import { DERIVED_LABELS, type DerivedKind, derivedValues } from '../channels/derived-text.js'
import type { GlossaryEntry, Registry, Tutorial } from '../model.js'
import { findFigures, normalizeFigure } from '../tutorial/figures.js'
import { ABSOLUTE_PHRASES } from './rules/absolute-phrases.js'
import { atSentenceStart } from './prose.js'

export interface GuardOptions {
  claimId: RegExp
  strict: boolean
  /** the channel contract with the config's overrides (default: the built-in contract) */
  channels?: readonly Channel[]
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

export interface AbsolutePhrase {
  phrase: string
  /** global, case-insensitive, word-bounded */
  re: RegExp
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

export interface GuardContext {
  tutorial: Tutorial
  registry: Registry
  strict: boolean
  /** the channel contract drafts are checked against */
  channels: readonly Channel[]
  /** global claim-ID pattern (a private copy: its lastIndex is ours) */
  claimId: RegExp
  claimIndex: ReturnType<typeof indexRegistry>
  /** IDs the tutorial itself cites */
  citedIds: Set<string>
  /** normalized figures stated anywhere in the tutorial or the registry */
  figures: { has(normalized: string): boolean }
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
export function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .split(/[\s-]+/)
    .map(escapeRe)
    .join('[\\s\\u00a0-]+')
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu')
}

// Quoted spans in tutorial prose: a phrase the tutorial quotes is not one it makes.
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]/g

function absolutePhrases(t: Tutorial): AbsolutePhrase[] {
  const prose = tutorialProse(t, { quotes: false, headings: true })
    .map((s) => s.replace(QUOTED, ' '))
    .join('\n\n')
  return ABSOLUTE_PHRASES.map((phrase) => {
    const re = phrasePattern(phrase)
    const inTutorial = re.test(prose)
    re.lastIndex = 0
    return { phrase, re, inTutorial }
  })
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
  const prose = tutorialProse(t, { quotes: true, headings: false })
  const out: GlossaryMatcher[] = []
  for (const entry of t.glossary) {
    const term = glossaryTerm(entry)
    if (!/\p{L}/u.test(term)) continue
    const re = termPattern(term)
    const accepted = new Set([term])
    // spellings the tutorial itself uses mid-sentence are consistent with it
    let lowerUse = false
    let upperUse = false
    for (const text of prose) {
      for (const m of text.matchAll(re)) {
        if (atSentenceStart(text, m.index)) continue
        const form = stripPlural(m[0], term)
        accepted.add(form)
        if (/^\p{Ll}/u.test(form)) lowerUse = true
        else upperUse = true
      }
    }
    // a sentence-case headword (`Query node`) is an ordinary noun unless the tutorial only ever
    // writes it capitalised mid-sentence (then it is a name, like `Tidepool`)
    const headword = /^\p{Lu}[\p{Ll}\p{N}]*(?:[\s-]|$)/u.test(term)
    if (headword && (lowerUse || !upperUse)) accepted.add(lowerFirst(term))
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
    claimId: new RegExp(
      opts.claimId.source,
      opts.claimId.flags.includes('g') ? opts.claimId.flags : opts.claimId.flags + 'g'
    ),
    claimIndex: indexRegistry(registry),
    citedIds: new Set(tutorial.citations.map((c) => c.id)),
    figures: figureSet(tutorial, registry),
    derived: derivedFigures(tutorial),
    figureMasks: figureMasks(tutorial),
    absolute: absolutePhrases(tutorial),
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
  if (!ctx) byPattern.set(key, (ctx = buildGuardContext(tutorial, registry, opts)))
  const channels = opts.channels ?? CHANNELS
  return ctx.strict === opts.strict && ctx.channels === channels
    ? ctx
    : { ...ctx, strict: opts.strict, channels }
}
