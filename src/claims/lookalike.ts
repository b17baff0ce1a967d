// `claim/lookalike-id`: a token that reads as a claim ID but is not one, because a character in it
// only looks like an ASCII letter, digit or hyphen (Cyrillic `А` in `XX-АRCH-001`, a fullwidth
// `Ｘ`, a non-ASCII dash) or is invisible (a zero-width space, a soft hyphen, a joiner). Such an ID
// is silently no citation — its claim is never checked, deprecated or not — so it is reported.
//
// General mechanism, per character of an ID-shaped token (letters, digits, marks, dashes, format
// characters): ASCII stays; invisible characters (Unicode format characters, combining marks,
// variation selectors) are dropped; others are mapped through NFKC, then a decimal digit to its
// value, then the Unicode confusables skeleton (UTS #39 `confusables.txt`, via the `unhomoglyph`
// package). When every character maps to ASCII and the result is a claim ID under the configured
// pattern, the token is a look-alike. Tokens of ordinary words in other scripts do not map to an
// ID and are left alone. Pure.
import unhomoglyph from 'unhomoglyph'
import { lineStarts, locate } from '../locate.js'
import type { Diagnostic, SourceFile } from '../model.js'
import { diagnostic, RULES } from '../rules.js'

/** A character of an ID-shaped run: letter, digit, mark, connector or dash punctuation, format character. */
const TOKEN_CHAR = /^[\p{L}\p{N}\p{M}\p{Pc}\p{Pd}\p{Cf}\u2212\u2796\uFE63\uFF0D]$/u
const NON_ASCII = /[^\t\n\r\x20-\x7e]/g

function isTokenUnit(text: string, i: number): boolean {
  const u = text.charCodeAt(i)
  if (u < 0x80) return ASCII_ID_CHAR.test(text[i] as string)
  // a surrogate half: judge the whole code point
  if (u >= 0xd800 && u <= 0xdfff) {
    const start = u >= 0xdc00 ? i - 1 : i
    const cp = text.codePointAt(start)
    return cp !== undefined && TOKEN_CHAR.test(String.fromCodePoint(cp))
  }
  return TOKEN_CHAR.test(text[i] as string)
}

/**
 * The ID-shaped runs that hold a non-ASCII character, with their offsets: found from the non-ASCII
 * characters outwards, so ASCII prose costs one scan and nothing per word.
 */
function* tokensWithNonAscii(text: string): Generator<{ token: string; index: number }> {
  let end = 0
  for (const m of text.matchAll(NON_ASCII)) {
    if (m.index < end || !isTokenUnit(text, m.index)) continue
    let from = m.index
    while (from > 0 && isTokenUnit(text, from - 1)) from--
    let to = m.index + 1
    while (to < text.length && isTokenUnit(text, to)) to++
    end = to
    yield { token: text.slice(from, to), index: from }
  }
}
const ASCII_ID_CHAR = /^[A-Za-z0-9_-]$/
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}]$/u
const DIGIT = /^\p{Nd}$/u
const DASH = /^[\p{Pd}\u2212\u2796\uFE63\uFF0D]$/u
/** Names of the invisible characters people meet in pasted text. */
const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
}
const SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic', 'Latin', 'Common'].map(
  (s) => [s, new RegExp(`^\\p{Script=${s}}$`, 'u')] as const
)

/** The value of a decimal digit of any script (Unicode keeps them in runs of ten, 0 to 9). */
function digitValue(c: string): string {
  let cp = c.codePointAt(0) as number
  let k = 0
  while (DIGIT.test(String.fromCodePoint(cp - 1)) && k < 100) {
    cp--
    k++
  }
  return String(k % 10)
}

/** What a character looks like in ASCII (`''` for an invisible one), or undefined. */
function asciiOf(c: string): string | undefined {
  if (ASCII_ID_CHAR.test(c)) return c
  if (INVISIBLE.test(c)) return ''
  if (DASH.test(c)) return '-'
  const nfkc = c.normalize('NFKC')
  if (/^[A-Za-z0-9_-]+$/.test(nfkc)) return nfkc
  if (DIGIT.test(c)) return digitValue(c)
  const skeleton = unhomoglyph(nfkc)
  return /^[A-Za-z0-9_-]+$/.test(skeleton) ? skeleton : undefined
}

