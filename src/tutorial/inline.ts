// Flattening phrasing content into plain text while remembering where each piece came from, so
// that a match in the text (a claim ID, a figure) can be mapped back to a line and column and
// so that matches inside inline code or image alt text can be told apart from prose.
import type { Point } from 'unist'
import type { Location } from '../model.js'

export interface Segment {
  start: number
  end: number
  /** the node value this segment holds */
  value: string
  /** start of the node in the source, when known */
  at?: Point
  /** false for inline code, image alt text and line breaks: never scanned for IDs or figures */
  scan: boolean
  /** offsets of the line breaks in `value` (computed when first needed) */
  breaks?: number[]
}

function lineBreaks(value: string): number[] {
  const out: number[] = []
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) out.push(i)
  return out
}

/** How many of the sorted `xs` are below `n`. */
function countBelow(xs: readonly number[], n: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid]! < n) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Plain text of one phrasing container (paragraph, heading, table cell). */
export class TextUnit {
  text = ''
  segments: Segment[] = []

  add(value: string, at: Point | undefined, scan: boolean): void {
    if (value === '') return
    const start = this.text.length
    this.text += value
    const seg: Segment = { start, end: this.text.length, value, scan }
    if (at) seg.at = at
    this.segments.push(seg)
  }

  /** Index of the last segment starting at or before `offset` (binary search), or -1. */
  private segmentAt(offset: number): number {
    let lo = 0
    let hi = this.segments.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.segments[mid]!.start <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  /** true when [start, end) lies only in scanned segments */
  scanned(start: number, end: number): boolean {
    for (let i = Math.max(0, this.segmentAt(start)); i < this.segments.length; i++) {
      const s = this.segments[i]!
      if (s.end <= start) continue
      if (s.start >= end) break
      if (!s.scan) return false
    }
    return true
  }

  /**
   * Source place of the text at `offset` (which spells `needle`). The offset is mapped through
   * its segment, then checked against the source line and corrected when escapes, entities or
   * container prefixes (`> `, list indentation) shifted it.
   */
  locate(offset: number, needle: string, file: string, lines: () => string[]): Location {
    // the last segment with a source place at or before the offset
    let i = this.segmentAt(offset)
    while (i >= 0 && !this.segments[i]!.at) i--
    const seg = i >= 0 ? this.segments[i] : undefined
    if (!seg?.at) return { file, line: 1, column: 1 }
    const rel = Math.min(offset - seg.start, seg.value.length)
    // line breaks before `rel` in the segment, by binary search over their offsets
    seg.breaks ??= lineBreaks(seg.value)
    const newlines = countBelow(seg.breaks, rel)
    const line = seg.at.line + newlines
    let column =
      newlines === 0
        ? seg.at.column + rel
        : rel - seg.breaks[newlines - 1]! /* 1-based in value line */
    const source = lines()[line - 1]
    if (
      source !== undefined &&
      needle !== '' &&
      source.substr(column - 1, needle.length) !== needle
    ) {
      column = nearest(source, needle, column - 1) ?? column
    }
    return { file, line, column }
  }
}

/** 1-based column of the occurrence of `needle` nearest to `guess` (the earlier one on a tie). */
function nearest(source: string, needle: string, guess: number): number | undefined {
  // only the closest occurrence on each side can be the nearest: no scan of the whole line
  const g = Math.max(0, guess)
  const before = source.lastIndexOf(needle, g)
  const after = source.indexOf(needle, g + 1)
  let best: number | undefined
  if (before !== -1) best = before
  if (after !== -1 && (best === undefined || after - g < g - best)) best = after
  return best === undefined ? undefined : best + 1
}
