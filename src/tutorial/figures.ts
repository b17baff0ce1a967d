// Figures: numbers with units or ranges (`10-50ms`, `11 9's`, `3x`, `$0.02/GB`, `v1.4.2`, …),
// their kinds, a canonical form for tracing, and the `claim/uncited-figure` rule.
import type { Diagnostic, FigureKind, Tutorial } from '../model.js'
import { CLAIM_WORTHY_FIGURE_KINDS } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { matchAllAt } from './scan.js'

export interface FoundFigure {
  text: string
  kind: FigureKind
  /** offset of the figure in the searched text */
  index: number
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`
const RANGE = String.raw`${NUM}(?:\s*[-–—]\s*${NUM}|\s+to\s+${NUM})?`
const END = String.raw`(?![\p{L}\p{N}_])`
const WORD_NUMBERS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve'
]

// Alternatives in priority order: at one position the first that matches decides the kind.
const PARTS: [FigureKind | 'port', string][] = [
  [
    'money',
    String.raw`[$€£]\s?${RANGE}(?:\s?(?:k|m|bn)${END})?(?:\s*(?:\/|per\s+)\s*[a-z][\w-]*)?`
  ],
  ['money', String.raw`${RANGE}\s?(?:usd|eur|gbp|dollars?|cents?)${END}`],
  ['nines', String.raw`(?:\d+|${WORD_NUMBERS.join('|')})\s*(?:9['’]?s|nines)${END}`],
  [
    'version',
    String.raw`v\d+(?:\.\d+)*(?:-[0-9a-z.]+)?${END}|\d+\.\d+\.\d+(?:-[0-9a-z.]*[0-9a-z])?(?![.\d\w])|(?:version|release)\s+\d+(?:\.\d+)*${END}`
  ],
  ['port', String.raw`ports?\s+\d{2,5}(?:\s*(?:,|and|or)\s*\d{2,5})*${END}`],
  [
    'throughput',
    String.raw`${RANGE}\s?(?:k\s?|(?:thousand|million|billion)\s)?(?:(?:[kmgt]i?b|[kmgt]bits?|bytes?|msgs?|messages?|records?|events?|req(?:uest)?s?|ops|operations?|transactions?|txns?|writes?|reads?|queries|query|rows?|objects?|files?|batches|batch|[a-z][a-z-]*[a-z]s)\s*(?:\/\s*(?:s|sec|second|min|minute)|per\s+(?:s|sec|second|min|minute))|[kmgt]bps|rps|qps|tps|iops)${END}`
  ],
  [
    'latency',
    String.raw`${RANGE}\s?(?:ms|msecs?|milliseconds?|µs|μs|us|microseconds?|ns|nanoseconds?)${END}`
  ],
  ['percentage', String.raw`${RANGE}\s?(?:%|percent${END})`],
  [
    'multiplier',
    String.raw`${RANGE}(?:[x×]|\s×)${END}|${RANGE}\s+times(?=\s+(?:faster|slower|more|less|fewer|cheaper|higher|lower|smaller|larger|bigger|better|quicker))`
  ],
  [
    'duration',
    String.raw`${RANGE}(?:\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)|[smhd])${END}`
  ],
  [
    'size',
    String.raw`${RANGE}\s?(?:[kmgtp]i?b|[kmgtp]i|bytes|kilobytes?|megabytes?|gigabytes?|terabytes?)${END}`
  ],
  [
    'count',
    String.raw`${RANGE}(?:\s?(?:k|million|billion|thousand)${END})?\s+[a-z][a-z-]*[a-z]s${END}|\d{1,3}(?:,\d{3})+${END}|\d+(?:\.\d+)?\s?(?:k|million|billion)${END}`
  ]
]

const KINDS = PARTS.map(([k]) => k)
// A figure starts where no letter, digit or number punctuation precedes it.
const FIGURE_BEFORE = String.raw`(?<![\p{L}\p{N}_.,/$€£\-–])`
export const FIGURE_RE = new RegExp(
  `${FIGURE_BEFORE}(?:` +
    PARTS.map(([, src]) => `(${src.replace(/\((?!\?)/g, '(?:')})`).join('|') +
    ')',
  'giu'
)
/**
 * Every place a `FIGURE_RE` match can start: a currency sign or a digit, a word number (`one`…
 * `twelve`, before `nines`), `v` and a digit, `version`/`release`, or `port(s)` — each written as
 * the alternatives above begin, with the same flags, so every match start is one of these. The
 * big alternation is tried only there (`matchAllAt`) instead of at every character (or, as
 * before, at every word starting with one of those letters: most words of English prose).
 */
export const FIGURE_START = new RegExp(
  `${FIGURE_BEFORE}(?:[0-9$€£]|v\\d|${[...WORD_NUMBERS, 'version', 'release', 'port'].join('|')})`,
  'giu'
)

/**
 * Case-insensitive matching without the `i` flag. Compiling `FIGURE_RE` with `iu` costs about
 * 35 ms on its first use in a process (each letter becomes its Unicode case class): a good part
 * of a `check` after one chapter was edited. Its letters are lower-case ASCII, `µ` and `μ`, and
 * under `iu` those match exactly these other characters: A–Z, the long s (`s`), the Kelvin sign
 * (`k`) and the capital mu (`μ`), all one UTF-16 unit each (checked over every code point). The
 * same pattern without `i`, over the text with just those characters folded, finds the same
 * matches at the same offsets; the figures' text is then taken from the original.
 */
const FIGURE_AT = new RegExp(FIGURE_RE.source, 'uy')
const FIGURE_START_FOLDED = new RegExp(FIGURE_START.source, 'gu')
const FOLDED = /[A-Z\u017F\u212A\u039C]/g
const FOLD: Record<string, string> = { '\u017F': 's', '\u212A': 'k', '\u039C': '\u03BC' }

/** `text` with the characters `iu` would match to the pattern's letters folded, length kept. */
export function foldForFigures(text: string): string {
  return text.replace(FOLDED, (c) => FOLD[c] ?? c.toLowerCase())
}

/**
 * Where `FIGURE_RE` matches in `text`, in order, as `text.matchAll(FIGURE_RE)` would find them:
 * offset, length, and the index of the alternative (capture group) that matched.
 */
export function* figureMatches(
  text: string
): Generator<[index: number, length: number, group: number]> {
  for (const m of matchAllAt(FIGURE_AT, FIGURE_START_FOLDED, foldForFigures(text))) {
    yield [m.index, m[0].length, m.findIndex((g, i) => i > 0 && g !== undefined)]
  }
}

// Spans never read as figures: dates, claim-like and exercise IDs, list markers.
const EXCLUDED = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)+(?![\p{L}\p{N}_])/gu,
  /(?<![\p{L}\p{N}_])E\d+(?![\p{L}\p{N}_])/gu,
  /^[ \t>]*(?:\d+[.)]|#{1,6})[ \t]/gm
]

