// Cutting a big Markdown file into top-level heading sections that parse on their own. micromark's
// memory and time grow with the size of the document it holds in one piece (a 5 MB chapter parsed
// whole peaks above 1 GB); parsed a section at a time, only one section's parser state is alive
// at once. Used by the registry reader (src/claims/markdown.ts) and the tutorial reader
// (src/tutorial/index.ts).

/** One stretch of a file: its text, the line it starts at (1-based) and its offset in the file. */
export interface TextSection {
  text: string
  line: number
  offset: number
}

// Constructs whose meaning reaches across headings: HTML blocks (a heading line inside one is not a
// heading), link reference definitions (used anywhere in the document) and front matter. A file
// with any of them (or anything like them) is parsed whole.
const CROSSES_HEADINGS = /<!--|^ {0,3}<|\]:/m
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?$/
export const HEADING_LINE = /^#{1,6}(?:[ \t]|\r?$)/
// A code fence at the top level (indented at most three spaces): ``` or ~~~, three or more.
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g

/**
 * The file cut into stretches that each start at a heading line without indentation (the first
 * holds anything before the first one), or undefined when the file holds a construct that reaches
 * across headings. Heading lines inside a fenced code block are not cuts: a fence is open from its
 * opening line to a closing line of the same character, at least as long. A heading line closes
 * every other open block and nothing after it depends on what came before, so parsing the
 * stretches one by one gives the same top-level blocks as parsing the whole file.
 */
export function headingSections(text: string): TextSection[] | undefined {
  if (CROSSES_HEADINGS.test(text)) return undefined
  const out: TextSection[] = []
  let start = 0
  let startLine = 1
  let line = 0
  let fence: string | undefined
  LINE.lastIndex = 0
  for (;;) {
    const at = LINE.lastIndex
    const m = LINE.exec(text)
    if (!m || m[0] === '') break
    line++
    const content = m[0].replace(/\r?\n$|\r$/, '')
    if (line === 1 && FRONT_MATTER.test(content)) return undefined
    if (fence !== undefined) {
      const close = FENCE.exec(content)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) {
        if (/^[ \t]*$/.test(content.slice(close[0].length))) fence = undefined
      }
    } else {
      const open = FENCE.exec(content)
      if (open && !(open[1]![0] === '`' && content.slice(open[0].length).includes('`'))) {
        fence = open[1]
      } else if (line > 1 && HEADING_LINE.test(content)) {
        out.push({ text: text.slice(start, at), line: startLine, offset: start })
        start = at
        startLine = line
      }
    }
    if (LINE.lastIndex >= text.length) break
  }
  out.push({ text: text.slice(start), line: startLine, offset: start })
  return out
}
