import { describe, expect, it } from '@jest/globals'
import schema from '../../tutorial-amplifier.schema.json' with { type: 'json' }
import {
  CHANNELS,
  FORBIDDEN_ELEMENTS,
  REQUIRED_ELEMENTS,
  channelFileName,
  channelOfName,
  describeLimits,
  documentSections,
  resolveChannels
} from '../../src/channels/contract.js'
import { parseConfig } from '../../src/config/parse.js'
import { guardDraft } from '../../src/guard/index.js'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import type { Registry } from '../../src/model.js'
import { tutorial } from '../guard/helpers.js'

describe('channel contract', () => {
  it('names the combined draft sections in contract order', () => {
    expect(documentSections().map((s) => s.heading)).toEqual([
      'Core Story Summary',
      'LinkedIn Draft',
      'Medium / Blog Outline',
      'GitHub README Snippet',
      'Talk Abstract',
      'Open Questions / Clarifications Needed',
      'Amplification Checklist'
    ])
  })

  it.each([
    ['linkedin-draft__101_getting-started.md', 'linkedin'],
    ['2026-01-04__blog-draft__kafka-101.md', 'blog-outline'],
    ['talk-abstract__wavelet.md', 'talk-abstract'],
    ['Talk_Abstract-wavelet.md', 'talk-abstract'],
    ['readme-snippet__x.md', 'readme-snippet'],
    ['# LinkedIn post', 'linkedin']
  ])('finds the channel of %s', (name, id) => {
    expect(channelOfName(name)?.id).toBe(id)
  })

  it.each([
    '2026-01-04__101_getting-started__draft.md',
    'linkedinish-notes.md',
    'tidepool-quickstart.draft.md'
  ])('finds no channel in %s', (name) => {
    expect(channelOfName(name)).toBeUndefined()
  })

  it('names per-channel files after the tutorial', () => {
    const linkedin = CHANNELS.find((c) => c.id === 'linkedin')!
    expect(channelFileName(linkedin, 'wavelet')).toBe('linkedin-draft__wavelet.md')
  })

  it('applies overrides without touching the built-in contract', () => {
    const resolved = resolveChannels({
      linkedin: { words: [120, 220], required: ['hook'] },
      'talk-abstract': { words: { max: 200 } }
    })
    const li = resolved.find((c) => c.id === 'linkedin')!
    expect(li.limits.words).toEqual({ min: 120, max: 220 })
    expect(li.required).toEqual(['hook'])
    expect(resolved.find((c) => c.id === 'talk-abstract')!.limits.words).toEqual({
      min: 120,
      max: 200
    })
    expect(CHANNELS.find((c) => c.id === 'linkedin')!.limits.words).toEqual({ min: 120, max: 180 })
    expect(describeLimits(li.limits)).toEqual(['120–220 words'])
  })

  it('keeps the config schema in step with the contract vocabulary', () => {
    const channel = (
      schema as unknown as {
        properties: {
          channels: {
            additionalProperties: {
              properties: {
                required: { items: { enum: string[] } }
                forbidden: { items: { enum: string[] } }
              }
            }
          }
        }
      }
    ).properties.channels.additionalProperties.properties
    expect(channel.required.items.enum).toEqual([...REQUIRED_ELEMENTS])
    expect(channel.forbidden.items.enum).toEqual([...FORBIDDEN_ELEMENTS])
  })
})

describe('channel overrides in the config', () => {
  it('reads channels.linkedin.words and refuses unknown channels and inverted ranges with a line', () => {
    const c = parseConfig('channels:\n  linkedin:\n    words: [100, 250]\n', 'cfg.yml')
    expect(c.channels.find((x) => x.id === 'linkedin')!.limits.words).toEqual({
      min: 100,
      max: 250
    })
    expect(() =>
      parseConfig('tutorials: []\nchannels:\n  tiktok:\n    words: [1, 2]\n', 'cfg.yml')
    ).toThrow(/unknown channel "tiktok"/)
    try {
      parseConfig('channels:\n  linkedin:\n    words: [300, 100]\n', 'cfg.yml')
      throw new Error('not refused')
    } catch (e) {
      expect(String((e as Error).message)).toMatch(/minimum \(300\) above its maximum \(100\)/)
      expect((e as { where?: string }).where ?? String(e)).toMatch(/cfg\.yml:3/)
    }
  })

  it('lets the guard judge a LinkedIn section by the overridden limits', () => {
    const t = tutorial()
    const registry: Registry = { claims: [], files: [], diagnostics: [] }
    const post = Array.from({ length: 200 }, (_, i) => `word${i % 7 === 0 ? '' : 's'}`).join(' ')
    const text = `## LinkedIn Draft\n\n${post}\n`
    const opts = { claimId: claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN), strict: false }
    const lengthOf = (channels = CHANNELS) =>
      guardDraft({ path: 'd.md', text }, t, registry, { ...opts, channels }).filter(
        (d) => d.rule === 'draft/length'
      )
    expect(lengthOf()).toHaveLength(1)
    expect(lengthOf()[0]!.message).toMatch(/200 words \(limit 120–180\)/)
    expect(lengthOf(resolveChannels({ linkedin: { words: [120, 220] } }))).toHaveLength(0)
  })
})
