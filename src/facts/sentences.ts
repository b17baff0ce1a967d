// The quotable sentences of a tutorial: split from its prose blocks, citations normalised (the
// claim IDs kept apart), and every sentence that cannot stand on its own left out — meta sentences
// ("In this section, we will …"), adverts, sentences pointing elsewhere ("the following", "below",
// a leading "This"), credential-like text, promises about the future. A sentence ending in a colon
// is kept only with the list it introduces (its referent) or when it reads complete without it.
import type { Block, BlockKind, Chapter, Claim, Location, SectionRole } from '../model.js'
import { CLAIM_WORTHY_FIGURE_KINDS } from '../model.js'
import { countPlainWords } from '../channels/measure.js'
import { findFigures } from '../tutorial/figures.js'
import { splitSentences } from '../tutorial/sentences.js'

/** Cue words that mark the role a sentence plays (matched on the sentence or on its heading). */
export const CUES = {
  problem:
    /\b(lose|loses|lost|leak\w*|breaks?|drifts?|outages?|slow|waiting|by hand|problems?|challeng\w*|traditional(?:ly)?|complex\w*|pain\w*|burden\w*|difficult\w*|hard to|tedious|struggl\w*|overhead|bottlenecks?|costly|expensive|heavyweight|risky|fragile|error-prone|gives? up)\b/i,
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
  /** the role of its section (from the reader), when it has one */
  role?: SectionRole
  /** true for the first sentence of its block (a list item's lead) */
  lead: boolean
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

/** Sentences about the document rather than the subject: "In this section, we will …", "Welcome to …". */
export const META =
  /^(?:in this (?:section|chapter|module|lab|part|tutorial|workshop|guide|lesson|exercise|step|course|post|article)\b|welcome\b|(?:this|the) (?:hands-on )?(?:workshop|tutorial|lab|course|guide|module|chapter|section|lesson|series|quickstart)s? (?:is|are) (?:part of|the (?:first|second|third|next|last))|in the (?:next|previous|following|last|first) (?:section|chapter|module|lab|step|part|lesson)|(?:now |next |first |then )?(?:we|you)(?:'ll| will| are going to| shall) (?:now |then |first |also )?(?:learn|look|see|cover|explore|start|begin|walk|build|use|set up|create|discuss|dive|go|get|take|focus|review|need)\b|let(?:'|’)s\b|by the end of\b|(?:first|next|now|then|finally),? (?:we|you|let)\b|before (?:we|you) (?:start|begin|dive)|(?:this|the) (?:hands-on )?(?:workshop|tutorial|lab|course|guide|module|chapter|section|lesson|quickstart) (?:takes you|walks you|will|shows|teaches|introduces|covers|explains|guides)\b|happy (?:hacking|coding|learning)|thanks? (?:you )?for)/i

/** Course and training adverts: never a fact about the subject. */
export const ADVERT =
  /\b(?:courses?|training|certification|certified|bootcamp|enrol\w*|enroll\w*|sign[- ]up|register (?:now|today|for)|discount|coupon|voucher|subscribe|academy|instructor-led|on-demand class\w*|learning path|udemy|coursera|webinar)\b/i

/** Words pointing at something the sentence does not carry. */
export const POINTING =
  /\b(?:the following|as follows|(?:see |shown |listed |described |outlined |explained |mentioned |discussed )?(?:below|above)|as shown|as outlined|as described|as mentioned|as discussed|as explained|shown here|listed here|described here|\bsee (?:the|our|also)\b|(?:this|these|the|the next|the previous) (?:table|figure|diagram|image|screenshot|list|steps?|command|example|snippet|code|output|section|chapter))\b/i

/** Credential-like text: a key or password with a value, a known token shape, a long secret-looking run. */
export const CREDENTIAL = [
  /\b(?:api[ _-]?key|secret(?:[ _-]?key)?|password|passwd|pwd|token|access[ _-]?key(?:[ _-]?id)?|client[ _-]?secret|private[ _-]?key|bearer|credentials?)\b\s*(?:is|=|:|of)?\s*["'`]?[A-Za-z0-9_\-+/=.]{6,}/i,
  /\b(?:sk|pk|rk|ghp|gho|ghs|ghu|github_pat|xox[abposr]|AKIA|ASIA|AIza|glpat)[-_][A-Za-z0-9_-]{8,}|\bAKIA[A-Z0-9]{12,}/,
  /[?&](?:token|key|sig|signature|password|secret|access_token|api_key)=/i,
  /\b[A-Za-z0-9+/_-]*(?=[A-Za-z0-9+/_-]*\d)(?=[A-Za-z0-9+/_-]*[A-Za-z])[A-Za-z0-9+/_-]{32,}\b/
]

// What the last CREDENTIAL pattern needs: 32 characters of its class in a row. Tried first: the
// pattern itself backtracks at every word.
const LONG_RUN = /[A-Za-z0-9+/_-]{32}/

/** Whether a text carries anything that looks like a credential. */
export function credentialLike(text: string): boolean {
  const last = CREDENTIAL.length - 1
  return CREDENTIAL.some((re, i) => (i < last || LONG_RUN.test(text)) && re.test(text))
}

/** Whether a sentence points elsewhere: leans on the one before, or names a table/list it does not carry. */
export function dangling(text: string): boolean {
  return LEANING.test(text) || POINTING.test(text) || /:\s*$/.test(text)
}

/** Whether a sentence is about the document, or an advert, rather than about the subject. */
export function metaSentence(text: string): boolean {
  return META.test(text) || ADVERT.test(text)
}

/**
 * Whether a sentence can be quoted on its own: 5–60 words, starting like a sentence, not a
 * question, no promise about the future, no credential, not meta, pointing nowhere, and no
 * claim-worthy figure unless it cites a claim. A sentence introducing a list (`… does at once:`)
 * keeps its list when one is given (`list`), else is usable when it reads as complete.
 */
function usable(text: string, cites: boolean, list: readonly string[]): string | undefined {
  let out = text
  if (out.endsWith(':')) {
    out = out.slice(0, -1).trimEnd()
    if (list.length > 0) out = `${out}: ${summariseItems(list)}`
    else if (countPlainWords(out) < 7 || DANGLING.test(out)) return undefined
    out = /[.!?]$/.test(out) ? out : `${out}.`
  }
  const words = countPlainWords(out)
  if (words < 5 || words > 60 || out.endsWith('?')) return undefined
  if (!/^["'(\p{Lu}\p{N}]/u.test(out) || CUES.promise.test(out)) return undefined
  if (metaSentence(out) || dangling(out) || credentialLike(out)) return undefined
  if (!cites && findFigures(out).some((f) => CLAIM_WORTHY_FIGURE_KINDS.includes(f.kind))) {
    return undefined
  }
  return out
}

/** `a; b; c; d; e and 2 more`: at most five items, the rest counted. */
export function summariseItems(items: readonly string[], max = 5, sep = '; '): string {
  const shown = items.slice(0, max)
  const rest = items.length - shown.length
  if (rest > 0) return `${shown.join(sep)} and ${rest} more`
  if (shown.length > 1 && sep === ', ') {
    return `${shown.slice(0, -1).join(sep)} and ${shown[shown.length - 1]}`
  }
  return shown.join(sep)
}

/** The meaning of a block's section: the role the reader gave it (src/tutorial/roles.ts), if any. */
export function sectionMeaning(b: Block): SectionRole | undefined {
  return b.role
}

/**
 * The lead sentences of the list items following block `i` (the list a sentence ending in a colon
 * introduces), when every one is short and clean; empty otherwise.
 */
function introducedList(blocks: readonly Block[], i: number, lookup: ClaimLookup): string[] {
  const out: string[] = []
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j] as Block
    if (b.kind !== 'list-item') break
    const lead = splitSentences(b.text)[0]?.text.replace(/\s+/g, ' ').trim() ?? ''
    const norm = normaliseCitations(lead, lookup)
    if (!norm || norm.claims.length + norm.inline.length > 0) return []
    const text = norm.text.replace(/[.;]$/, '')
    if (countPlainWords(text) > 16 || /[:]/.test(text) || dangling(text) || credentialLike(text)) {
      return []
    }
    out.push(text)
  }
  return out
}

/** The quotable sentences of one chapter, in document order. */
export function chapterSentences(chapter: Chapter, lookup: ClaimLookup): Sentence[] {
  const out: Sentence[] = []
  chapter.blocks.forEach((block, i) => {
    if (!PROSE_KINDS.includes(block.kind)) return
    const meaning = sectionMeaning(block)
    if (meaning === 'roadmap' || meaning === 'glossary' || meaning === 'prerequisites') return
    if (CUES.roadmap.test(block.section) || CUES.skip.test(block.section)) return
    const parts = splitSentences(block.text)
    parts.forEach(({ text: raw }, k) => {
      const norm = normaliseCitations(raw.replace(/\s+/g, ' ').trim(), lookup)
      if (!norm) return
      const last = k === parts.length - 1
      const list =
        last && block.kind === 'paragraph' && norm.text.endsWith(':')
          ? introducedList(chapter.blocks, i, lookup)
          : []
      const text = usable(norm.text, norm.claims.length + norm.inline.length > 0, list)
      if (text === undefined) return
      // field by field, not `...norm`: a spread copy got a hidden class of its own (see chapter.ts)
      const s: Sentence = {
        text,
        claims: norm.claims,
        inline: norm.inline,
        section: block.section,
        kind: block.kind,
        words: countPlainWords(text),
        lead: k === 0,
        file: block.file,
        line: block.line,
        column: block.column
      }
      if (meaning !== undefined) s.role = meaning
      out.push(s)
    })
  })
  return out
}

export function sameSentence(
  a: Location & { text: string },
  b: Location & { text: string }
): boolean {
  return a.file === b.file && a.line === b.line && a.text === b.text
}
