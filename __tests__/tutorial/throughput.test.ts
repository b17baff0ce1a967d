import { describe, expect, it } from '@jest/globals'
import { findFigures } from '../../src/tutorial/figures.js'

describe('throughput figures with any plural noun', () => {
  it.each([
    ['sustains 250,000 samples per second', '250,000 samples per second'],
    ['relays 1,200 webhooks per second', '1,200 webhooks per second'],
    ['about 3 million points/s at peak', '3 million points/s'],
    ['600 spans per minute', '600 spans per minute']
  ])('%s', (text, figure) => {
    expect(findFigures(text)).toEqual([
      expect.objectContaining({ text: figure, kind: 'throughput' })
    ])
  })

  it('still reads a plural noun without a rate as a count', () => {
    expect(findFigures('send 25 samples to it')).toEqual([
      expect.objectContaining({ text: '25 samples', kind: 'count' })
    ])
  })
})