// Words that make a plural noun after a number not a count (`in 2025 was`, `3 is`).
const NOT_NOUNS = new Set(['was', 'has', 'does', 'goes', 'this', 'thus', 'plus', 'less', 'yes'])
const NOT_COUNT_BEFORE =
  /\b(?:chapter|step|exercise|lab|task|part|section|figure|table|page|line|challenge|module|lesson|phase|stage)\s*$/i
const LATENCY_CONTEXT =
  /\b(?:latency|latencies|p\d{2,3}|percentile|response times?|round[- ]trip|rtt|end-to-end|lag|delay of)\b/i
const SETTING_CONTEXT =
  /\b(?:timeouts?|intervals?|every|wait|waits|sleep|poll|polls|linger|backoff|retry|retries|ttl|heartbeat|session|deadline|set|sets|setting|configure[sd]?|default)\b/i

function classify(kind: FigureKind | 'port', text: string, before: string): FigureKind {
  if (kind === 'port') return 'other'
  const window = before.slice(-60)
  if (kind === 'duration' && /^[\d.,\s–—-]+(?:to\s+[\d.,]+\s*)?(?:s|secs?|seconds?)$/i.test(text)) {
    if (LATENCY_CONTEXT.test(window)) return 'latency'
  }
  if (
    kind === 'latency' &&
    !LATENCY_CONTEXT.test(window) &&
    SETTING_CONTEXT.test(window.slice(-40))
  ) {
    return 'duration'
  }
  return kind
}

