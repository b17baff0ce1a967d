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

  /** true when [start, end) lies only in scanned segments */
  scanned(start: number, end: number): boolean {
    for (const s of this.segments) {
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
    let seg: Segment | undefined
    for (const s of this.segments) {
      if (s.at && s.start <= offset) seg = s
      if (s.start > offset) break
    }
    if (!seg?.at) return { file, line: 1, column: 1 }
    const rel = Math.min(offset - seg.start, seg.value.length)
    const before = seg.value.slice(0, rel)
    const newlines = before.split('\n').length - 1
    const line = seg.at.line + newlines
    let column =
      newlines === 0
        ? seg.at.column + rel
        : rel - before.lastIndexOf('\n') /* 1-based in value line */
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

function nearest(source: string, needle: string, guess: number): number | undefined {
  let best: number | undefined
  let from = source.indexOf(needle)
  while (from !== -1) {
    if (best === undefined || Math.abs(from - guess) < Math.abs(best - guess)) best = from
    from = source.indexOf(needle, from + 1)
  }
  return best === undefined ? undefined : best + 1
}
