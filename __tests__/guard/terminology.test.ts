import { describe, expect, it } from '@jest/globals'
import { terminology } from '../../src/guard/rules/terminology.js'
import { block, glossary, run, tutorial, where } from './helpers.js'

const tut = tutorial({
  blocks: [
    block('Tidepool runs stateless query nodes next to KafScale and builds a rollup per block.'),
    block('Query node', 'heading', 9)
  ],
  glossary: [glossary('Query node', 40), glossary('KafScale', 41), glossary('rollup', 42)]
})

describe('terminology/inconsistent', () => {
  it("accepts the glossary spelling, the tutorial's own, plurals, sentence starts and title-case headings", () => {
    const text = [
      '## Core Story Summary',
      '',
      '### Scaling Query Nodes',
      '',
      'Query nodes are stateless. Each query node reads blocks; KafScale and rollups too.',
      '',
      '- Rollup: a pre-aggregated copy.',
      '- **Key term**: Query node.'
    ].join('\n')
    expect(run(terminology, text, tut)).toEqual([])
  })

  it('flags case, hyphenation and spacing variants, naming the glossary entry', () => {
    const text = [
      '## LinkedIn Draft',
      '',
      'Add a Query Node, then a query-node,',
      'then two querynodes on Kafscale with a roll-up.'
    ].join('\n')
    const out = run(terminology, text, tut)
    const at = (n: string) => {
      const w = where(text, n)
      return [w.line, w.column]
    }
    expect(out.map((d) => [d.line, d.column]).sort()).toEqual(
      [at('Query Node'), at('query-node'), at('querynodes'), at('Kafscale'), at('roll-up')].sort()
    )
    expect(out.every((d) => d.rule === 'terminology/inconsistent')).toBe(true)
    const first = out.find(
      (d) => d.line === at('Query Node')[0] && d.column === at('Query Node')[1]
    )
    expect(first?.message).toContain('"Query Node"')
    expect(first?.message).toContain('tut/README.md:40')
  })
})
