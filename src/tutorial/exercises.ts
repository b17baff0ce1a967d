// Exercise headings and labels: `E10 — …`, `Exercise 3: …`, `Exercise: Deploying X`, `Lab 0:`,
// `Challenge 1`, `Hands-on: …`, `Step 2` (kept only when the tutorial numbers its exercises so),
// typos such as `Exerice` tolerated. Pure.
import { EXERCISE_WORD } from './roles.js'
import { collapse } from './sentences.js'

export interface ExerciseLabel {
  /** `E10`, `Exercise 3`, `Lab 2`, or the bare word for an unnumbered one (`Exercise`, `Hands-on`) */
  id: string
  /** the heading without its label, time, optional marker and decoration */
  title: string
  /** true when the label carries no number or ID (`Exercise: Deploying X`) */
  unnumbered: boolean
  /** true for `Step N` labels */
  step: boolean
  /** the heading says optional, bonus, stretch or extra credit */
  optional: boolean
}

const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_-])`
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}_-])`
const E_LABEL = new RegExp(String.raw`${NOT_WORD_BEFORE}E\d+${NOT_WORD_AFTER}`, 'u')
const WORD = String.raw`(${EXERCISE_WORD}|lab|task|challenge|step|hands[- ]on)`
const WORD_LABEL = new RegExp(
  String.raw`${NOT_WORD_BEFORE}${WORD}\s*(?:#|no\.?\s*)?(\d+)${NOT_WORD_AFTER}`,
  'iu'
)
const LABEL_WORD_BEFORE_E = new RegExp(
  String.raw`${NOT_WORD_BEFORE}(?:${EXERCISE_WORD}|lab|task|challenge)\s*[:#]?\s*$`,
  'iu'
)
/** `Exercise: …`, `Bonus challenge – …`, `Hands-on`, `Lab:` at the start of a heading. */
const UNNUMBERED = new RegExp(
  String.raw`^(?:(optional|bonus|stretch|advanced|final|hands[- ]on|practical|guided|mini)\s+)?(${EXERCISE_WORD}|challenge|lab|hands[- ]on)\s*(?:[:：\-–—]\s*|$)`,
  'iu'
)
/** Numbering and decoration in front of a heading's words (`3.`, `Part 2:`, emoji). */
const LEAD = /^(?:[^\p{L}\p{N}]+|\d+(?:\.\d+)*[.):]\s*)+/u
const OPTIONAL = /\b(?:optional|bonus|stretch(?: goal)?|extra credit)\b/i
/** `(15 min)`, `[optional]`, `{#slug}`, a trailing `+` or `:` */
const TIME_PAREN =
  /[([]\s*(?:~|about|approx\.?|approximately|est\.?)?\s*\d+(?:\.\d+)?\s*(?:[-–—]|to)?\s*(?:\d+(?:\.\d+)?)?\s*(?:minutes?|mins?|m|hours?|hrs?|h)\s*[)\]]/giu