/** Excluded spans of `text`, merged into disjoint intervals sorted by start (and so by end). */
function excludedSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const re of EXCLUDED) {
    re.lastIndex = 0
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length])
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const sp of spans) {
    const last = merged[merged.length - 1]
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1])
    else merged.push([sp[0], sp[1]])
  }
  return merged
}

/** Claims in words: "constant time whether there are a thousand records or a billion". */
const SPELLED_OUT = [
  /\b(?:constant|the same|flat|predictable|stable|steady)\s+(?:time|latency|speed|performance|cost|throughput)\b[^.;]{0,80}?\b(?:thousands?|millions?|billions?|trillions?)\b(?:\s+(?:records|rows|messages|events|items|keys|objects|files|users|requests))?(?:\s+or\s+(?:a|one|ten|a hundred)\s+(?:thousand|million|billion|trillion)\b)?/giu,
  /\b(?:whether|regardless of whether|no matter whether)\b[^.;]{0,40}?\b(?:a|one)\s+(?:hundred|thousand|million)\b[^.;]{0,30}?\bor\s+(?:a|one)\s+(?:million|billion|trillion)\b/giu,
  /\border(?:s)? of magnitude\s+(?:faster|cheaper|slower|more|less|fewer|smaller|larger|higher|lower|better)\b/giu
]

function spelledOut(text: string): FoundFigure[] {
  if (!/thousand|million|billion|trillion|magnitude/i.test(text)) return []
  const out: FoundFigure[] = []
  for (const re of SPELLED_OUT) {
    re.lastIndex = 0
    for (const m of text.matchAll(re)) {
      if (out.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length)) {
        continue
      }
      out.push({ text: m[0], kind: 'scale', index: m.index })
    }
  }
  return out
}

/** Finds the figures in plain text, in order, with their kinds. */
export function findFigures(text: string): FoundFigure[] {
  const words = spelledOut(text)
  if (!/\d|nines/i.test(text)) return words
  const found = numericFigures(text)
  if (words.length === 0) return found
  return [
    ...found.filter(
      (f) =>
        !words.some((w) => f.index < w.index + w.text.length && w.index < f.index + f.text.length)
    ),
    ...words
  ].sort((a, b) => a.index - b.index)
}

function numericFigures(text: string): FoundFigure[] {
  let spans: [number, number][] | undefined
  let next = 0 // first excluded span that may still overlap (matches come in increasing order)
  const out: FoundFigure[] = []
  for (const [index, length, group] of figureMatches(text)) {
    spans ??= excludedSpans(text)
    const end = index + length
    while (next < spans.length && spans[next]![1] <= index) next++
    if (next < spans.length && spans[next]![0] < end) continue
    const kind = KINDS[group - 1]
    if (kind === undefined) continue
    const found = text.slice(index, end)
    const before = text.slice(Math.max(0, index - 80), index)
    if (kind === 'count') {
      const noun = /([a-z][a-z-]*)$/i.exec(found)?.[1]?.toLowerCase()
      if (noun && NOT_NOUNS.has(noun)) continue
      if (/^(?:19|20)\d\d\s/.test(found)) continue
      if (NOT_COUNT_BEFORE.test(before)) continue
    }
    out.push({ text: found, kind: classify(kind, found, before), index })
  }
  return out
}

