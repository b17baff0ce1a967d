import { describe, expect, it } from '@jest/globals'
import { formatMinutes, parseTimeEstimate } from '../../src/tutorial/time.js'

describe('parseTimeEstimate', () => {
  it.each([
    ['15-20 minutes', 15, 20, '15-20 minutes'],
    ['15–20 min', 15, 20, '15–20 min'],
    ['1 hour', 60, 60, '1 hour'],
    ['1-2 hours', 60, 120, '1-2 hours'],
    ['90 minutes', 90, 90, '90 minutes'],
    ['~10 min', 10, 10, '10 min'],
    ['45 to 60 minutes', 45, 60, '45 to 60 minutes'],
    ['about 1.5 hours', 90, 90, '1.5 hours'],
    ['45 min to 1 hour', 45, 60, '45 min to 1 hour'],
    ['1 hour 30 minutes', 90, 90, '1 hour 30 minutes'],
    ['30 minutes (core path 45-60)', 30, 30, '30 minutes'],
    ['20–15 mins', 15, 20, '20–15 mins']
  ])('%s', (text, min, max, written) => {
    expect(parseTimeEstimate(text)).toEqual({ text: written, minMinutes: min, maxMinutes: max })
  })

  it.each(['soon', 'core path 45-60', 'version 1.2', 'Step 3 of 4', ''])(
    'finds nothing in %p',
    (text) => {
      expect(parseTimeEstimate(text)).toBeUndefined()
    }
  )
})

describe('formatMinutes', () => {
  const f = (lo: number, hi: number) => formatMinutes({ text: '', minMinutes: lo, maxMinutes: hi })
  it.each([
    [15, 20, '15–20 minutes'],
    [45, 60, '45–60 minutes'],
    [10, 10, '10 minutes'],
    [1, 1, '1 minute'],
    [60, 60, '1 hour'],
    [60, 120, '1–2 hours'],
    [120, 120, '2 hours'],
    [90, 90, '90 minutes'],
    [150, 180, '2.5–3 hours'],
    [115, 180, '115–180 minutes']
  ])('%i–%i → %s', (lo, hi, text) => {
    expect(f(lo, hi)).toBe(text)
  })

  it('round-trips what it formats', () => {
    for (const [lo, hi] of [
      [5, 10],
      [60, 180],
      [30, 30],
      [240, 270]
    ] as const) {
      const back = parseTimeEstimate(f(lo, hi))
      expect([back?.minMinutes, back?.maxMinutes]).toEqual([lo, hi])
    }
  })
})
