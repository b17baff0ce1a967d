// `draft/missing-element`: per channel, a complete post of our own writing stays quiet and the same
// post with one required element taken out is reported at the right place, naming the channel,
// the element and what would satisfy it. Posts are committed per-channel files (with and without
// a title heading, with notes blocks) guarded against the sample tutorial
// (examples/tidepool-quickstart): its fact sheet says what the problem, the insight, the
// limitations and non-goals, the exercises and the diagram are.
import { describe, expect, it } from '@jest/globals'
import { CHANNELS, type ChannelOverrides, resolveChannels } from '../../src/channels/contract.js'
import { defaultConfig } from '../../src/config/types.js'
import { check } from '../../src/engine.js'
import { guardDraft } from '../../src/guard/index.js'
import type { Diagnostic } from '../../src/model.js'
import { CLAIM_ID, sample, where } from './helpers.js'

const { files, tutorial, registry } = sample()
const URL = 'https://docs.example.com/tutorials/tidepool-quickstart'

function guard(
  file: string,
  text: string,
  over?: ChannelOverrides,
  url: string | undefined = URL
): Diagnostic[] {
  const channels = resolveChannels(over)
  return guardDraft(
    { path: file, text },
    tutorial,
    registry,
    { claimId: CLAIM_ID, strict: false, channels, ...(url ? { tutorialUrl: url } : {}) },
    { detect: true, channels, tutorial: tutorial.name }
  ).filter((d) => d.rule === 'draft/missing-element')
}

/** `[line, element]` of each finding, the element read from the message. */
const found = (ds: Diagnostic[]): [number, string][] =>
  ds.map((d) => [d.line, /lacks the (\S+) /.exec(d.message)?.[1] ?? '?'])

const lineOf = (text: string, needle: string): number => where(text, needle).line

const LINKEDIN = [
  '# LinkedIn post',
  '',
  'Most self-hosted metrics stacks still pin recent samples to the local disks of a handful of big servers.',
  '',
  'Tidepool takes another route: ingest nodes batch samples into blocks in object storage, and query nodes read those blocks through a local cache.',
  '',
  'A caveat before you try Tidepool: samples cannot be updated or deleted once written.',
  '',
  `Walk through the four exercises: ${URL}?utm_source=linkedin`,
  '',
  '#Observability',
  '',
  '## Publishing Notes',
  '',
  '- 480 characters, 1 hashtag',
  `- UTM link: ${URL}?utm_source=linkedin`,
  ''
].join('\n')

