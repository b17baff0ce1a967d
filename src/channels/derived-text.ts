// The wording of derived figures (values we compute rather than quote). The draft guard
// recognises exactly these labels, so they live in one place and the guard imports them.
import type { TimeEstimate, Tutorial } from '../model.js'
import { readingTimeMinutes, totalHandsOnTime } from '../tutorial/derived.js'
import { formatMinutes } from '../tutorial/time.js'

export type DerivedKind = 'hands-on' | 'reading'

export const DERIVED_LABELS: Readonly<Record<DerivedKind, string>> = {
  'hands-on': 'Estimated hands-on time (sum of the exercise estimates)',
  reading: 'Estimated reading time (from the word count)'
}

/** The label that introduces a derived value, e.g. `Estimated hands-on time (sum of the exercise estimates)`. */
export function derivedLabel(kind: DerivedKind): string {
  return DERIVED_LABELS[kind]
}

/** `<label>: <value>`, the only form in which a derived value appears in a draft. */
export function derivedStatement(kind: DerivedKind, value: string): string {
  return `${derivedLabel(kind)}: ${value}`
}

/** The derived values of a tutorial, formatted; absent when the tutorial gives nothing to derive from. */
export interface DerivedValues {
  handsOn?: string
  reading?: string
}

export function derivedValues(t: Tutorial): DerivedValues {
  const out: DerivedValues = {}
  const handsOn = totalHandsOnTime(t)
  if (handsOn) out.handsOn = formatMinutes(handsOn)
  const minutes = readingTimeMinutes(t)
  if (Number.isFinite(minutes) && minutes > 0) {
    const estimate: TimeEstimate = {
      text: `${minutes} minutes`,
      minMinutes: minutes,
      maxMinutes: minutes
    }
    out.reading = formatMinutes(estimate)
  }
  return out
}
