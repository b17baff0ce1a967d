import { describe, expect, it } from '@jest/globals'
import { selectAnnotations } from '../../src/report/annotations.js'
import { exerciseFlowchart, mermaidLabel } from '../../src/report/mermaid.js'
import { diag, exercise, tutorial } from './fixtures.js'

describe('selectAnnotations', () => {
  const many = [
    ...Array.from({ length: 15 }, (_, i) => diag('info', 'z.md', i + 1, `info ${i}`)),
    ...Array.from({ length: 12 }, (_, i) => diag('warning', 'b.md', i + 1, `warning ${i}`)),
    ...Array.from({ length: 3 }, (_, i) =>
      diag('error', 'c.md', 3 - i, `error ${i}`, 'claim/unknown', `KS-X-00${i}`)
    )
  ]

  it('puts the worst first and keeps within the per-level caps', () => {
    const { annotations, omitted } = selectAnnotations(many)
    expect(annotations.map((a) => a.level)).toEqual([
      ...Array<string>(3).fill('error'),
      ...Array<string>(10).fill('warning'),
      ...Array<string>(10).fill('notice')
    ])
    expect(omitted).toBe(2 + 5)
    expect(annotations[0]).toEqual({
      level: 'error',
      message: 'error 2',
      file: 'c.md',
      startLine: 1,
      startColumn: 3,
      title: 'claim/unknown (KS-X-002)'
    })
    expect(annotations[3]?.title).toBe('claim/draft')
  })

  it('honours custom caps and clamps positions to 1', () => {
    const { annotations, omitted } = selectAnnotations(
      [...many, { ...diag('error', 'x.md', 0, 'file-level'), column: 0 }],
      { error: 2, warning: 0, notice: 1 }
    )
    expect(annotations.map((a) => a.level)).toEqual(['error', 'error', 'notice'])
    expect(omitted).toBe(many.length + 1 - 3)
    expect(
      selectAnnotations([{ ...diag('error', 'x.md', 0, 'f'), column: 0 }]).annotations[0]
    ).toMatchObject({
      startLine: 1,
      startColumn: 1
    })
  })
})

describe('exerciseFlowchart', () => {
  it('is empty without exercises', () => {
    expect(exerciseFlowchart(tutorial('t'))).toBe('')
  })

  it('chains the exercises in order with titles and times', () => {
    const t = tutorial('t', {
      exercises: [
        exercise('E10', 'Java client demo', '5-10 minutes'),
        exercise('E20', 'Spring Boot', '15-20 minutes'),
        exercise('E30', 'Flink')
      ]
    })
    expect(exerciseFlowchart(t)).toBe(
      [
        '```mermaid',
        'flowchart LR',
        '  ex1_E10["E10: Java client demo · 5-10 minutes"]',
        '  ex2_E20["E20: Spring Boot · 15-20 minutes"]',
        '  ex3_E30["E30: Flink"]',
        '  ex1_E10 --> ex2_E20 --> ex3_E30',
        '```'
      ].join('\n')
    )
  })

  it('escapes quotes, brackets and fences in IDs and labels', () => {
    const t = tutorial('t', {
      exercises: [
        exercise('Lab "1"]', 'Say "hi" [now] ```\n<!-- x --> @me; #quot;', '1 hour'),
        exercise('end', 'x')
      ]
    })
    const out = exerciseFlowchart(t)
    const lines = out.split('\n')
    expect(lines).toHaveLength(6)
    expect(lines[2]).toMatch(/^ {2}ex1_Lab_1\["[^"[\]`<>@\n]*"\]$/)
    expect(lines[3]).toBe('  ex2_end["end: x"]')
    expect(out).not.toContain('<!--')
    expect(mermaidLabel('a "b" [c] #d')).toBe('a #34;b#34; #91;c#93; #35;d')
  })
})
