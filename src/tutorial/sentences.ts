// Plain-text sentence splitting, shared by the tutorial reader and the draft guard.

export interface Sentence {
  text: string
  /** offset of the sentence's first character in the input */
  index: number
}

// Words whose trailing period never ends a sentence (compared lower-case, without the period).
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'vs',
  'cf',
  'approx',
  'ca',
  'fig',
  'dr',
  'mr',
  'mrs',
  'incl',
  'resp',
  'esp',
  'eq',
  'al'
])

// A candidate end: `.`, `!`, `?` or `…` (possibly repeated), then closing quotes/brackets/emphasis.
const END = /[.!?…]+["'’”)\]*_]*(?=\s|$)/g
// What may start the next sentence: a letter or digit, possibly after an opening mark (command
// names such as `kubectl` start sentences in lower case; abbreviations are handled apart).
const NEXT_START = /^\s+["'‘“([*_`]*[\p{L}\p{N}$€£~]/u
// Line starts that always begin a new unit in plain text: list markers and headings.
const LINE_START = /\n[ \t]*(?:[-*+•][ \t]|\d+[.)][ \t]|#{1,6}[ \t])/g
const BLANK_LINE = /\n[ \t]*\n/g

function wordBefore(text: string, end: number): string {
  let i = end
  while (i > 0 && !/\s|[("'‘“[]/.test(text[i - 1] ?? '')) i--
  return text.slice(i, end).toLowerCase()
}

function atLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]
    if (c === '\n') return true
    if (c !== ' ' && c !== '\t' && c !== '>') return false
  }
  return true
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot)
  // an ordered-list marker (`1.` at the start of a line) is not a sentence end
  if (/^\d+$/.test(word) && atLineStart(text, dot - word.length)) return true
  if (ABBREVIATIONS.has(word)) return true
  // single letters and initials: `e.g.` handled above; `U.S.`, `A.`
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return true
  return false
}

/**
 * Splits plain text into sentences. Does not break on `e.g.`, `i.e.`, `vs.`, other common
 * abbreviations and initials, decimals (`99.9%`) or versions (`v1.4.2`); blank lines and
 * list/heading line starts always break.
 */
export function splitSentences(text: string): Sentence[] {
  const cuts = new Set<number>()
  for (const m of text.matchAll(BLANK_LINE)) cuts.add(m.index)
  for (const m of text.matchAll(LINE_START)) cuts.add(m.index)
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length
    if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviation(text, m.index)) continue
    if (end < text.length && !NEXT_START.test(text.slice(end, end + 8))) continue
    cuts.add(end)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Sentence[] = []
  let start = 0
  for (const cut of [...sorted, text.length]) {
    push(out, text, start, cut)
    start = cut
  }
  return out
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  if (e > s) out.push({ text: text.slice(s, e), index: s })
}

/** Collapses runs of whitespace into single spaces and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