describe('LinkedIn: hook, insight, limitation, call to action, product name', () => {
  const file = 'publication-drafts/linkedin-draft__tidepool-quickstart.md'

  it('stays quiet on a complete post, with or without a title heading', () => {
    expect(guard(file, LINKEDIN)).toEqual([])
    expect(guard(file, LINKEDIN.replace('# LinkedIn post\n\n', ''))).toEqual([])
  })

  it('reports an opening that only announces, at the first line of the post', () => {
    const text = LINKEDIN.replace(/^Most self-hosted.*$/m, 'New tutorial out today, have a look!')
    const out = guard(file, text)
    expect(found(out)).toEqual([[3, 'hook']])
    expect(out[0]?.message).toMatch(
      /^the LinkedIn draft lacks the hook the LinkedIn channel requires: it opens with "New tutorial out today, have a look!", which announces the post: open with the problem the tutorial addresses, e.g. "A typical self-hosted metrics stack .*" \(examples\/tidepool-quickstart\/[\w-]+\.md:\d+\)$/
    )
    // without a title heading the post starts on line 1
    const bare = text.replace('# LinkedIn post\n\n', '')
    expect(found(guard(file, bare))).toEqual([[1, 'hook']])
  })

  it('reports a post that never says what the product is or does', () => {
    const text = LINKEDIN.replace(/^Tidepool takes another route.*\n\n/m, '')
    const out = guard(file, text)
    expect(found(out)).toEqual([[3, 'insight']])
    expect(out[0]?.message).toContain('does not say what Tidepool is')
    expect(out[0]?.message).toContain('e.g. "Tidepool is a self-hosted metrics rollup store."')
  })

  it('reports a post without a limitation, naming one the tutorial states', () => {
    const text = LINKEDIN.replace(/^A caveat before.*\n\n/m, '')
    const out = guard(file, text)
    expect(found(out)).toEqual([[lineOf(text, '#Observability'), 'limitation']])
    expect(out[0]?.message).toMatch(/states no limitation: add one the tutorial states, e\.g\. "/)
  })

  it('reports a call to action that does not link back, even when the notes hold the link', () => {
    const text = LINKEDIN.replace(/^Walk through.*$/m, 'Find the tutorial in our docs.')
    const out = guard(file, text)
    expect(found(out)).toEqual([[lineOf(text, '#Observability'), 'call-to-action']])
    expect(out[0]?.message).toContain(`end with a link to ${URL}`)
    // a link elsewhere is named
    const elsewhere = LINKEDIN.replace(
      `${URL}?utm_source=linkedin\n\n#`,
      'https://example.org/blog\n\n#'
    )
    expect(guard(file, elsewhere)[0]?.message).toContain(
      'its links go elsewhere: https://example.org/blog'
    )
  })

  it('takes any link, or "link in the comments", when no tutorial URL is configured', () => {
    const other = LINKEDIN.replace(`${URL}?utm_source=linkedin\n\n#`, 'https://example.org/x\n\n#')
    expect(guard(file, other, undefined, '')).toEqual([])
    const comments = LINKEDIN.replace(/^Walk through.*$/m, 'The link is in the first comment.')
    expect(guard(file, comments)).toEqual([])
    const placeholder = LINKEDIN.replace(
      `${URL}?utm_source=linkedin\n`,
      '[tutorial link — set tutorialUrl in .github/tutorial-amplifier.yml]\n'
    )
    expect(guard(file, placeholder, undefined, '')).toEqual([])
  })

  it('reports a post that never names the product', () => {
    const text = LINKEDIN.replace(
      'Tidepool takes another route',
      'This store takes another route'
    ).replace('before you try Tidepool', 'before you try it')
    // at the first line of the post; a name inside the link's URL is no mention
    expect(found(guard(file, text))).toEqual([[3, 'product-name']])
  })

  it("honours the config's `required` override for the channel", () => {
    const text = LINKEDIN.replace(/^Walk through.*$/m, 'Find the tutorial in our docs.')
    expect(guard(file, text, { linkedin: { required: ['hook', 'insight'] } })).toEqual([])
    const none = LINKEDIN.replace(/^Most self-hosted.*$/m, 'New tutorial out today, have a look!')
    expect(guard(file, none, { linkedin: { required: [] } })).toEqual([])
  })
})

const BLOG = [
  '# Blog draft: rollups on object storage with Tidepool',
  '',
  '1. Why recent samples on local disks hold a metrics stack back',
  '2. The architecture, shown with the diagram from the tutorial (images/architecture.svg)',
  '3. The exercises, in order:',
  '   - E10 Run the local demo (5-10 minutes)',
  '   - E20 Write and query from code (10 minutes)',
  '   - E30 Install the Helm chart (10-15 minutes)',
  '   - E40 Alert on ingest lag, optional (20-25 minutes)',
  `4. Where to go next: [the full tutorial](${URL})`,
  '',
  '## Notes',
  '',
  '- target: 1,500 words',
  ''
].join('\n')

describe('blog: exercise path, diagram, call to action', () => {
  const file = 'publication-drafts/blog-draft__tidepool-quickstart.md'

  it('stays quiet on a complete outline', () => {
    expect(guard(file, BLOG)).toEqual([])
  })

  it('reports an outline that names no exercise, and one that names them out of order', () => {
    const none = BLOG.replace(/^3\. The exercises[\s\S]*?(?=^4\.)/m, '')
    expect(found(guard(file, none))).toEqual([[3, 'exercise-path']])
    const swapped = BLOG.replace('E20 Write', 'E30 Write').replace('E30 Install', 'E20 Install')
    const out = guard(file, swapped)
    expect(found(out)).toEqual([[3, 'exercise-path']])
    expect(out[0]?.message).toContain(
      "names E30 before E20: give the exercises in the tutorial's order"
    )
  })

  it("reports an outline without the diagram, naming the tutorial's", () => {
    const text = BLOG.replace(/^2\. .*$/m, '2. The architecture in three parts')
    const out = guard(file, text)
    expect(found(out)).toEqual([[lineOf(text, '4. Where'), 'diagram']])
    expect(out[0]?.message).toContain('images/architecture.svg')
  })

  it('reports an outline without a link back', () => {
    const text = BLOG.replace(/^4\. .*$/m, '4. Where to go next')
    expect(found(guard(file, text))).toEqual([[lineOf(text, '4. Where'), 'call-to-action']])
  })
})

const README = [
  '**Tidepool Quickstart**',
  '',
  '- Scope: a laptop demo, client code in Python or Go, and the Helm chart on kind',
  '- Non-goals: updating or deleting single samples',
  `- Start: ${URL}`,
  ''
].join('\n')

describe('README snippet: scope, non-goals, call to action', () => {
  const file = 'publication-drafts/readme-snippet__tidepool-quickstart.md'

  it('stays quiet on a complete snippet', () => {
    expect(guard(file, README)).toEqual([])
  })

  it('reports a missing scope, non-goal or link', () => {
    // the snippet starts on line 1 (its bold title line)
    expect(found(guard(file, README.replace(/^- Scope.*\n/m, '')))).toEqual([[1, 'scope']])
    // at the last line of the snippet
    expect(found(guard(file, README.replace(/^- Non-goals.*\n/m, '')))).toEqual([[4, 'non-goals']])
    expect(found(guard(file, README.replace(/^- Start.*\n/m, '')))).toEqual([[4, 'call-to-action']])
  })

  it('asks for the product name when the config adds it to the channel', () => {
    const over = {
      'readme-snippet': { required: ['scope', 'non-goals', 'call-to-action', 'product-name'] }
    } satisfies ChannelOverrides
    expect(guard(file, README, over)).toEqual([])
    const unnamed = README.replace('**Tidepool Quickstart**', '**Metrics quickstart**')
    expect(found(guard(file, unnamed, over))).toEqual([[1, 'product-name']])
  })
})

const TALK = [
  '# Talk abstract: stateless queries over object storage',
  '',
  'Recent metrics usually live on the local disks of a few large servers, and that turns every upgrade into a careful operation.',
  '',
  'This talk shows how Tidepool splits ingest, query and catalog into separate jobs, so query nodes read immutable blocks from object storage and keep no state of their own.',
  '',
  'We close with the trade-off: samples cannot be updated or deleted.',
  '',
  '- **Audience**: platform engineers who run Prometheus-style metrics',
  '- **Level**: intermediate',
  '- **Format**: 30-minute talk',
  ''
].join('\n')

describe('talk abstract: product name, insight, limitation, audience, level, format', () => {
  const file = 'publication-drafts/talk-abstract__tidepool-quickstart.md'

  it('stays quiet on a complete abstract', () => {
    expect(guard(file, TALK)).toEqual([])
  })

  it('reports each missing metadata line at the end of the abstract', () => {
    for (const element of ['audience', 'level', 'format']) {
      const label = element.charAt(0).toUpperCase() + element.slice(1)
      const text = TALK.replace(new RegExp(`^- \\*\\*${label}\\*\\*.*\\n`, 'm'), '')
      const out = guard(file, text)
      expect(found(out)).toEqual([[out[0]?.line ?? 0, element]])
      expect(out[0]?.line).toBeGreaterThanOrEqual(9)
      expect(out[0]?.message).toContain(`"**${label}**: …" line`)
    }
  })

  it('reports a missing insight, limitation or product name', () => {
    // the only sentence naming the product was the insight
    const noInsight = TALK.replace(/^This talk shows.*\n\n/m, '')
    expect(found(guard(file, noInsight))).toEqual([
      [3, 'insight'],
      [3, 'product-name']
    ])
    const noLimit = TALK.replace(/^We close with.*\n\n/m, '')
    expect(found(guard(file, noLimit))).toEqual([[9, 'limitation']])
    const unnamed = TALK.replace('how Tidepool splits', 'how the store splits')
    expect(found(guard(file, unnamed))).toEqual([[3, 'product-name']])
  })
})

const NEWSLETTER = [
  '# Newsletter: metrics without big disks',
  '',
  'Recent metrics tend to sit on the local disks of a few big servers. Tidepool moves them into object storage: ingest nodes write blocks there and query nodes read them through a cache.',
  '',
  `Start the quickstart here: ${URL}`,
  '',
  '**Publishing notes:** goes out on Tuesday.',
  ''
].join('\n')

describe('newsletter: hook, insight, call to action, product name', () => {
  const file = 'publication-drafts/newsletter-draft__tidepool-quickstart.md'

  it('stays quiet on a complete blurb', () => {
    expect(guard(file, NEWSLETTER)).toEqual([])
  })

  it('reports a blurb that opens with its link, and one without a link', () => {
    const opensWithLink = NEWSLETTER.replace(/^Recent metrics.*\n\n/m, '').replace(
      'Start the quickstart here',
      'Tidepool moves metrics into object storage; start here'
    )
    expect(found(guard(file, opensWithLink)).map(([, e]) => e)).toContain('hook')
    const noLink = NEWSLETTER.replace(/^Start the quickstart.*\n\n/m, '')
    expect(found(guard(file, noLink))).toEqual([[3, 'call-to-action']])
  })
})

const CORE = [
  '# Core story',
  '',
  '1. Recent samples sit on the local disks of a few large servers.',
  '2. Tidepool separates ingest, query and the catalog, and keeps blocks in object storage.',
  '3. The path: E10, E20, E30, then the optional E40.',
  ''
].join('\n')

describe('core story: hook, insight, exercise path', () => {
  const file = 'publication-drafts/core-story__tidepool-quickstart.md'

  it('stays quiet on a complete summary', () => {
    expect(guard(file, CORE)).toEqual([])
  })

  it('reports a summary that does not open with the problem, or names no exercise', () => {
    const noHook = CORE.replace(/^1\. .*\n/m, '')
    expect(found(guard(file, noHook))).toEqual([[3, 'hook']])
    const noPath = CORE.replace(/^3\. .*\n/m, '')
    expect(found(guard(file, noPath))).toEqual([[3, 'exercise-path']])
  })
})

describe('in a combined draft and through the engine', () => {
  it('reports a section of the combined draft at its own lines', () => {
    const text = [
      '# Draft',
      '',
      '## LinkedIn Draft',
      '',
      LINKEDIN.split('\n')
        .slice(2, 11)
        .join('\n')
        .replace(/^Walk through.*$/m, 'See our docs.'),
      ''
    ].join('\n')
    const out = guardDraft({ path: 'd.draft.md', text }, tutorial, registry, {
      claimId: CLAIM_ID,
      strict: false,
      tutorialUrl: URL
    }).filter((d) => d.rule === 'draft/missing-element')
    expect(found(out)).toEqual([[lineOf(text, '#Observability'), 'call-to-action']])
    expect(out[0]?.message).toMatch(/^"## LinkedIn Draft" lacks the call-to-action/)
  })

  it('guards committed drafts with the config URL and overrides, at warning level', () => {
    const config = {
      ...defaultConfig(),
      tutorialUrls: { '*': 'https://docs.example.com/tutorials/{tutorial}' }
    }
    const noLink = LINKEDIN.replace(/^Walk through.*$/m, 'Find the tutorial in our docs.')
    const input = {
      tutorials: [{ dir: 'examples/tidepool-quickstart', files }],
      registry: [],
      config,
      drafts: [
        {
          tutorial: 'tidepool-quickstart',
          file: { path: 'p/linkedin-draft__tidepool-quickstart.md', text: noLink }
        },
        {
          tutorial: 'tidepool-quickstart',
          file: { path: 'p/blog-draft__tidepool-quickstart.md', text: BLOG }
        }
      ]
    }
    const missing = (c: typeof config) =>
      check({ ...input, config: c }).diagnostics.filter((d) => d.rule === 'draft/missing-element')
    const out = missing(config)
    expect(out.map((d) => [d.file, d.severity])).toEqual([
      ['p/linkedin-draft__tidepool-quickstart.md', 'warning']
    ])
    expect(out[0]?.message).toContain(URL)
    const relaxed = {
      ...config,
      channels: resolveChannels({ linkedin: { required: ['hook', 'insight', 'limitation'] } })
    }
    expect(missing(relaxed)).toEqual([])
    expect(CHANNELS.find((c) => c.id === 'linkedin')?.required).toContain('call-to-action')
  })
})
