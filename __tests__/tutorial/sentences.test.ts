import { describe, expect, it } from '@jest/globals'
import { splitSentences } from '../../src/tutorial/sentences.js'

const texts = (s: string) => splitSentences(s).map((x) => x.text)

describe('splitSentences', () => {
  it('splits on sentence ends and reports offsets', () => {
    const text = 'Start the broker. Then stop it! Why? Because.'
    const out = splitSentences(text)
    expect(out.map((s) => s.text)).toEqual([
      'Start the broker.',
      'Then stop it!',
      'Why?',
      'Because.'
    ])
    for (const s of out) expect(text.slice(s.index, s.index + s.text.length)).toBe(s.text)
  })

  it('does not break on e.g., i.e., vs., decimals or versions', () => {
    expect(
      texts(
        'Use a client, e.g. the Java one, i.e. v1.4.2 or later. Kafka vs. Tidepool reads 99.9% of data. Done.'
      )
    ).toEqual([
      'Use a client, e.g. the Java one, i.e. v1.4.2 or later.',
      'Kafka vs. Tidepool reads 99.9% of data.',
      'Done.'
    ])
  })

  it('keeps a closing parenthesis or bold mark with its sentence', () => {
    expect(texts('Brokers are stateless (see claim: KS-ARCH-001). Next one.')).toEqual([
      'Brokers are stateless (see claim: KS-ARCH-001).',
      'Next one.'
    ])
    expect(texts('It is **fast.** Really.')).toEqual(['It is **fast.**', 'Really.'])
  })

  it('breaks on blank lines and list or heading lines, not on list numbers', () => {
    expect(texts('First paragraph\n\nSecond one\n- an item\n1. numbered item\n## Heading')).toEqual(
      ['First paragraph', 'Second one', '- an item', '1. numbered item', '## Heading']
    )
  })

  it('joins a wrapped line into one sentence and breaks before a lower-case command', () => {
    expect(texts('Check that every component\nis healthy. tpctl talks to port 9470.')).toEqual([
      'Check that every component\nis healthy.',
      'tpctl talks to port 9470.'
    ])
  })

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([])
  })
})
