// Per-channel drafts: matching a committed file to its tutorial, reading its channel and its notes,
// and the rules that changed for them (length per channel, promises, figures that are not figures,
// lower-case glossary nouns, the contract's forbidden lists).
import { describe, expect, it } from '@jest/globals'
import { CHANNELS, type ChannelOverrides, resolveChannels } from '../../src/channels/contract.js'
import { guardDraft } from '../../src/guard/index.js'
import { parseDraftDocument } from '../../src/guard/document.js'
import { matchDraft, type TutorialRef } from '../../src/guard/match.js'
import type { Block, Tutorial } from '../../src/model.js'
import { CLAIM_ID, block, glossary, registry, tutorial, where, words } from './helpers.js'

const ref = (name: string, dir = `tutorials/${name}`): TutorialRef => ({ name, paths: [dir] })

describe('matchDraft', () => {
  const refs = [ref('101_getting-started'), ref('kafka'), ref('kafka-streams'), ref('intro')]
  const name = (file: string) => matchDraft(file, '', refs)?.tutorial.name

  it('finds the folder name anywhere in the file name, between separators', () => {
    expect(name('drafts/2026-01-04__101_getting-started__draft.md')).toBe('101_getting-started')
    expect(name('linkedin-draft__101_getting-started.md')).toBe('101_getting-started')
    expect(name('101_getting-started-talk.md')).toBe('101_getting-started')
    expect(name('Newsletter Draft - 101_Getting-Started.md')).toBe('101_getting-started')
  })

  it('lets the longest folder name win when names nest, and never matches inside a word', () => {
    expect(name('blog-draft__kafka-streams.md')).toBe('kafka-streams')
    expect(name('blog-draft__kafka.md')).toBe('kafka')
    expect(name('introduction-post.md')).toBeUndefined()
  })

  it('reads the tutorial path from the front matter or the first lines', () => {
    const fm = '---\ntutorial: tutorials/kafka-streams\n---\n\n# Post\n'
    expect(matchDraft('post.md', fm, refs)).toEqual({ tutorial: refs[2], by: 'content' })
    const line = '# Post\n\nSource: tutorials/intro/README.md\n'
    expect(matchDraft('post.md', line, refs)?.tutorial.name).toBe('intro')
    expect(matchDraft('post.md', 'Source: tutorials/introduction/README.md', refs)).toBeUndefined()
    const late = `${'line\n'.repeat(30)}tutorials/intro`
    expect(matchDraft('post.md', late, refs)).toBeUndefined()
  })
})

const read = (file: string, text: string, tut = 'talk-basics') =>
  parseDraftDocument({ path: file, text }, { detect: true, tutorial: tut })

