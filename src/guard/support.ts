// `draft/unsupported-sentence`: the support check. Every sentence of a section must rest on the fact
// sheet (src/facts): it shares enough content words with at least one fact, and nearly all of its
// content words occur somewhere in the sheet. A sentence that brings its own content ("trusted by
// thousands of enterprises") is reported, naming the closest fact and where that fact comes from.
//
// The LLM writer (src/llm) runs this on every answer besides the guard rules; it is not one of the
// default guard rules, because it needs a fact sheet and hand-written drafts are not held to it.
// Pure: content words are the words left after English stop words (the `stopword` package) are
// dropped, compared by their Porter stem (the `stemmer` package), so `brokers` meets `broker`.
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { stemmer } from 'stemmer'
import { eng } from 'stopword'
import type { Channel } from '../channels/contract.js'
import type { Fact, FactSheet } from '../facts/types.js'
import type { Diagnostic } from '../model.js'
import { diagnostic, RULES } from '../rules.js'
import { splitSentences } from '../tutorial/sentences.js'
import { type DraftDocument, quote } from './document.js'

export interface SupportOptions {
  /** a sentence with fewer content words than this carries no claim of its own (default 3) */
  minWords?: number
  /** content words the closest fact must share with the sentence (default 2) */
  minShared?: number
  /** share of a sentence's content words that must occur somewhere in the sheet (default 0.6) */
  coverage?: number
  /** further text whose words any sentence may use (the writer's link placeholder, hashtags) */
  allowed?: string
}

const STOP = new Set(eng)

/**
 * Words any channel may use without a fact saying them: what a post about a tutorial naturally
 * says about itself (the channel contract's own wording is added per channel).
 */
const FRAME_WORDS = [
  'tutorial',
  'guide',
  'workshop',
  'hands',
  'exercise',
  'step',
  'learn',
  'try',
  'walk',
  'show',
  'explore',
  'build',
  'start',
  'follow',
  'read',
  'link',
  'post',
  'matter',
  'why',
  'today',
  'minute',
  'time',
  'practical',
  'session',
  'talk',
  'audience',
  'level',
  'format',
  'developer',
  'engineer',
  'team',
  // the labels of an outline or a snippet
  'introduction',
  'overview',
  'summary',
  'architecture',
  'outline',
  'takeaway',
  'key',
  'wrap',
  'conclusion',
  'limitation',
  'trade',
  'off',
  'prerequisite',
  'title',
  'working',
  'back',
  'here'
]

