// The X / Twitter channel: its contract entry and names, how a thread's posts are read from
// Markdown and measured as X counts characters, the deterministic writer's thread (every post
// under the limit, whole sentences only), config overrides, and what the model writer is told.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  channelById,
  channelOfName,
  describeLimits,
  documentSections,
  resolveChannels
} from '../../src/channels/contract.js'
import { postChars, threadPostsOf, xTextLength, X_LINK_CHARS } from '../../src/channels/measure.js'
import { parseConfig } from '../../src/config/parse.js'
import { parseDraftDocument } from '../../src/guard/document.js'
import { contractText } from '../../src/llm/prompt.js'
import { draftFor, tidepool } from './load.js'

const url = { tutorialUrls: { '*': 'https://docs.example.com/{tutorial}' } }

describe('the X / Twitter channel in the contract', () => {
  it('is a per-channel post of 2–6 posts, at most 280 characters each', () => {
    const c = channelById('x-thread')
    expect(c?.inCombinedDraft).toBe(false)
    expect(c?.fileName).toBe('x-thread-draft__{tutorial}.md')
    expect(c?.limits).toEqual({ posts: { min: 2, max: 6 }, chars: { min: 1, max: 280 } })
    expect(documentSections().map((s) => s.id)).not.toContain('x-thread')
    expect(describeLimits(c!.limits)).toEqual(['at most 280 characters per post', '2–6 posts'])
  })

  it.each([
    'x-thread-draft__101_getting-started.md',
    '2026-02-01__101_getting-started__twitter.md',
    'tweet-thread__kafka.md',
    'Tweets - kafka.md',
    'x-post__kafka.md',
    '# Thread: one folder, two laptops'
  ])('reads %s as the X channel', (name) => {
    expect(channelOfName(name)?.id).toBe('x-thread')
  })

  it.each([
    'x-ray-lab-draft.md',
    'chapter-x.md',
    'threads-and-locks.md',
    'linkedin-thread__kafka.md',
    '# Appendix X'
  ])('does not read %s as the X channel', (name) => {
    expect(channelOfName(name)?.id).not.toBe('x-thread')
  })

  it('leaves another network’s thread to content checks (mastodon, bluesky, threads)', () => {
    for (const net of ['mastodon-thread', 'bluesky-thread', 'threads-post']) {
      const doc = parseDraftDocument(
        { path: `drafts/${net}__kafka-101.md`, text: '# Thread\n\nHello.\n' },
        { detect: true, tutorial: 'kafka-101' }
      )
      expect(doc.channel).toBeUndefined()
      expect(doc.channelWord).toBeDefined()
    }
  })
})

describe('a thread’s posts, as X counts them', () => {
  it('counts one per Latin letter, two per CJK character or emoji, 23 per link', () => {
    expect(xTextLength('hello')).toBe(5)
    expect(xTextLength('café')).toBe(4)
    expect(xTextLength('日本')).toBe(4)
    expect(xTextLength('👋🏽')).toBe(2)
    expect(xTextLength('🇫🇷')).toBe(2)
    // plain ASCII is counted without segmenting; the same text with one non-ASCII letter added
    // goes the long way and must agree
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }),
        (s) => {
          expect(xTextLength(s)).toBe(s.length)
          expect(xTextLength(`${s}é`)).toBe(s.length + 1)
        }
      )
    )
    expect(X_LINK_CHARS).toBe(23)
    expect(postChars('Read: https://example.com/a/very/long/path/that/x/shortens/anyway')).toBe(
      6 + 23
    )
    // a Markdown link shows its text; X needs the URL pasted after it
    expect(postChars('Read [the guide](https://example.com/g).')).toBe(
      'Read the guide '.length + 23 + 1
    )
    // markup and images are not posted
    expect(postChars('**Bold** and `code` ![a diagram](d.png)')).toBe('Bold and code '.length)
  })

  const shapes: [string, string, number[]][] = [
    ['counters', '1/3 One.\n\n2/3 Two.\n\n3/3 Three.\n', [1, 3, 5]],
    ['counters without a total', '1/ One.\n\n2/ Two.\n', [1, 3]],
    ['counters after an introduction', 'A title line.\n\n1/2 One.\n\n2/2 Two.\n', [3, 5]],
    ['counters after an unnumbered first post', 'Hook.\n\n2/3 Two.\n\n3/3 Three.\n', [1, 3, 5]],
    ['a trailing counter', 'One. (1/2)\n\nTwo. (2/2)\n', [1, 3]],
    ['thematic breaks', 'One.\n\nStill one.\n\n---\n\nTwo.\n', [1, 7]],
    ['a numbered list', '1. One.\n2. Two.\n3. Three.\n', [1, 2, 3]],
    ['label headings', '### Tweet 1\n\nOne.\n\n### Tweet 2\n\nTwo.\n', [1, 5]],
    ['bold labels', '**Tweet 1:** One.\n\n**Tweet 2:** Two.\n', [1, 3]],
    ['plain paragraphs', 'One.\n\nTwo.\n', [1, 3]]
  ]
  it.each(shapes)('splits posts by %s', (_shape, md, lines) => {
    expect(threadPostsOf(md).map((p) => p.line)).toEqual(lines)
  })

  it('leaves labels out of the count, counters in, and does not read 24/7 as a counter', () => {
    expect(threadPostsOf('**Tweet 1:** One.\n').map((p) => p.chars)).toEqual([4])
    expect(threadPostsOf('1/2 One.\n\n2/2 Two.\n').map((p) => p.chars)).toEqual([8, 8])
    expect(threadPostsOf('Support 24/7 here.\n\nSecond.\n')).toHaveLength(2)
    expect(threadPostsOf('24/7 support is one post.\n\nSecond.\n')).toHaveLength(2)
  })
})

