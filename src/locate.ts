// Offsets in a text → 1-based line and column, shared by every module that reports positions
// found by searching text (the registry reader, the draft guard).
import type { Location } from './model.js'

/**
 * Offset of the first character of each line (index 0 = line 1). A line ends at `\n`, `\r\n`
 * or a lone `\r`, as Markdown (CommonMark) and YAML count lines: a file saved with old Mac line
 * endings is still reported at the right line.
 */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return starts
}

/** The text's lines without their endings (`\n`, `\r\n` or a lone `\r`), as `lineStarts` counts them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n/)
}

/** The location of `offset`, given the text's `lineStarts` (binary search). */
export function locate(starts: readonly number[], file: string, offset: number): Location {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return { file, line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 }
}
