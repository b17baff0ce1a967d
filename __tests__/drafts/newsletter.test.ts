// The newsletter blurb: one channel added as one contract entry and one writer. A per-channel
// post (not in the combined draft), within its contract limits, guarded as its own channel.
import { describe, expect, it } from '@jest/globals'
import { channelById, documentSections, resolveChannels } from '../../src/channels/contract.js'
import { countWords } from '../../src/channels/measure.js'
import { draftFor, tidepool } from './load.js'

const url = { tutorialUrls: { '*': 'https://docs.example.com/{tutorial}' } }

describe('newsletter channel', () => {
  it('is in the contract as a per-channel post, not a section of the combined draft', () => {
    const c = channelById('newsletter')
    expect(c?.inCombinedDraft).toBe(false)
    expect(c?.fileName).toBe('newsletter-draft__{tutorial}.md')
    expect(documentSections().map((s) => s.id)).not.toContain('newsletter')
  })

  it('writes one paragraph within its word limits: problem, product, exercises, time, link', () => {
    const f = tidepool(url)
    const d = draftFor(f.tutorial, f.registry, f.config, { path: 'out/t.draft.md', strict: false })
    expect(d.markdown).not.toContain('## Newsletter Blurb')
    const post = d.posts.find((p) => p.channel === 'newsletter')
    expect(post?.path).toBe('out/newsletter-draft__tidepool-quickstart.md')
    const body = post?.markdown.split('## Newsletter Blurb\n\n')[1] ?? ''
    const words = countWords(body)
    const limit = channelById('newsletter')?.limits.words
    expect(words).toBeGreaterThanOrEqual(limit?.min ?? 0)
    expect(words).toBeLessThanOrEqual(limit?.max ?? 0)
    expect(body).toContain('Tidepool')
    expect(body).toContain('30 minutes (core path)')
    expect(body).toContain('https://docs.example.com/tidepool-quickstart')
    expect(post?.diagnostics).toEqual([])
  })

  it('reads its limits from the config’s contract, and says so when it cannot meet them', () => {
    const channels = resolveChannels({ newsletter: { words: [200, 300] } })
    const f = tidepool({ ...url, channels })
    const d = draftFor(f.tutorial, f.registry, f.config, { path: 'out/t.draft.md', strict: false })
    const post = d.posts.find((p) => p.channel === 'newsletter')
    expect(post?.diagnostics.map((x) => x.rule)).toEqual(['draft/length'])
    expect(d.openQuestions).toContainEqual(
      expect.objectContaining({ channel: 'Newsletter', kind: 'limits' })
    )
  })
})
