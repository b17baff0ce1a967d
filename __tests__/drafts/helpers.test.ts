// The small pure helpers: citation normalising, escaping, word fitting, URLs, derived labels.
import { describe, expect, it } from '@jest/globals'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { claimIdRegExp, defaultConfig } from '../../src/config/types.js'
import type { Claim, Tutorial } from '../../src/model.js'
import { normaliseCitations, type ClaimLookup } from '../../src/facts/sentences.js'
import { renderCited } from '../../src/drafts/render-fact.js'
import { countTreeWords, inlineMd, paragraph, strong, toMd } from '../../src/drafts/mdast.js'

const renderSentence = (s: { text: string; claims: string[]; inline: string[] }): string =>
  inlineMd(renderCited(s.text, [...s.claims, ...s.inline]))
import { countWords } from '../../src/drafts/words.js'
import { fitWords } from '../../src/drafts/fit.js'
import { tutorialUrl } from '../../src/drafts/context.js'
import { derivedLabel, derivedStatement } from '../../src/channels/derived-text.js'

const claim = (id: string): Claim => ({
  id,
  claim: 'x',
  status: 'verified',
  evidence: [],
  implications: [],
  limitations: [],
  category: 'architecture',
  file: 'c.md',
  line: 1,
  column: 1
})

const lookup: ClaimLookup = {
  claimId: () => claimIdRegExp(defaultConfig().claimIdPattern),
  citable: new Map([
    ['KS-ARCH-001', claim('KS-ARCH-001')],
    ['KS-LIMIT-001', claim('KS-LIMIT-001')]
  ])
}

describe('normaliseCitations / renderSentence', () => {
  it('moves a citation parenthetical to `(claim: **ID**)` before the full stop', () => {
    const n = normaliseCitations('Brokers are stateless (see claim: KS-ARCH-001).', lookup)
    expect(n).toEqual({ text: 'Brokers are stateless.', claims: ['KS-ARCH-001'], inline: [] })
    expect(renderSentence(n!)).toBe('Brokers are stateless (claim: **KS-ARCH-001**).')
  })

  it('handles `: ID` tails and bare IDs in the text', () => {
    const n = normaliseCitations('Check the matrix first: KS-LIMIT-001.', lookup)
    expect(n?.text).toBe('Check the matrix first.')
    expect(n?.claims).toEqual(['KS-LIMIT-001'])
    const bare = normaliseCitations('As KS-ARCH-001 says, brokers hold no data.', lookup)
    expect(bare?.inline).toEqual(['KS-ARCH-001'])
    expect(renderSentence(bare!)).toBe('As **KS-ARCH-001** says, brokers hold no data.')
  })

  it('refuses sentences citing unknown or deprecated (non-citable) claims', () => {
    expect(normaliseCitations('Retries stop after five tries (KS-OLD-001).', lookup)).toBe(
      undefined
    )
  })
})

describe('draft Markdown from trees / countWords', () => {
  it('writes tutorial text so that it reads back as the same text', () => {
    const text = 'a *b* [c] <d> `e` snake_case _x_ 1. #tag'
    const written = toMd([paragraph(text)])
    expect(written).not.toContain('<d')
    expect(written).not.toContain('*b*')
    const back = unified().use(remarkParse).use(remarkGfm).parse(written)
    expect(toString(back)).toBe(text)
  })

  it('counts visible words only, the same on the tree as in the written Markdown', () => {
    expect(countWords('**Hello** [world](https://example.com) — `code` #tag')).toBe(4)
    const tree = [paragraph(strong('Claim'), ': one two (claim: ', strong('KS-ARCH-001'), ').')]
    expect(countTreeWords(tree)).toBe(5)
    expect(countWords(toMd(tree))).toBe(5)
  })
})

describe('fitWords', () => {
  const sentence = (n: number): string => `${Array(n).fill('word').join(' ')}.`
  const render =
    (core: string[]) =>
    (pads: readonly string[], drops: number): string =>
      [...core.slice(drops), ...pads].join(' ')

  it('pads with whole sentences up to the band and skips ones that would overshoot', () => {
    const out = fitWords(render([sentence(50)]), [sentence(130), sentence(40), sentence(30)], 0, {
      min: 120,
      max: 180
    })
    expect(countWords(out)).toBe(120)
    expect(
      out
        .split('.')
        .filter((s) => s.trim())
        .map((s) => s.trim().split(' ').length)
    ).toEqual([50, 40, 30])
  })

  it('drops whole optional parts when too long', () => {
    const out = fitWords(render([sentence(100), sentence(100)]), [], 1, { min: 120, max: 180 })
    expect(countWords(out)).toBe(100)
    expect(out.endsWith('.')).toBe(true)
  })
})

describe('tutorialUrl', () => {
  const t = { name: 'lab-one' } as Tutorial
  it('prefers the tutorial entry, falls back to `*` with {tutorial} replaced', () => {
    const c = defaultConfig()
    expect(tutorialUrl(t, c)).toBeUndefined()
    c.tutorialUrls = { '*': 'https://x.example/{tutorial}/start' }
    expect(tutorialUrl(t, c)).toBe('https://x.example/lab-one/start')
    c.tutorialUrls['lab-one'] = 'https://y.example/'
    expect(tutorialUrl(t, c)).toBe('https://y.example/')
  })
})

describe('derived labels', () => {
  it('puts the value after its label', () => {
    expect(derivedStatement('hands-on', '35–50 minutes')).toBe(
      `${derivedLabel('hands-on')}: 35–50 minutes`
    )
    expect(derivedLabel('hands-on')).toMatch(/^Estimated hands-on time/)
    expect(derivedLabel('reading')).toMatch(/^Estimated reading time/)
  })
})