describe('the x-thread writer', () => {
  const f = tidepool(url)
  const d = draftFor(f.tutorial, f.registry, f.config, { path: 'out/t.draft.md', strict: false })
  const post = d.posts.find((p) => p.channel === 'x-thread')
  const body = post?.markdown.split('## X Thread\n\n')[1] ?? ''
  const posts = threadPostsOf(body)

  it('writes a thread beside the draft, not a section of it, clean under its own guard', () => {
    expect(d.markdown).not.toContain('## X Thread')
    expect(post?.path).toBe('out/x-thread-draft__tidepool-quickstart.md')
    expect(post?.diagnostics).toEqual([])
  })

  it('numbers each post, keeps each under 280 characters and ends on whole sentences', () => {
    expect(posts.length).toBeGreaterThanOrEqual(2)
    expect(posts.length).toBeLessThanOrEqual(6)
    posts.forEach((p, i) => {
      expect(p.text.startsWith(`${i + 1}/${posts.length} `)).toBe(true)
      expect(p.chars).toBeLessThanOrEqual(280)
      expect(p.text).toMatch(/[.!?)]$|https:\/\/\S+$|#\w+$/)
    })
  })

  it('says the tutorial’s own time, names the product and links back in the last post', () => {
    expect(body).toContain('Tidepool')
    expect(body).toContain('30 minutes (core path)')
    expect(posts[posts.length - 1]?.text).toContain('https://docs.example.com/tidepool-quickstart')
  })

  it('holds a tighter limit by splitting posts and leaving sentences out, never cutting one', () => {
    const channels = resolveChannels({ 'x-thread': { chars: { max: 200 }, posts: [2, 4] } })
    const g = tidepool({ ...url, channels })
    const e = draftFor(g.tutorial, g.registry, g.config, { path: 'out/t.draft.md', strict: false })
    const p = e.posts.find((x) => x.channel === 'x-thread')
    const thread = threadPostsOf(p?.markdown.split('## X Thread\n\n')[1] ?? '')
    expect(thread.length).toBeLessThanOrEqual(4)
    for (const t of thread) expect(t.chars).toBeLessThanOrEqual(200)
    // every sentence of the thread is one of the wider thread's, whole
    const sentences = (posts: readonly { text: string }[]): string[] =>
      posts.flatMap((x) =>
        x.text
          .replace(/^\d+\/\d+ /, '')
          .split(/(?<=[.!?])\s+/)
          .filter(Boolean)
      )
    const wide = new Set(sentences(posts))
    for (const s of sentences(thread)) expect(wide).toContain(s)
  })

  it('says so as an open question when the tutorial cannot fill the thread', () => {
    const channels = resolveChannels({ 'x-thread': { posts: [8, 10] } })
    const g = tidepool({ ...url, channels })
    const e = draftFor(g.tutorial, g.registry, g.config, { path: 'out/t.draft.md', strict: false })
    const p = e.posts.find((x) => x.channel === 'x-thread')
    expect(p?.diagnostics.map((x) => x.rule)).toContain('draft/length')
    expect(e.openQuestions).toContainEqual(
      expect.objectContaining({ channel: 'X / Twitter', kind: 'limits' })
    )
  })
})

describe('the X / Twitter channel in the config and the model’s prompt', () => {
  it('takes chars and posts overrides, and refuses inverted ranges with a line', () => {
    const c = parseConfig(
      'channels:\n  x-thread:\n    chars: [1, 500]\n    posts: [3, 10]\n',
      'c.yml'
    )
    expect(c.channels.find((x) => x.id === 'x-thread')?.limits).toEqual({
      chars: { min: 1, max: 500 },
      posts: { min: 3, max: 10 }
    })
    expect(() => parseConfig('channels:\n  x-thread:\n    posts: [6, 2]\n', 'c.yml')).toThrow(
      /channels\.x-thread\.posts has its minimum \(6\) above its maximum \(2\)/
    )
    expect(() => parseConfig('channels:\n  x-thread:\n    tweets: [1, 2]\n', 'c.yml')).toThrow(
      /unknown setting "tweets"/
    )
  })

  it('tells the model the thread’s limits and how posts are delimited', () => {
    const text = contractText(channelById('x-thread')!)
    expect(text).toContain('Limits: at most 280 characters per post, 2–6 posts.')
    expect(text).toContain('1/4, 2/4')
    expect(text).toContain('call-to-action')
  })
})