function hex(c: string): string {
  return `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
}

/** `U+0410 (Cyrillic "А", like "A")`, `U+200B (invisible: ZERO WIDTH SPACE)`. */
export function describeChar(c: string): string {
  const ascii = asciiOf(c)
  if (ascii === '') {
    const name = INVISIBLE_NAMES[c.codePointAt(0) as number]
    return `${hex(c)} (invisible${name ? `: ${name}` : ' format character'})`
  }
  const script = SCRIPTS.find(([, re]) => re.test(c))?.[0]
  const what = script && script !== 'Common' ? `${script} "${c}"` : `"${c}"`
  return `${hex(c)} (${what}, like "${ascii ?? '?'}")`
}

export interface Lookalike {
  /** the token as written */
  token: string
  /** the ASCII claim ID it looks like */
  ascii: string
  /** the characters that are not what they look like, with their UTF-16 index in the token */
  chars: { char: string; index: number }[]
}

/**
 * The look-alike claim IDs in a text: index of each token and what it looks like. `claimId` is the
 * configured pattern (any flags); an ID must match it whole.
 */
export function findLookalikes(text: string, claimId: RegExp): (Lookalike & { index: number })[] {
  // pure-ASCII text has no look-alike: skip the work
  if (!/[^\t\n\r\x20-\x7e]/.test(text)) return []
  const whole = new RegExp(`^(?:${claimId.source})$`, claimId.flags.replace(/[gy]/g, ''))
  const out: (Lookalike & { index: number })[] = []
  for (const t of tokensWithNonAscii(text)) {
    let token = t.token
    let index = t.index
    // invisible characters around a token do not stop it being a citation: only those inside do
    const lead = /^[\p{Cf}\p{M}]+/u.exec(token)?.[0].length ?? 0
    token = token.slice(lead).replace(/[\p{Cf}\p{M}]+$/u, '')
    index += lead
    if (token === '' || /^[A-Za-z0-9_-]*$/.test(token)) continue
    let ascii = ''
    const chars: { char: string; index: number }[] = []
    let offset = 0
    let ok = true
    for (const c of token) {
      const a = asciiOf(c)
      if (a === undefined) {
        ok = false
        break
      }
      if (a !== c) chars.push({ char: c, index: offset })
      ascii += a
      offset += c.length
    }
    if (!ok || chars.length === 0) continue
    // the ID may stand inside a longer run (`see-XX-АRCH-001`): find it in the mapped text
    const inner = new RegExp(claimId.source, claimId.flags.replace(/[gy]/g, ''))
    const hit = whole.test(ascii) ? { start: 0, id: ascii } : idWithin(ascii, inner)
    if (!hit) continue
    // report only characters inside the ID
    const spans = mapBack(token, hit.start, hit.id.length)
    const inside = chars.filter((x) => x.index >= spans.from && x.index < spans.to)
    if (inside.length === 0) continue
    out.push({ token: token.slice(spans.from, spans.to), ascii: hit.id, chars: inside, index })
  }
  return out
}

function idWithin(ascii: string, re: RegExp): { start: number; id: string } | undefined {
  const m = re.exec(ascii)
  return m ? { start: m.index, id: m[0] } : undefined
}

/** UTF-16 span in the token of the mapped text's [start, start + length). */
function mapBack(token: string, start: number, length: number): { from: number; to: number } {
  let mapped = 0
  let from = -1
  let to = token.length
  let offset = 0
  for (const c of token) {
    const a = asciiOf(c) ?? ''
    if (from < 0 && mapped + a.length > start) from = offset
    mapped += a.length
    offset += c.length
    if (mapped >= start + length) {
      to = offset
      break
    }
  }
  return { from: Math.max(0, from), to }
}

/** `claim/lookalike-id` findings in files (tutorial chapters, registry files, committed drafts). */
export function lookalikeDiagnostics(files: readonly SourceFile[], claimId: RegExp): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const f of files) {
    const found = findLookalikes(f.text, claimId)
    if (found.length === 0) continue
    const starts = lineStarts(f.text)
    for (const l of found) {
      const first = l.chars[0] as { char: string; index: number }
      const at = locate(starts, f.path, l.index + first.index)
      const more = l.chars.length > 1 ? ` and ${l.chars.length - 1} more` : ''
      const shown = [...l.token].map((c) => (INVISIBLE.test(c) ? `<${hex(c)}>` : c)).join('')
      out.push(
        diagnostic(
          RULES.claimLookalikeId,
          at,
          `"${shown}" looks like the claim ID ${l.ascii} but is not one: it contains ${describeChar(first.char)}${more}, so it is no citation and its claim is never checked; write ${l.ascii} in ASCII`,
          l.ascii
        )
      )
    }
  }
  return out
}
