// The channel contract, as data: what each amplification channel is, how it is named, its limits,
// what it must and must not contain. The deterministic writer (src/drafts), the LLM writer
// (src/llm) and the guard (src/guard) all read this module and nothing else about channels, so
// adding a channel is one entry in CHANNELS (plus its writer and a test).
//
// This module is pure data and small pure helpers; it imports nothing from writers or guard.

/** An inclusive range; `max` absent = no upper bound. */
export interface Range {
  min: number
  max?: number
}

/**
 * What a channel's length is measured in (see ./measure.ts for how):
 * - `words`: words a reader sees (`countWords`), metadata lines excluded where the channel says so;
 * - `lines`: non-empty source lines, thematic breaks and HTML comments excluded;
 * - `points`: top-level list items (or paragraphs when the section has no list);
 * - `chars`: characters of the visible text as X counts them (each link 23), per post of a thread;
 * - `posts`: posts of a thread (`threadPosts`: split by `---`, post counters or labels, or a
 *   numbered list).
 */
export interface Limits {
  words?: Range
  lines?: Range
  points?: Range
  chars?: Range
  posts?: Range
}

/** Elements a channel must carry. Each is checked by the guard and produced by the writers. */
export type RequiredElement =
  /** an opening that states the problem the tutorial addresses */
  | 'hook'
  /** the product's definition + approach (+ the claim backing it) */
  | 'insight'
  /** at least one limitation or non-goal, stated honestly */
  | 'limitation'
  /** a link back to the tutorial */
  | 'call-to-action'
  /** the tutorial's exercises in order, with their times */
  | 'exercise-path'
  /** exactly one diagram from the tutorial */
  | 'diagram'
  /** the product or tutorial name */
  | 'product-name'
  /** what the tutorial covers and what it does not */
  | 'scope'
  | 'non-goals'
  /** talk metadata lines */
  | 'audience'
  | 'level'
  | 'format'

/** Elements a channel must not carry. */
export type ForbiddenElement =
  /** "coming soon", "will support", "on the roadmap" — unless the tutorial's roadmap says so */
  | 'roadmap-promise'
  /** "always", "never", "guaranteed", "perfect for" … unless the tutorial says it */
  | 'absolute-language'
  /** a figure that is in neither the tutorial nor the registry */
  | 'untraced-figure'
  /** a claim ID the tutorial does not cite */
  | 'new-claim'

export const REQUIRED_ELEMENTS: readonly RequiredElement[] = [
  'hook',
  'insight',
  'limitation',
  'call-to-action',
  'exercise-path',
  'diagram',
  'product-name',
  'scope',
  'non-goals',
  'audience',
  'level',
  'format'
]

export const FORBIDDEN_ELEMENTS: readonly ForbiddenElement[] = [
  'roadmap-promise',
  'absolute-language',
  'untraced-figure',
  'new-claim'
]

/** Every channel forbids these unless a config override says otherwise. */
const ALWAYS_FORBIDDEN: readonly ForbiddenElement[] = FORBIDDEN_ELEMENTS

export interface Channel {
  /** stable id, also the config key under `channels:` and the section id in the combined draft */
  id: string
  /** short human name, used in open questions, reports and prompts: `LinkedIn` */
  name: string
  /** the `## ` heading of this channel's section in the combined seven-section draft */
  heading: string
  /** true when the channel is a section of the combined draft document */
  inCombinedDraft: boolean
  /**
   * Words that identify a per-channel draft file by its name or first heading, lower-case:
   * `linkedin-draft__x.md`, `# LinkedIn post`. Matched as whole words (separators `-`, `_`, space, `.`).
   */
  aliases: string[]
  /** per-channel file name; `{tutorial}` is the tutorial folder name */
  fileName: string
  limits: Limits
  required: RequiredElement[]
  forbidden: ForbiddenElement[]
  /** lines of a section that are metadata, not prose (excluded from word counts) */
  metaLine?: RegExp
  /** one sentence a person (or a model) reads to know what the channel is */
  purpose: string
}

/** A talk-abstract line that is metadata, not abstract prose: `- **Audience**: …`, `**Format:** …`. */
export const TALK_META_LINE =
  /^\s*(?:[-*+]\s+)?\*\*(?:[\p{L} ]*\s)?(?:title|audience|level|format|duration|length|abstract)\s*:?\s*\*\*\s*:?/iu

/**
 * What a draft says where the tutorial's link belongs when no `tutorialUrl` is configured: the
 * writers print it, the guard accepts it as the call to action (the open questions ask for the URL).
 */
