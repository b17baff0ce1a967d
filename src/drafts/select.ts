// Picking sentences from a tutorial's blocks. Everything a draft says in prose is one of these
// sentences, quoted whole; citations are normalised to `(claim: **ID**)` and sentences citing
// unknown or deprecated claims are never picked.
import type { BlockKind, Chapter, Claim, Location } from '../model.js'
import { CLAIM_WORTHY_FIGURE_KINDS } from '../model.js'
import { findFigures } from '../tutorial/figures.js'
import { splitSentences } from '../tutorial/sentences.js'
import { countPlainWords, escapeInline, withStop } from './words.js'

/** Cue words that mark the role a sentence plays (matched on the sentence or on its heading). */
export const CUES = {
  problem:
    /\b(problems?|challeng\w*|traditional(?:ly)?|complex\w*|pain\w*|burden\w*|difficult\w*|hard to|tedious|struggl\w*|overhead|bottlenecks?|costly|expensive|heavyweight|risky|fragile|error-prone|gives? up)\b/i,
  simplification:
    /\b(instead|separat\w*|stateless|simpl\w*|decoupl\w*|eliminat\w*|removes?|replac\w*|rather than|no longer|offload\w*|delegat\w*)\b/i,
  impact:
    /\b(impacts?|results?|resulting|means|benefits?|so that|therefore|enables?|allows?|lets you|outcomes?|in practice|you get)\b/i,
  limitation:
    /\b(not suitable|unsuitable|not supported|unsupported|(?:does|do|is|are)(?: not|n't) support(?:ed)?|limitations?|not recommended|trade-?offs?|caveats?|drawbacks?)\b/i,
  nonGoal:
    /\b(not suitable|unsuitable|not covered|out of scope|non-goals?|not intended|not designed for|(?:does|do|will)(?: not|n't) cover|won't cover|not a replacement|not meant|beyond the scope|when not to use)\b/i,
  roadmap: /\b(roadmap|future|coming soon|planned)\b/i,
  /** statements about what is yet to come: never repeated in a draft */
  promise:
    /\b(roadmap|coming soon|planned|upcoming|future (?:releases?|versions?)|next (?:release|version)|(?:is|are) (?:going|expected) to|will (?:be|become|add|support|get)|\w+ later)\b/i,
  production:
    /\b(production|deploy\w*|monitor\w*|observab\w*|secur\w*|costs?|scal(?:e|ing)|capacity|operat(?:e|ing|ions)|troubleshoot\w*|hardening|upgrad\w*|backups?|alert\w*|metrics)\b/i,
  recap:
    /\b(what you should know|summary|key takeaways?|recap|what you(?:'|’)ll learn|overview)\b/i,
  /** sections whose items are not prose about the subject */
  skip: /\b(glossary|prerequisites?|requirements|table of contents|contents)\b/i
} as const

/** Sentences that lean on the one before them (`This is not supported`, `It answers …`). */
const LEANING =
  /^(?:this|that|these|those|it|its|they|their|there|here|both|such|so|but|and|or|then|also)\b/i

/** Whether a sentence reads on its own, out of its paragraph. */
export function standalone(s: { text: string }): boolean {
  return !LEANING.test(s.text)
}

export interface Sentence extends Location {
  /** plain text, citation parentheticals removed */
  text: string
  /** valid claim IDs the sentence cites through a removed parenthetical (appended as `(claim: …)`) */
  claims: string[]
  /** valid claim IDs left standing in the text (rendered bold in place) */
  inline: string[]
  /** heading text above the sentence */
  section: string
  kind: BlockKind
  words: number
}

export interface ClaimLookup {
  /** fresh global claim-ID regular expression */
  claimId: () => RegExp
  /** claims the draft may cite: in the registry, not deprecated, cited by the tutorial */
  citable: ReadonlyMap<string, Claim>
}

// blockquotes are left out: the guard does not count a tutorial's quotations as its own words
const PROSE_KINDS: readonly BlockKind[] = ['paragraph', 'list-item']

function idsIn(text: string, lookup: ClaimLookup): string[] {
  return [...text.matchAll(lookup.claimId())].map((m) => m[0])
}

/**
 * Normalises the citations of one sentence. Returns undefined when the sentence cites a claim the
 * draft may not repeat (unknown or deprecated), so it is never quoted.
 */
export function normaliseCitations(
  raw: string,
  lookup: ClaimLookup
): { text: string; claims: string[]; inline: string[] } | undefined {
  const all = idsIn(raw, lookup)
  if (all.some((id) => !lookup.citable.has(id))) return undefined
  if (all.length === 0) return { text: raw, claims: [], inline: [] }
  const claims: string[] = []
  const take = (s: string): void => {
    for (const id of idsIn(s, lookup)) if (!claims.includes(id)) claims.push(id)
  }
  let text = raw.replace(/\s*[([][^()[\]]*[)\]]/g, (group) => {
    if (idsIn(group, lookup).length === 0) return group
    take(group)
    return ''
  })
  const id = lookup.claimId().source
  const phrase = new RegExp(
    `[,;:]?\\s*(?:[-–—]\\s*)?(?:see\\s+(?:also\\s+)?)?(?:the\\s+)?claims?\\s*:?\\s*\\**(?:${id})\\**(?:\\s*(?:,|and|&)\\s*\\**(?:${id})\\**)*`,
    'gi'
  )
  text = text.replace(phrase, (m) => {
    take(m)
    return ''
  })
  // a citation as the sentence's tail: `… before you port a dashboard: TP-COMP-001.`
  const tail = new RegExp(
    `\\s*[:;,–—-]\\s*\\**(?:${id})\\**(?:\\s*(?:,|and|&)\\s*\\**(?:${id})\\**)*(?=\\s*[.!?]?$)`,
    'i'
  )
  text = text.replace(tail, (m) => {
    take(m)
    return ''
  })
  text = text
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
  const inline = idsIn(text, lookup).filter((i) => !claims.includes(i))
  return { text, claims, inline }
}

/** Words that cannot end a sentence that introduces a list (`It is a poor fit when:`). */
const DANGLING =
  /\b(when|if|that|which|who|because|as|with|to|for|from|of|in|on|by|and|or|is|are|be|include|includes|including|following|like|below|these|this|are|use|using|steps?)$/i

/**
 * Whether a sentence can be quoted on its own: 5–60 words, starting like a sentence, not a
 * question, no promise about the future, and no claim-worthy figure unless it cites a claim.
 * A sentence introducing a list (`… does at once:`) is usable when it reads as complete.
 */
function usable(text: string, cites: boolean): string | undefined {
  let out = text
  if (out.endsWith(':')) {
    out = out.slice(0, -1).trimEnd()
    if (countPlainWords(out) < 7 || DANGLING.test(out)) return undefined
    out = `${out}.`
  }
  const words = countPlainWords(out)
  if (words < 5 || words > 60 || out.endsWith('?')) return undefined
  if (!/^["'(\p{Lu}\p{N}]/u.test(out) || CUES.promise.test(out)) return undefined
  if (!cites && findFigures(out).some((f) => CLAIM_WORTHY_FIGURE_KINDS.includes(f.kind))) {
    return undefined
  }
  return out
}

/** The quotable sentences of one chapter, in document order. */
export function chapterSentences(chapter: Chapter, lookup: ClaimLookup): Sentence[] {
  const out: Sentence[] = []
  for (const block of chapter.blocks) {
    if (!PROSE_KINDS.includes(block.kind)) continue
    if (CUES.roadmap.test(block.section) || CUES.skip.test(block.section)) continue
    for (const { text: raw } of splitSentences(block.text)) {
      const norm = normaliseCitations(raw.replace(/\s+/g, ' ').trim(), lookup)
      if (!norm) continue
      const text = usable(norm.text, norm.claims.length + norm.inline.length > 0)
      if (text === undefined) continue
      out.push({
        ...norm,
        text,
        section: block.section,
        kind: block.kind,
        words: countPlainWords(text),
        file: block.file,
        line: block.line,
        column: block.column
      })
    }
  }
  return out
}

/** Renders a sentence as Markdown: escaped, ending in punctuation, citations as `(claim: **ID**)`. */
export function renderSentence(s: Pick<Sentence, 'text' | 'claims' | 'inline'>): string {
  let text = escapeInline(withStop(s.text))
  for (const id of s.inline) text = text.split(escapeInline(id)).join(`**${id}**`)
  if (s.claims.length === 0) return text
  const cite = `(claim: ${s.claims.map((id) => `**${id}**`).join(', ')})`
  const m = /([.!?]["')\]]*)$/.exec(text)
  return m ? `${text.slice(0, m.index)} ${cite}${m[1]}` : `${text} ${cite}`
}

export function sameSentence(
  a: Location & { text: string },
  b: Location & { text: string }
): boolean {
  return a.file === b.file && a.line === b.line && a.text === b.text
}

/**
 * The best sentence for a role: one under a heading that carries the cue and itself carrying it,
 * then one under such a heading, then one carrying the cue; earliest first. Undefined when none.
 */
export function pickByCue(
  pool: readonly Sentence[],
  cue: RegExp,
  used: readonly Sentence[]
): Sentence | undefined {
  let best: Sentence | undefined
  let bestRank = 0
  for (const s of pool) {
    if (!standalone(s) || used.some((u) => sameSentence(u, s))) continue
    const rank = (cue.test(s.section) ? 2 : 0) + (cue.test(s.text) ? 1 : 0)
    if (rank > bestRank) {
      best = s
      bestRank = rank
    }
  }
  return best
}

/**
 * The fallback when no sentence carries the cue: the first unused sentence after `after` (a story
 * reads problem → simplification → impact in order), else the first unused one.
 */
export function nextUnused(
  pool: readonly Sentence[],
  used: readonly Sentence[],
  after?: Sentence
): Sentence | undefined {
  const free = (s: Sentence): boolean => !used.some((u) => sameSentence(u, s))
  const start = after ? pool.findIndex((s) => sameSentence(s, after)) + 1 : 0
  return pool.slice(start).find(free) ?? pool.find(free)
}