const WORD_TO_DIGIT = new Map(WORD_NUMBERS.map((w, i) => [w, String(i + 1)]))

// Unit spellings, each mapped to one canonical form (applied after a number).
const UNIT_FORMS: [RegExp, string][] = [
  [/\s*(?:\/\s*|\bper\s+)(?:s|secs?|seconds?)\b/g, '/s'],
  [/(?<=\d\s*)(?:milliseconds?|msecs?|ms)\b/g, 'ms'],
  [/(?<=\d\s*)(?:microseconds?|µs|μs|us)\b/g, 'us'],
  [/(?<=\d\s*)(?:nanoseconds?|ns)\b/g, 'ns'],
  [/(?<=\d\s*)(?:seconds?|secs?|s)\b/g, 's'],
  [/(?<=\d\s*)(?:minutes?|mins?|m)\b/g, 'min'],
  [/(?<=\d\s*)(?:hours?|hrs?|h)\b/g, 'h'],
  [/(?<=\d\s*)(?:days?|d)\b/g, 'd'],
  [/(?<=\d\s*)(?:weeks?|wks?)\b/g, 'w'],
  [/(?<=\d\s*)(?:messages?|msgs?)\b/g, 'msg'],
  [/(?<=\d\s*)(?:requests?|reqs?)\b/g, 'req'],
  [/(?<=\d\s*)(?:percent|%)/g, '%'],
  [/(?<=\d\s*)(?:×|x|times)(?=\s|$)/g, 'x'],
  [/(?<=\d\s*)(?:nines|9['’]?s)\b/g, 'nines'],
  [/(?<=\d\s*)kilobytes?\b/g, 'kb'],
  [/(?<=\d\s*)megabytes?\b/g, 'mb'],
  [/(?<=\d\s*)gigabytes?\b/g, 'gb'],
  [/(?<=\d\s*)terabytes?\b/g, 'tb'],
  [/(?<=\d\s*)(?:dollars?|usd)\b/g, '$']
]

/**
 * Canonical form of a figure, so that a figure in a draft can be traced back to its source:
 * `10–50 ms` and `10-50 milliseconds` both become `10-50ms`, `1,000` becomes `1000`, `3×` becomes `3x`.
 */
export function normalizeFigure(text: string): string {
  let s = text.normalize('NFKC').toLowerCase().trim()
  s = s.replace(/[–—‒−]/g, '-').replace(/(?<=\d)\s+to\s+(?=[$€£]?\d)/g, '-')
  s = s.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '')
  s = s.replace(
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+(?:nines|9['’]?s)\b)/g,
    (w) => WORD_TO_DIGIT.get(w) ?? w
  )
  s = s.replace(/\b(?:version|release)\s+(?=\d)/g, 'v').replace(/^v(?=\d)/, '')
  for (const [re, to] of UNIT_FORMS) s = s.replace(re, to)
  // a trailing `$`-suffix (`5 usd`) reads as a prefix
  if (s.endsWith('$')) s = '$' + s.slice(0, -1)
  s = s.replace(/\s+/g, '')
  // `$10-$20` → `$10-20`
  s = s.replace(/-\$(?=\d)/g, '-')
  return s
}

function isClaimWorthy(kind: FigureKind): boolean {
  return CLAIM_WORTHY_FIGURE_KINDS.includes(kind)
}

// What a figure is when it is not a property of the product (issue: uncited-figure precision).
/** a value somebody sets: `set the sampling rate to 10%`, `cap it at 200 requests/s` */
const SETTING_BEFORE =
  /\b(?:set(?:s|ting)?|configur\w*|chang\w*|adjust\w*|rais\w*|lower\w*|limit\w*|cap(?:s|ped)?|throttl\w*|threshold|alert(?:s|ing)? (?:when|if|at|above|below)|fires? (?:when|at|above)|trigger\w* (?:when|at|above)|rate[- ]limit\w*|budget of|timeout of|give it|request(?:s|ed)?|allocat\w*|reserv\w*)\b[^.;]{0,40}$/iu
/** a traffic split: `send 10% of traffic to v2`, `weights 90/10`, a canary */
const SPLIT =
  /\b(?:traffic split|split (?:the )?traffic|weight(?:s|ed|ing)?|canary|route[sd]?|routing|shift(?:s|ed|ing)?|send(?:s|ing)?|rollout|roll(?:s|ing)? out|percentage of (?:traffic|requests|users))\b/iu
/** a reading taken during the lab: `CPU sat at 12%`, `you should see about 40 ms` */
const OBSERVED =
  /\b(?:sat at|sits at|sitting at|hover(?:s|ed|ing)?(?: around| at)?|peak(?:s|ed)? at|spik(?:e|es|ed) to|settl(?:e|es|ed) (?:at|around)|stay(?:s|ed)? (?:at|around)|you(?:'ll| will| should| might| may)? (?:see|notice|observe|get)|we (?:saw|measured|observed|got)|in (?:our|my|this) (?:run|test|lab|setup)|on (?:our|my|your) (?:laptop|machine)|the (?:dashboard|graph|panel|output|console|terminal) (?:shows|showed|reads|read|reports|reported))\b/iu
/** arithmetic in a worked example: `if each message is 1 KB and you send 1,000 per second`, `4 × 250 MB` (a `×` between numbers, not the one of `3× faster`) */
const HYPOTHETICAL =
  /\b(?:if|suppose|supposing|say|imagine|assum(?:e|ing)|for example|for instance|e\.g\.|example:|worked example|let's say|hypothetical(?:ly)?)\b/iu
const ARITHMETIC = /\d\s*[×÷]\s*\$?\d|\s=\s*\$?\d|\d\s*=\s*\$?\d|\d\s+x\s+\d/u
/** a promotion: `$300 in free credits`, a discount or a trial */
const PROMOTION =
  /\b(?:credits?|free tier|coupon|voucher|promo(?:tion(?:al)?)?|discount|trial|sign-?up bonus|off (?:your|the) first|gift)\b/iu

/**
 * Whether a claim-worthy figure states a property of the product (true) or is ordinary workshop
 * prose: a setting, a traffic split, a reading taken during the lab, worked-example arithmetic,
 * a promotional credit (false). Durability nines, spelled-out scale claims and multipliers stay
 * claims unless a setting or example says otherwise.
 */
export function figureIsClaim(f: { text: string; kind: FigureKind; sentence: string }): boolean {
  if (!isClaimWorthy(f.kind)) return false
  const at = Math.max(0, f.sentence.indexOf(f.text))
  const before = f.sentence.slice(0, at)
  const s = f.sentence
  if (f.kind === 'money' && PROMOTION.test(s)) return false
  if (HYPOTHETICAL.test(before) || ARITHMETIC.test(s)) return false
  if (f.kind === 'nines' || f.kind === 'scale') return true
  if (SETTING_BEFORE.test(before)) return false
  if (f.kind === 'percentage' && SPLIT.test(s)) return false
  if (f.kind !== 'multiplier' && OBSERVED.test(s)) return false
  return true
}

/**
 * `claim/uncited-figure`: a performance, durability or cost figure (latency, throughput,
 * percentage, nines, multiplier, money, a spelled-out scale claim) stated as a property of the
 * product (`figureIsClaim`) in a tutorial sentence that cites no claim.
 */
export function uncitedFigureDiagnostics(t: Tutorial): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const f of t.figures) {
    if (f.cited || !figureIsClaim(f)) continue
    out.push(
      diagnostic(
        RULES.claimUncitedFigure,
        f,
        `The ${f.kind} figure "${f.text}" is stated without citing a claim. ` +
          'Cite the registry claim that backs it, e.g. "(see claim: **<ID>**)", or drop the figure.'
      )
    )
  }
  return out
}