describe('reading a committed draft', () => {
  it('takes the channel from the file name, with the tutorial name taken out first', () => {
    expect(read('linkedin-draft__talk-basics.md', 'Hello.').channel?.id).toBe('linkedin')
    expect(read('blog-draft__talk-basics.md', 'Hello.').channel?.id).toBe('blog-outline')
    expect(read('talk-abstract__talk-basics.md', 'Hello.').channel?.id).toBe('talk-abstract')
    expect(read('newsletter-draft__talk-basics.md', 'Hello.').channel?.id).toBe('newsletter')
  })

  it('falls back to the first heading, then to a channel word the contract does not know', () => {
    const named = read('2026-01-04__talk-basics__draft.md', '# Post about talk-basics\n\nHi.')
    expect([named.format, named.channel]).toEqual(['channel', undefined])
    const doc = read('2026-01-04__talk-basics__draft.md', '# LinkedIn post\n\nHello.')
    expect([doc.format, doc.channel?.id]).toEqual(['channel', 'linkedin'])
    const news = read('mastodon-draft__talk-basics.md', '# May issue\n\nHello.')
    expect([news.format, news.channel, news.channelWord]).toEqual([
      'channel',
      undefined,
      'mastodon'
    ])
  })

  it('falls back to the folder of a draft kept one folder per channel', () => {
    const inFolder = (file: string, text = 'Hello.') => {
      const d = read(file, text)
      return [d.channel?.id, d.channelWord]
    }
    expect(inFolder('drafts/linkedin/talk-basics.md')).toEqual(['linkedin', undefined])
    expect(inFolder('drafts/x-thread/talk-basics.md')).toEqual(['x-thread', undefined])
    expect(inFolder('drafts/newsletter/2026-05__talk-basics.md')).toEqual(['newsletter', undefined])
    // the file's own name and its first heading come first; another network's folder is no channel
    expect(inFolder('drafts/linkedin/talk-abstract__talk-basics.md')).toEqual([
      'talk-abstract',
      undefined
    ])
    expect(inFolder('drafts/linkedin/talk-basics.md', '# Blog outline\n\nHi.')).toEqual([
      'blog-outline',
      undefined
    ])
    expect(inFolder('drafts/threads/talk-basics.md')).toEqual([undefined, 'threads'])
    expect(inFolder('publication-drafts/talk-basics.md')).toEqual([undefined, undefined])
  })

  it('reads a document with two or more contract headings, or our file name, as combined', () => {
    const two = '## LinkedIn Draft\n\nA.\n\n## Talk Abstract\n\nB.\n'
    expect(read('linkedin-draft__talk-basics.md', two).format).toBe('combined')
    const forced = parseDraftDocument(
      { path: 'talk-basics.draft.md', text: 'Hello.' },
      { detect: true, combined: true }
    )
    expect(forced.format).toBe('combined')
  })

  it('makes the whole body the section, without the title heading and without the notes', () => {
    const text = [
      '---',
      'title: x',
      '---',
      '',
      '# LinkedIn post',
      '',
      'The post.',
      '',
      '## Why it matters',
      '',
      'More post.',
      '',
      '---',
      '',
      '## Publishing Notes',
      '',
      '- 900 characters',
      '',
      '**Pre-publication checklist**',
      '',
      '- [x] links work'
    ].join('\n')
    const doc = read('linkedin-draft__talk-basics.md', text)
    expect(doc.sections).toHaveLength(1)
    const s = doc.sections[0]!
    expect([s.id, s.heading, s.label]).toEqual(['linkedin', 'LinkedIn post', 'the LinkedIn draft'])
    expect(s.text).toBe('The post.\n\nWhy it matters\n\nMore post.')
    expect(doc.notes.map((n) => [n.title, n.line, n.endLine])).toEqual([
      ['Publishing Notes', 15, 21]
    ])
  })

  it('recognises the usual notes titles, and not the combined checklist section', () => {
    for (const title of [
      '## Notes',
      '### Editor’s notes',
      '## Checklist for publishing',
      '## 📝 Pre-publication checklist',
      '**Publishing notes:** send on Monday',
      'Publishing Notes:'
    ]) {
      const doc = read('linkedin-draft__talk-basics.md', `Post text.\n\n${title}\n\n- 2 hours`)
      expect(doc.notes.length).toBe(1)
      expect(doc.sections[0]?.text).toBe('Post text.')
    }
    const combined = parseDraftDocument({
      path: 'x.md',
      text: '## Amplification Checklist\n\n- ✅ x'
    })
    expect(combined.notes).toEqual([])
    expect(combined.sections[0]?.id).toBe('checklist')
  })
})

// these tests are about the other rules: the required elements (tested in
// missing-element.test.ts) are switched off through the config override that allows it
const noRequired = (over: ChannelOverrides = {}) =>
  resolveChannels(Object.fromEntries(CHANNELS.map((c) => [c.id, { required: [], ...over[c.id] }])))

function guard(file: string, text: string, t: Tutorial, channels = noRequired()) {
  return guardDraft(
    { path: file, text },
    t,
    registry(),
    { claimId: CLAIM_ID, strict: false, channels },
    { detect: true, channels, tutorial: t.name }
  )
}