const URL = /\b(?:https?:\/\/|www\.)\S+/gi
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/** The content words of a text (lower-case, each stem once) with their Porter stems. */
export function contentWords(text: string): { word: string; stem: string }[] {
  const out = new Map<string, string>()
  for (const m of text.replace(URL, ' ').matchAll(TOKEN)) {
    const token = m[0].toLowerCase().replace(/['’]s$/, '')
    for (const word of token.split(/[-'’]/)) {
      if (word.length < 2 || STOP.has(word)) continue
      // a figure or an ID (`45`, `E10`) is checked by the figure and claim rules, not here
      if (/\p{N}/u.test(word)) continue
      const stem = stemmer(word)
      if (!out.has(stem)) out.set(stem, word)
    }
  }
  return [...out].map(([stem, word]) => ({ word, stem }))
}

/** The content stems of a text (see `contentWords`). */
export function contentStems(text: string): string[] {
  return contentWords(text).map((w) => w.stem)
}

interface IndexedFact {
  fact: Fact
  stems: Set<string>
}

export interface SupportIndex {
  facts: IndexedFact[]
  /** every stem in the sheet (facts, title) plus the frame words */
  vocabulary: Set<string>
  frame: Set<string>
}

/** Indexes a fact sheet once for checking many sentences (for one channel). */
export function supportIndex(sheet: FactSheet, channel?: Channel, allowed = ''): SupportIndex {
  const facts: IndexedFact[] = sheet.facts.map((fact) => {
    const stems = new Set(contentStems(fact.text))
    if (fact.exercise) for (const s of contentStems(fact.exercise.title)) stems.add(s)
    return { fact, stems }
  })
  const title: Fact = {
    id: 'title',
    role: 'product',
    text: sheet.title,
    source: { file: sheet.dir }
  }
  facts.push({ fact: title, stems: new Set(contentStems(sheet.title)) })
  const frame = new Set(contentStems(`${FRAME_WORDS.join(' ')} ${allowed}`))
  if (channel) {
    for (const s of contentStems(`${channel.name} ${channel.heading} ${channel.purpose}`)) {
      frame.add(s)
    }
  }
  const vocabulary = new Set(frame)
  for (const f of facts) for (const s of f.stems) vocabulary.add(s)
  return { facts, vocabulary, frame }
}

export interface SentenceSupport {
  supported: boolean
  stems: string[]
  /** the fact sharing most content words with the sentence */
  closest?: Fact
  shared: number
  /** content words (as written) found nowhere in the sheet */
  unknown: string[]
}

/** How well one plain-text sentence rests on the sheet. */
export function sentenceSupport(
  sentence: string,
  index: SupportIndex,
  opts: SupportOptions = {}
): SentenceSupport {
  const minWords = opts.minWords ?? 3
  const minShared = opts.minShared ?? 2
  const coverage = opts.coverage ?? 0.6
  const words = contentWords(sentence)
  const stems = words.map((w) => w.stem)
  const claimWords = stems.filter((s) => !index.frame.has(s))
  let closest: Fact | undefined
  let shared = 0
  for (const f of index.facts) {
    let n = 0
    for (const s of claimWords) if (f.stems.has(s)) n++
    if (n > shared) {
      shared = n
      closest = f.fact
    }
  }
  const unknown = words.filter((w) => !index.vocabulary.has(w.stem)).map((w) => w.word)
  const base = { stems, shared, unknown, ...(closest ? { closest } : {}) }
  if (claimWords.length < minWords) return { ...base, supported: true }
  const covered = (stems.length - unknown.length) / stems.length
  const anchored = shared >= Math.min(minShared, claimWords.length)
  return { ...base, supported: anchored && covered >= coverage }
}

/** Where a fact comes from, for messages: `file:line`, the claim ID, or both. */
export function factSource(f: Fact): string {
  const at = f.source.file
    ? f.source.line
      ? `${f.source.file}:${f.source.line}`
      : f.source.file
    : undefined
  const claim = f.source.claim ? `claim ${f.source.claim}` : undefined
  return [at, claim].filter(Boolean).join(', ') || 'the fact sheet'
}

const SKIPPED = new Set(['code', 'html', 'thematicBreak', 'definition', 'image', 'imageReference'])

/**
 * Text blocks of a section whose sentences are checked: paragraphs, headings and table cells at any
 * depth (list items and quotes are looked into), never code or HTML.
 */
function leafBlocks(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = []
  for (const n of nodes) {
    if (SKIPPED.has(n.type)) continue
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') out.push(n)
    else if ('children' in n) out.push(...leafBlocks(n.children as RootContent[]))
  }
  return out
}

/**
 * `draft/unsupported-sentence` findings for the given sections of a draft document (by section id),
 * each at the line of its sentence.
 */
export function supportCheck(
  doc: DraftDocument,
  sheet: FactSheet,
  sectionIds: readonly string[],
  opts: SupportOptions & { channels?: readonly Channel[] } = {}
): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const section of doc.sections) {
    if (!section.id || !sectionIds.includes(section.id)) continue
    const channel = opts.channels?.find((c) => c.id === section.id)
    const index = supportIndex(sheet, channel, opts.allowed)
    for (const block of leafBlocks(section.body)) {
      const text = toString(block)
      const start = block.position?.start
      for (const s of splitSentences(text)) {
        if (channel?.metaLine?.test(s.text)) continue
        // a heading is a label: it needs more words than a sentence before it says something
        const minWords = (opts.minWords ?? 3) + (block.type === 'heading' ? 2 : 0)
        const r = sentenceSupport(s.text, index, { ...opts, minWords })
        if (r.supported) continue
        const lineOffset = text.slice(0, s.index).split('\n').length - 1
        const at = {
          file: doc.file,
          line: (start?.line ?? section.line) + lineOffset,
          column: lineOffset === 0 ? (start?.column ?? 1) : 1
        }
        const closest = r.closest
          ? `closest fact ${r.closest.id} (${factSource(r.closest)}) shares ${r.shared} of ${r.stems.length} content words`
          : 'no fact shares a content word with it'
        const unknown =
          r.unknown.length > 0 ? `; not in any fact: ${r.unknown.slice(0, 6).join(', ')}` : ''
        out.push(
          diagnostic(
            RULES.draftUnsupportedSentence,
            at,
            `sentence not supported by the fact sheet: ${quote(s.text, 80)} (${closest}${unknown})`
          )
        )
      }
    }
  }
  return out
}