export const TUTORIAL_LINK_PLACEHOLDER =
  '[tutorial link — set tutorialUrl in .github/tutorial-amplifier.yml]'

/** The amplification channels, in the order of the combined draft. */
export const CHANNELS: readonly Channel[] = [
  {
    id: 'core-story',
    name: 'Core Story',
    heading: 'Core Story Summary',
    inCombinedDraft: true,
    aliases: ['core-story', 'summary', 'core'],
    fileName: 'core-story-draft__{tutorial}.md',
    limits: { points: { min: 1, max: 5 } },
    required: ['hook', 'insight', 'exercise-path'],
    forbidden: [...ALWAYS_FORBIDDEN],
    purpose:
      'At most five points: the problem, the simplification, the impact, the exercise flow and the path to production.'
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    heading: 'LinkedIn Draft',
    inCombinedDraft: true,
    aliases: ['linkedin'],
    fileName: 'linkedin-draft__{tutorial}.md',
    limits: { words: { min: 120, max: 180 } },
    required: ['hook', 'insight', 'limitation', 'call-to-action', 'product-name'],
    forbidden: [...ALWAYS_FORBIDDEN],
    purpose:
      'A LinkedIn post: hook, one insight, why it matters (one limitation stated honestly), a call to action back to the tutorial.'
  },
  {
    id: 'blog-outline',
    name: 'Medium / Blog',
    heading: 'Medium / Blog Outline',
    inCombinedDraft: true,
    aliases: ['blog', 'medium', 'article'],
    fileName: 'blog-draft__{tutorial}.md',
    limits: {},
    required: ['exercise-path', 'diagram', 'call-to-action'],
    forbidden: [...ALWAYS_FORBIDDEN],
    purpose:
      'A blog outline, not prose: every exercise in tutorial order with its time estimate, and exactly one diagram from the tutorial.'
  },
  {
    id: 'readme-snippet',
    name: 'GitHub README',
    heading: 'GitHub README Snippet',
    inCombinedDraft: true,
    aliases: ['readme', 'github-readme', 'snippet'],
    fileName: 'readme-snippet__{tutorial}.md',
    limits: { lines: { min: 6, max: 8 } },
    required: ['scope', 'non-goals', 'call-to-action'],
    forbidden: [...ALWAYS_FORBIDDEN],
    purpose: 'Six to eight factual lines for a README, including scope and non-goals.'
  },
  {
    id: 'talk-abstract',
    name: 'Talk',
    heading: 'Talk Abstract',
    inCombinedDraft: true,
    aliases: ['talk', 'talk-abstract', 'abstract', 'cfp'],
    fileName: 'talk-abstract__{tutorial}.md',
    limits: { words: { min: 120, max: 180 } },
    required: ['product-name', 'insight', 'limitation', 'audience', 'level', 'format'],
    forbidden: [...ALWAYS_FORBIDDEN],
    metaLine: TALK_META_LINE,
    purpose:
      'A conference talk abstract of about 150 words with architectural framing, and its audience, level and format.'
  },
  {
    id: 'newsletter',
    name: 'Newsletter',
    heading: 'Newsletter Blurb',
    // a per-channel post: not a section of the combined draft, written to its own file on request
    inCombinedDraft: false,
    aliases: ['newsletter', 'blurb'],
    fileName: 'newsletter-draft__{tutorial}.md',
    limits: { words: { min: 60, max: 120 } },
    required: ['hook', 'insight', 'call-to-action', 'product-name'],
    forbidden: [...ALWAYS_FORBIDDEN],
    purpose:
      'A newsletter blurb of one short paragraph: the problem, what the product does about it, the hands-on path with its time, a link back.'
  },
  {
    id: 'x-thread',
    name: 'X / Twitter',
    heading: 'X Thread',
    // a per-channel post like the newsletter: not a section of the combined draft
    inCombinedDraft: false,
    // `x` alone is no alias (a letter in too many names and headings): `x-thread`, `x-post`,
    // `x-draft`. A name that also names another network (`mastodon-thread`) is that network's.
    aliases: ['x-thread', 'x-post', 'x-draft', 'twitter', 'tweet', 'tweets', 'thread'],
    fileName: 'x-thread-draft__{tutorial}.md',
    // X's limit per post; links count 23 characters each (see `threadPosts` in ./measure.ts)
    limits: { posts: { min: 2, max: 6 }, chars: { min: 1, max: 280 } },
    required: ['hook', 'insight', 'limitation', 'call-to-action', 'product-name'],
    forbidden: [...ALWAYS_FORBIDDEN],
    purpose:
      'A thread of short posts on X (Twitter), each a paragraph opened by its counter (1/4, 2/4, …): the problem, what the product is, one limitation, the hands-on path with its time, a link back in the last post.'
  }
]