describe('rules on a per-channel draft', () => {
  const tut = tutorial({ name: 'demo' })
  const post = (n: number, notes = '') =>
    `# LinkedIn post\n\n${words(n)}\n\n## Publishing Notes\n\n${notes || words(100, 'note')}\n`

  it('counts the post only: not its title, not its notes', () => {
    expect(guard('linkedin-draft__demo.md', post(150), tut)).toEqual([])
    const long = guard('linkedin-draft__demo.md', post(200), tut)
    expect(long.map((d) => [d.rule, d.line, d.message.slice(0, 44)])).toEqual([
      ['draft/length', 3, 'the LinkedIn draft is too long: 200 words (l']
    ])
  })

  it('never reads figures, claims or promises in notes blocks or HTML comments', () => {
    const notes = '- 1,234 characters, 99.9% uptime, coming soon, always (claim: XX-YY-999)'
    const text = `${post(150, notes)}\n<!-- 3x faster, will support everything -->\n`
    expect(guard('linkedin-draft__demo.md', text, tut)).toEqual([])
  })

  it('reads versions, dates and counts of parts as no figures', () => {
    const text =
      'Needs v1 or 2.3.1, written on 2026-01-04, with 4 exercises, 6 labs and 280 characters.'
    expect(guard('mastodon-draft__demo.md', text, tut)).toEqual([])
    const figure = guard('mastodon-draft__demo.md', 'It is 4 times faster.', tut)
    expect(figure.map((d) => d.rule)).toEqual(['draft/untraced-figure'])
  })

  it('honours a channel whose contract no longer forbids an element', () => {
    const text = `# LinkedIn post\n\n${words(140)} Always on.\n`
    expect(guard('linkedin-draft__demo.md', text, tut).map((d) => d.rule)).toEqual([
      'draft/absolute-language'
    ])
    const relaxed = noRequired({ linkedin: { forbidden: ['untraced-figure'] } })
    expect(guard('linkedin-draft__demo.md', text, tut, relaxed)).toEqual([])
  })
})

describe('draft/roadmap-promise', () => {
  const roadmap = (text: string): Block => ({
    ...block(text, 'paragraph', 30),
    section: 'Roadmap',
    role: 'roadmap'
  })

  it('flags a future promise at the phrase', () => {
    const text = 'Windows support ships next quarter, and the CLI will support plugins.'
    const out = guard('mastodon-draft__demo.md', text, tutorial({ name: 'demo' }))
    expect(out.map((d) => [d.rule, d.column])).toEqual([
      ['draft/roadmap-promise', where(text, 'ships next').column],
      ['draft/roadmap-promise', where(text, 'will support').column]
    ])
  })

  it("stays quiet when the tutorial's roadmap says the same, but not for another promise", () => {
    const t = tutorial({ name: 'demo', blocks: [roadmap('Plugin loading is on the roadmap.')] })
    expect(guard('mastodon-draft__demo.md', 'Plugin loading is on the roadmap.', t)).toEqual([])
    const other = guard('mastodon-draft__demo.md', 'Mobile apps are on the roadmap.', t)
    expect(other.map((d) => d.rule)).toEqual(['draft/roadmap-promise'])
    // the same words outside a roadmap section do not license the promise
    const plain = tutorial({ name: 'demo', blocks: [block('Plugin loading is on the roadmap.')] })
    const out = guard('mastodon-draft__demo.md', 'Plugin loading is on the roadmap.', plain)
    expect(out.map((d) => d.rule)).toEqual(['draft/roadmap-promise'])
  })
})

describe('glossary terms in lower case', () => {
  const t = tutorial({
    name: 'demo',
    glossary: [glossary('Claims Registry', 20), glossary('KafScale Broker', 21)]
  })
  it('accepts a multi-word term as a common noun, still flags hyphenation and names', () => {
    const ok = 'Every figure goes through the claims registry first.'
    expect(guard('mastodon-draft__demo.md', ok, t)).toEqual([])
    const bad = 'Every figure goes through the claims-registry and a kafscale broker.'
    expect(guard('mastodon-draft__demo.md', bad, t).map((d) => [d.rule, d.column])).toEqual([
      ['terminology/inconsistent', where(bad, 'claims-registry').column],
      ['terminology/inconsistent', where(bad, 'kafscale broker').column]
    ])
  })
})