const OPTIONAL_PAREN = /[([]\s*(?:optional|bonus|stretch|extra credit)\s*[)\]]/giu
const SLUG = /\s*\{#[^}]*\}\s*$/u

function normaliseWord(word: string): string {
  const w = word.toLowerCase()
  if (/^hands/.test(w)) return 'Hands-on'
  if (new RegExp(`^${EXERCISE_WORD}$`, 'i').test(w)) return 'Exercise'
  return `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`
}

/** The heading's title once the label is gone. */
export function cleanTitle(text: string): string {
  return collapse(
    text
      .replace(SLUG, '')
      .replace(TIME_PAREN, ' ')
      .replace(OPTIONAL_PAREN, ' ')
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      .replace(/^[\s:.\-–—|#)\]]+/, '')
      .replace(/[\s:.\-–—|#([+*]+$/, '')
  )
}

/** The exercise label of a heading, if it has one. */
export function exerciseLabel(heading: string): ExerciseLabel | undefined {
  const text = heading.replace(SLUG, '')
  const optional = OPTIONAL.test(text)
  const e = E_LABEL.exec(text)
  if (e) {
    const head = text.slice(0, e.index).replace(LABEL_WORD_BEFORE_E, '')
    const title = cleanTitle(head + ' ' + text.slice(e.index + e[0].length))
    return { id: e[0], title, unnumbered: false, step: false, optional }
  }
  const w = WORD_LABEL.exec(text)
  if (w) {
    const word = normaliseWord(w[1] ?? '')
    const rest = text.slice(0, w.index) + ' ' + text.slice(w.index + w[0].length)
    const title = cleanTitle(rest.replace(new RegExp(`^\\s*${OPTIONAL.source}`, 'i'), ''))
    return {
      id: `${word} ${Number(w[2])}`,
      title,
      unnumbered: false,
      step: word === 'Step',
      optional
    }
  }
  const stripped = text.replace(LEAD, '')
  const u = UNNUMBERED.exec(stripped)
  if (u) {
    const word = normaliseWord(u[2] ?? '')
    const title = cleanTitle(stripped.slice(u[0].length))
    return {
      id: word,
      title,
      unnumbered: true,
      step: false,
      optional: optional || /^(?:optional|bonus|stretch)$/i.test(u[1] ?? '')
    }
  }
  return undefined
}

/** `lab-2-topic.md`, `Lab2/README.md`, `exercise-3.md`, `challenge_1/index.md`: the lab a chapter file is. */
const LAB_FILE = new RegExp(
  String.raw`^(${EXERCISE_WORD}s?|labs?|challenges?)[-_ .]?(\d+)(?=[-_ .]|$)`,
  'i'
)

export function labOfFile(path: string): { id: string } | undefined {
  const parts = path.split('/')
  const name = parts.pop() ?? ''
  const isIntro = /^(?:readme|index|_index)\.(?:md|markdown)$/i.test(name)
  const candidates = [name.replace(/\.(?:md|markdown)$/i, '')]
  if (isIntro && parts.length > 0) candidates.unshift(parts[parts.length - 1] ?? '')
  for (const c of candidates) {
    const m = LAB_FILE.exec(c)
    if (m) return { id: `${normaliseWord((m[1] ?? '').replace(/s$/i, ''))} ${Number(m[2])}` }
  }
  return undefined
}

/** IDs a sentence marks optional: "add E30 or E40", "E40 (optional)", "Optional: Lab 5". */
const LABEL_ANY = new RegExp(
  String.raw`${NOT_WORD_BEFORE}(?:E\d+|(?:${EXERCISE_WORD}|lab|challenge|task|step)\s*(?:#\s*)?\d+)${NOT_WORD_AFTER}`,
  'giu'
)
const OPTIONAL_CLAUSE =
  /\b(?:optional(?:ly)?|bonus|stretch|extra credit|if you have (?:more |extra )?time)\b/i
/** "add E30 or E40", "plus Lab 5": the labels after it are extras */
const ADD_LABELS =
  /\b(?:add|adding|plus)\s+(?:either\s+|one of\s+|also\s+)?(?=E\d|lab\b|exerci|challenge\b|task\b|step\b)/i
const REQUIRED_CLAUSE = /\b(?:required|mandatory|must)\b/i

export function optionalLabels(text: string): string[] {
  const out: string[] = []
  for (const clause of text.split(/[;.!?]\s|\n|;/)) {
    if (REQUIRED_CLAUSE.test(clause)) continue
    const add = ADD_LABELS.exec(clause)
    const scope = OPTIONAL_CLAUSE.test(clause) ? clause : add ? clause.slice(add.index) : ''
    for (const m of scope.matchAll(LABEL_ANY)) {
      const id = labelId(m[0])
      if (!out.includes(id)) out.push(id)
    }
  }
  return out
}

/** `exercise #3` → `Exercise 3`, `E30` → `E30`. */
export function labelId(label: string): string {
  if (/^E\d+$/.test(label)) return label
  const m = /^(\D+?)\s*(?:#\s*)?(\d+)$/u.exec(label.trim())
  if (!m) return label
  return `${normaliseWord(m[1] ?? '')} ${Number(m[2])}`
}

/** Every label in a text (`E10`, `Lab 2`), normalised. */
export function labelsIn(text: string): string[] {
  return [...text.matchAll(LABEL_ANY)].map((m) => labelId(m[0]))
}
