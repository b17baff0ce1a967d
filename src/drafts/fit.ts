// Holding a word budget by construction: drop whole optional parts when too long, add whole
// padding sentences when too short. Nothing is ever cut mid-sentence.
import type { RootContent } from 'mdast'
import { countTreeWords } from './mdast.js'
import { countWords } from './words.js'

export interface WordBand {
  min: number
  max: number
}

/** Aim inside the band with a margin, so other word counters agree with ours. */
export function softBand(band: WordBand, margin = 10): WordBand {
  const span = band.max - band.min
  const m = Math.min(margin, Math.floor(span / 4))
  return { min: band.min + m, max: band.max - m }
}

/** A layout's words as a reader sees them: Markdown text parsed, a tree counted as it stands. */
function wordsOf(x: string | readonly RootContent[]): { low: number; high: number } {
  const n = typeof x === 'string' ? countWords(x) : countTreeWords(x)
  return { low: n, high: n }
}

/**
 * Renders a section within a word band. `render(pads, drops)` lays out the section (Markdown, or
 * its tree) with the chosen padding items and with its first `drops` droppable parts left out (the
 * section decides which parts go first). Padding is taken from `pool` in order, skipping items
 * that would overshoot. `measure` gives the count held against the floor and the count held
 * against the ceiling (they differ when some lines, such as a talk's metadata, may or may not be
 * counted).
 */
export function fitWords<P, T extends string | readonly RootContent[] = string>(
  render: (pads: readonly P[], drops: number) => T,
  pool: readonly P[],
  maxDrops: number,
  band: WordBand,
  measure: (layout: T) => { low: number; high: number } = wordsOf
): T {
  const soft = softBand(band)
  const pads: P[] = []
  let drops = 0
  let layout = render(pads, drops)
  while (measure(layout).high > soft.max && drops < maxDrops) {
    drops++
    layout = render(pads, drops)
  }
  for (const [floor, ceiling] of [
    [soft.min, soft.max],
    [band.min, band.max]
  ] as const) {
    for (const p of pool) {
      if (measure(layout).low >= floor) break
      if (pads.includes(p)) continue
      const next = render([...pads, p], drops)
      if (measure(next).high <= ceiling) {
        pads.push(p)
        layout = next
      }
    }
  }
  return layout
}

/**
 * For a render that may leave out optional parts to get shorter: returns `keep(part)`, which drops
 * the first `drops` parts it is given (in call order, skipping absent ones) and passes the rest.
 */
export function dropFirst(drops: number): <T>(part: T | undefined) => T | undefined {
  let left = drops
  return <T>(part: T | undefined): T | undefined => {
    if (part === undefined) return undefined
    if (left > 0) {
      left--
      return undefined
    }
    return part
  }
}