/** Sections of the combined draft that are not channels, in order after the channels. */
export const EXTRA_SECTIONS = [
  { id: 'open-questions', heading: 'Open Questions / Clarifications Needed' },
  { id: 'checklist', heading: 'Amplification Checklist' }
] as const

export interface DocumentSection {
  id: string
  heading: string
}

/** The combined draft's sections, in contract order, with their exact headings. */
export function documentSections(channels: readonly Channel[] = CHANNELS): DocumentSection[] {
  return [
    ...channels.filter((c) => c.inCombinedDraft).map((c) => ({ id: c.id, heading: c.heading })),
    ...EXTRA_SECTIONS
  ]
}

/** The channel with this id, if any. */
export function channelById(
  id: string,
  channels: readonly Channel[] = CHANNELS
): Channel | undefined {
  return channels.find((c) => c.id === id)
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * The channel a per-channel draft is for, from its file name (base name) or, failing that, its first
 * heading: the channel whose alias appears as whole words, the longest alias winning
 * (`talk-abstract__x.md` → talk-abstract, `2026-01-04__x__draft.md` → none).
 */
export function channelOfName(
  name: string,
  channels: readonly Channel[] = CHANNELS
): Channel | undefined {
  const tokens = words(name)
  const joined = ` ${tokens.join(' ')} `
  let best: { channel: Channel; len: number } | undefined
  for (const c of channels) {
    for (const alias of c.aliases) {
      const a = ` ${words(alias).join(' ')} `
      if (joined.includes(a) && (!best || a.length > best.len)) best = { channel: c, len: a.length }
    }
  }
  return best?.channel
}

/** A per-channel draft's file name for a tutorial. */
export function channelFileName(channel: Channel, tutorial: string): string {
  return channel.fileName.split('{tutorial}').join(tutorial)
}

// ---------------------------------------------------------------------------
// Overrides from `.github/tutorial-amplifier.yml` (`channels:`)

/** `[min, max]` or `{ min, max }`; `max` may be omitted. */
export type RangeOverride = [number, number] | { min?: number; max?: number }

export interface ChannelOverride {
  words?: RangeOverride
  lines?: RangeOverride
  points?: RangeOverride
  chars?: RangeOverride
  posts?: RangeOverride
  required?: RequiredElement[]
  forbidden?: ForbiddenElement[]
}

export type ChannelOverrides = Record<string, ChannelOverride>

function range(base: Range | undefined, o: RangeOverride): Range {
  if (Array.isArray(o)) return { min: o[0], max: o[1] }
  const min = o.min ?? base?.min ?? 0
  const max = o.max ?? base?.max
  return max === undefined ? { min } : { min, max }
}

const LIMIT_KEYS = ['words', 'lines', 'points', 'chars', 'posts'] as const

/**
 * The contract with the config's overrides applied. Pure; unknown channel ids are ignored here
 * (the config schema refuses them with the config line).
 */
export function resolveChannels(
  overrides: ChannelOverrides | undefined,
  base: readonly Channel[] = CHANNELS
): Channel[] {
  return base.map((c) => {
    const o = overrides?.[c.id]
    if (!o) return c
    const limits: Limits = { ...c.limits }
    for (const k of LIMIT_KEYS) {
      const v = o[k]
      if (v !== undefined) limits[k] = range(c.limits[k], v)
    }
    return {
      ...c,
      limits,
      required: o.required ? [...o.required] : c.required,
      forbidden: o.forbidden ? [...o.forbidden] : c.forbidden
    }
  })
}

/** `120–180 words`, `6–8 lines`, `at most 5 points`: for messages and prompts. */
export function describeLimits(limits: Limits): string[] {
  const out: string[] = []
  for (const k of LIMIT_KEYS) {
    const r = limits[k]
    if (!r) continue
    const unit = k === 'chars' ? 'characters' : k
    // a thread's character limit holds for each of its posts
    const each = k === 'chars' && limits.posts ? ' per post' : ''
    if (r.max === undefined) out.push(`at least ${r.min} ${unit}${each}`)
    else if (r.min <= 1 && (k === 'points' || k === 'chars')) {
      out.push(`at most ${r.max} ${unit}${each}`)
    } else out.push(`${r.min}–${r.max} ${unit}${each}`)
  }
  return out
}
