// Figures derived from a tutorial, shared by the draft generator and the draft guard so that both
// compute them the same way.
import type { Exercise, TimeEstimate, Tutorial } from '../model.js'
import { formatMinutes } from './time.js'

const WPM = 200
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’._-]*/gu

/**
 * Sum of the required exercises' time estimates (optional ones left out: a total that adds them
 * is not the tutorial's); undefined when no required exercise states one. Prefer `t.time`, the
 * total the tutorial states itself, where there is one.
 */
export function totalHandsOnTime(t: Tutorial): TimeEstimate | undefined {
  let min = 0
  let max = 0
  let any = false
  for (const e of t.exercises) {
    if (!e.estimatedTime || e.optional) continue
    any = true
    min += e.estimatedTime.minMinutes
    max += e.estimatedTime.maxMinutes
  }
  if (!any) return undefined
  const total = { text: '', minMinutes: min, maxMinutes: max }
  total.text = formatMinutes(total)
  return total
}

/** Reading time of all chapters' prose (code blocks excluded) at 200 words a minute, rounded up. */
export function readingTimeMinutes(t: Tutorial): number {
  let words = 0
  for (const c of t.chapters) {
    for (const b of c.blocks) {
      if (b.kind === 'code') continue
      words += b.text.match(WORD)?.length ?? 0
    }
  }
  return Math.ceil(words / WPM)
}

/** An exercise's title as drafts show it: `Alert on ingest lag (optional)` for an optional one. */
export function exerciseTitle(e: Exercise): string {
  const title = e.title.trim()
  if (!e.optional) return title
  return title === '' ? '(optional)' : `${title} (optional)`
}
