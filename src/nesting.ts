// How deep a Markdown text nests, measured on the text before any parser sees it. Markdown
// parsers recurse per level of containers (lists, blockquotes, footnote definitions: remark
// overflows the stack near 10,000) and micromark resolves emphasis and link brackets by scanning
// back over the open ones, so 4,000 nested `*a ` … ` a*` take 18 s and 15,000 minutes. Real
// documents stay under ten levels of either. Every file we read as Markdown (chapters, registry
// files, committed drafts) passes this check in the reading gate (src/io/read.ts).

/** Deepest nesting we read, of containers and of inline emphasis or link brackets. */
export const MAX_NESTING = 100

// A line opening more than MAX_NESTING containers (`- - - …`, `>>>…`, `[^a]: [^b]: …`).
const CONTAINER = String.raw`[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])(?=[ \t>]|$)|\[\^[^\]\s]{1,999}\]:)`
const DEEP_MARKERS = new RegExp(`^(?:${CONTAINER}){${MAX_NESTING + 1},}`, 'm')
// …or indented as deep as that many nested list items would be.
const DEEP_INDENT = new RegExp(`^[ \\t]{${4 * MAX_NESTING},}\\S`, 'm')

export interface TooDeep {
  /** offset in the text where the nesting passes MAX_NESTING */
  offset: number
  /** what nests, for messages */
  what: string
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c)

/**
 * Where emphasis delimiters (`*`, `_`) or link brackets nest deeper than MAX_NESTING within one
 * paragraph (blank lines end it), or -1. An opening run (followed by a non-space) is pushed, a
 * closing run (preceded by a non-space) closes what is open, and the nesting is the number of
 * delimiter characters open when one closes: `**a**` nests 2, `*a* *b*` 1, and openers that are
 * never closed (a stray `*`) none. One pass, linear in the text.
 */
function inlineDepth(text: string): number {
  const runs: number[] = []
  let open = 0
  let brackets = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === '\n') {
      let j = i + 1
      while (text[j] === ' ' || text[j] === '\t' || text[j] === '\r') j++
      if (j >= text.length || text[j] === '\n') {
        runs.length = 0
        open = 0
        brackets = 0
      }
      continue
    }
    if (c === '[') brackets++
    else if (c === ']' && brackets > 0) {
      if (brackets > MAX_NESTING) return i
      brackets--
    } else if (c === '*' || c === '_') {
      let j = i
      while (text[j] === c) j++
      const length = j - i
      const closes = !isSpace(text[i - 1]) && open > 0
      if (closes) {
        if (open > MAX_NESTING) return i
        let left = length
        while (left > 0 && runs.length > 0) {
          const top = runs.pop()!
          const used = Math.min(top, left)
          left -= used
          open -= used
          if (top > used) runs.push(top - used)
        }
      } else if (!isSpace(text[j])) {
        runs.push(length)
        open += length
      }
      i = j - 1
    }
  }
  return -1
}

/** Where `text` nests deeper than MAX_NESTING (containers or inline), or undefined. */
export function tooDeep(text: string): TooDeep | undefined {
  const found: TooDeep[] = []
  const a = DEEP_MARKERS.exec(text)
  if (a) found.push({ offset: a.index, what: 'lists, blockquotes or footnote definitions' })
  const b = DEEP_INDENT.exec(text)
  if (b) found.push({ offset: b.index, what: 'indented blocks' })
  const c = inlineDepth(text)
  if (c >= 0) found.push({ offset: c, what: 'emphasis or link brackets' })
  return found.sort((x, y) => x.offset - y.offset)[0]
}
