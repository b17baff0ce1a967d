// Time estimates such as `15-20 minutes`, `1 hour`, `~10 min` or `45 to 60 minutes`.
import type { TimeEstimate } from '../model.js'

const NUM = String.raw`\d+(?:\.\d+)?`
const UNIT = String.raw`(?:minutes?|mins?|m|hours?|hrs?|h)`
const SEP = String.raw`\s*(?:-|–|—|to)\s*`
// `1 hour 30 minutes`, `1h30m`, `1 hour and 15 minutes`
const COMPOUND = new RegExp(
  String.raw`(?<![\w.])(${NUM})\s*(?:hours?|hrs?|h)\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)(?![\w])`,
  'i'
)
// `15-20 minutes`, `45 min to 1 hour`, `90 minutes`
const SIMPLE = new RegExp(
  String.raw`(?<![\w.])(${NUM})\s*(${UNIT})?(?:${SEP}(${NUM}))?\s*(${UNIT})(?![\w])`,
  'i'
)

function minutesPer(unit: string): number {
  return /^h/i.test(unit) ? 60 : 1
}

/** Finds the first time estimate in `text` (hours are converted to minutes). */
export function parseTimeEstimate(text: string): TimeEstimate | undefined {
  const compound = COMPOUND.exec(text)
  const simple = SIMPLE.exec(text)
  if (compound && (!simple || compound.index <= simple.index)) {
    const minutes = Math.round(Number(compound[1]) * 60 + Number(compound[2]))
    return { text: compound[0], minMinutes: minutes, maxMinutes: minutes }
  }
  if (!simple) return undefined
  const [whole, a, unitA, b, unitB] = simple
  const last = minutesPer(unitB ?? 'min')
  // with a range, the first number takes its own unit when given (`45 min to 1 hour`), else the last
  const first = b !== undefined && unitA ? minutesPer(unitA) : last
  const lo = Math.round(Number(a) * first)
  const hi = b === undefined ? lo : Math.round(Number(b) * last)
  return {
    text: whole,
    minMinutes: Math.min(lo, hi),
    maxMinutes: Math.max(lo, hi)
  }
}

function hoursText(minutes: number): string {
  const h = minutes / 60
  return Number.isInteger(h) ? String(h) : h.toFixed(1).replace(/\.0$/, '')
}

/** Formats an estimate deterministically: `15–20 minutes`, `1 hour`, `1–2 hours`, `90 minutes`. */
export function formatMinutes(e: TimeEstimate): string {
  const { minMinutes: lo, maxMinutes: hi } = e
  const inHours =
    lo >= 60 && ((lo % 60 === 0 && hi % 60 === 0) || (lo >= 120 && lo % 30 === 0 && hi % 30 === 0))
  if (inHours) {
    const unit = lo === 60 && hi === 60 ? 'hour' : 'hours'
    return lo === hi ? `${hoursText(lo)} ${unit}` : `${hoursText(lo)}–${hoursText(hi)} ${unit}`
  }
  const unit = lo === 1 && hi === 1 ? 'minute' : 'minutes'
  return lo === hi ? `${lo} ${unit}` : `${lo}–${hi} ${unit}`
}
