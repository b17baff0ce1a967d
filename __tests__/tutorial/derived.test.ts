import { describe, expect, it } from '@jest/globals'
import { readingTimeMinutes, totalHandsOnTime } from '../../src/tutorial/derived.js'
import { fromText, readFixture } from './helpers.js'

describe('totalHandsOnTime', () => {
  it("sums the required exercises' estimates (min with min, max with max), optional ones left out", () => {
    const t = readFixture('lanternfish')
    expect(t.exercises.filter((e) => e.optional).map((e) => e.id)).toEqual(['Challenge 1'])
    const expected = t.exercises
      .filter((e) => !e.optional)
      .reduce(
        (acc, e) => [
          acc[0]! + (e.estimatedTime?.minMinutes ?? 0),
          acc[1]! + (e.estimatedTime?.maxMinutes ?? 0)
        ],
        [0, 0]
      )
    // 15-20 + 10 + 60-120 + 5 (the optional Challenge 1's 25 minutes left out)
    expect(expected).toEqual([90, 155])
    expect(totalHandsOnTime(t)).toEqual({
      text: '90–155 minutes',
      minMinutes: 90,
      maxMinutes: 155
    })
  })

  it('formats whole hours as hours', () => {
    const t = fromText({
      'README.md':
        '# T\n\n## E10\n\n**Estimated time**: 30 min\n\n## E20\n\n**Estimated time**: 30-90 min\n'
    })
    expect(totalHandsOnTime(t)).toEqual({ text: '1–2 hours', minMinutes: 60, maxMinutes: 120 })
  })

  it('is undefined when no exercise has an estimate', () => {
    expect(
      totalHandsOnTime(fromText({ 'README.md': '# T\n\n## Lab 1\n\nDo it.\n' }))
    ).toBeUndefined()
  })
})

describe('readingTimeMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

  it('counts prose words of every chapter at 200 per minute, rounded up', () => {
    const t = fromText({ 'README.md': `# Title\n\n${words(199)}\n`, '01-a.md': `${words(200)}\n` })
    // 1 heading word + 199 + 200 = 400 words
    expect(readingTimeMinutes(t)).toBe(2)
    const u = fromText({ 'README.md': `# Title\n\n${words(200)}\n` })
    expect(readingTimeMinutes(u)).toBe(2)
  })

  it('leaves code blocks out', () => {
    const code = '```\n' + words(1000) + '\n```\n\n    ' + words(500) + '\n'
    const t = fromText({ 'README.md': `${words(100)}\n\n${code}` })
    expect(readingTimeMinutes(t)).toBe(1)
  })

  it('is 0 for a tutorial without prose', () => {
    expect(readingTimeMinutes(fromText({ 'README.md': '```\ncode only\n```\n' }))).toBe(0)
  })
})
