// The channel contract's required elements (src/channels/contract.ts, `required`), detected in a
// post: what each element is, read from the post's text and links and measured against the
// tutorial's facts (src/facts: its problem, definition and approach, limitations and non-goals,
// exercises, diagram, product name) and the configured tutorial URL. Pure.
//
// Every detector answers "present" or "absent, and what would satisfy it", and says when the
// tutorial gives nothing to satisfy it with (no limitation stated, no exercise, no diagram): then
// the element is not asked for, because a draft could only meet it with a claim of its own.
import type { Code, Nodes, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import {
  type Channel,
  type RequiredElement,
  TALK_META_LINE,
  TUTORIAL_LINK_PLACEHOLDER
} from '../channels/contract.js'
import type { Fact, FactSheet } from '../facts/types.js'
import type { Location } from '../model.js'
import { splitSentences } from '../tutorial/sentences.js'
import type { DocSection, DraftDocument } from './document.js'
import { locateNode, quote } from './document.js'
import { foldCase, foldedWord, longestWord } from './prose.js'
import { contentStems } from './support.js'
import { walk } from '../walk.js'

/** One block of a post's text: a paragraph, a list item, a heading, a table row, a code block. */
export interface PostUnit {
  text: string
  node: Nodes
  kind: 'paragraph' | 'item' | 'heading' | 'row' | 'code'
}

/** A post as the detectors read it: its units, links and images, notes already set aside. */
export interface Post {
  doc: DraftDocument
  section: DocSection
  channel: Channel
  units: PostUnit[]
  /** every link target of the post (links, definitions, bare URLs), in order */
  links: string[]
  /** images (Markdown or HTML) in the post */
  images: number
  /** the post's source text (its body), for label lines such as `**Audience**:` */
  source: string
}

/** What the tutorial gives a post to carry (from its fact sheet and the config). */
export interface ElementFacts {
  product: string
  title: string
  /** the tutorial folder name, which a link back to it usually contains */
  tutorial: string
  /** the configured tutorial URL, when there is one */
  url?: string
  problems: Fact[]
  insights: Fact[]
  limitations: Fact[]
  nonGoals: Fact[]
  exercises: Fact[]
  diagrams: Fact[]
  /** claim IDs the tutorial cites (a cited claim backs the insight) */
  cited: ReadonlySet<string>
}

export interface Missing {
  element: RequiredElement
  at: Location
  /** what is wrong, then what would satisfy it */
  message: string
}

/** The fact sheet's facts, sorted for the detectors. */
export function elementFacts(
  sheet: FactSheet,
  opts: { url?: string; cited: ReadonlySet<string> }
): ElementFacts {
  const of = (...roles: Fact['role'][]): Fact[] => sheet.facts.filter((f) => roles.includes(f.role))
  const product = sheet.facts.find((f) => f.role === 'product')?.text ?? sheet.title
  const out: ElementFacts = {
    product,
    title: sheet.title,
    tutorial: sheet.tutorial,
    problems: of('problem'),
    insights: [
      ...of('definition', 'approach', 'component'),
      // a Verified claim backs the insight, unless it states a limit or a figure (as the writers pick it)
      ...of('claim').filter(
        (f) =>
          f.status === 'verified' &&
          !/limit|perf/i.test(f.section ?? '') &&
          !/-(?:LIMIT|PERF)-/i.test(f.source.claim ?? '')
      )
    ],
    limitations: of('limitation', 'non-goal'),
    nonGoals: of('non-goal'),
    exercises: of('exercise'),
    diagrams: of('diagram'),
    cited: opts.cited
  }
  const url = opts.url ?? sheet.url
  if (url !== undefined) out.url = url
  return out
}

// ---------------------------------------------------------------------------------------------
// Reading a post

function unitsOf(body: readonly RootContent[]): PostUnit[] {
  const out: PostUnit[] = []
  const walk = (n: RootContent): void => {
    switch (n.type) {
      case 'paragraph':
        out.push({ text: toString(n), node: n, kind: 'paragraph' })
        return
      case 'heading':
        out.push({ text: toString(n), node: n, kind: 'heading' })
        return
      case 'list':
        for (const item of n.children) out.push({ text: toString(item), node: item, kind: 'item' })
        return
      case 'table':
        for (const row of n.children) {
          out.push({
            text: row.children.map((c) => toString(c)).join(' | '),
            node: row,
            kind: 'row'
          })
        }
        return
      case 'blockquote':
        n.children.forEach(walk)
        return
      case 'code':
        out.push({ text: n.value, node: n, kind: 'code' })
        return
      default:
        return
    }
  }
  body.forEach(walk)
  return out
}

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi
const IMG_TAG = /<img\b/i

/** The post of one section of a draft, as the detectors read it. */
export function readPost(doc: DraftDocument, section: DocSection, channel: Channel): Post {
  const links: string[] = []
  let images = 0
  for (const n of section.body) {
    walk(n, (x) => {
      if (x.type === 'link' || x.type === 'definition') links.push(x.url)
      else if (x.type === 'image' || x.type === 'imageReference') images++
      else if (x.type === 'html' && IMG_TAG.test(x.value)) images++
      else if (x.type === 'text') for (const m of x.value.matchAll(BARE_URL)) links.push(m[0])
    })
  }
  const source = section.body
    .map((n) => doc.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0))
    .join('\n\n')
  return { doc, section, channel, units: unitsOf(section.body), links, images, source }
}

// ---------------------------------------------------------------------------------------------
// Shared measures

const stemSet = (text: string): Set<string> => new Set(contentStems(text))

/** The stems of a fact, computed once per fact (facts are compared with every sentence). */
const factStemCache = new WeakMap<Fact, Set<string>>()
function factStems(fact: Fact): Set<string> {
  let stems = factStemCache.get(fact)
  if (!stems) factStemCache.set(fact, (stems = stemSet(fact.text)))
  return stems
}

/** Content stems a text shares with a fact (the product's name counts as one). */
function shared(text: Set<string>, fact: Fact): number {
  let n = 0
  for (const s of factStems(fact)) if (text.has(s)) n++
  return n
}

/**
 * True when the text shares at least `min` content words with one of the facts, and at least
 * `ratio` of that fact's content words (a paraphrase of the fact, not a sentence on its topic).
 */
function echoes(text: string, facts: readonly Fact[], min = 2, ratio = 0): boolean {
  if (facts.length === 0) return false
  const stems = stemSet(text)
  return facts.some((f) => {
    const size = factStems(f).size
    const n = shared(stems, f)
    return n >= Math.min(min, size) && n >= ratio * size
  })
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A name as a word-bounded, case-insensitive pattern; spaces match any whitespace or hyphen. */
function namePattern(name: string): RegExp {
  const body = name.trim().split(/\s+/).map(escapeRe).join('[\\s\\u00a0-]*')
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu')
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length

const withoutUrls = (s: string): string => s.replace(BARE_URL, ' ')

/** Label lines that are metadata of the post, not its prose: `**Title**: …`, `Working title: …`. */
const META_UNIT = /^\s*(?:working\s+|post\s+|article\s+)?(?:title|subtitle|tags?|hashtags)\s*:/i

/**
 * The draft's source line `line` (1-based), its ending included, found through the document's
 * line table: splitting the whole source per unit made a big draft quadratic in time and memory.
 */
function sourceLine(doc: DraftDocument, line: number): string {
  const start = doc.lineStarts[line - 1]
  return start === undefined
    ? ''
    : doc.source.slice(start, doc.lineStarts[line] ?? doc.source.length)
}

/** The post's prose units (not headings, code or metadata lines). */
function proseUnits(post: Post): PostUnit[] {
  return post.units.filter(
    (u) =>
      (u.kind === 'paragraph' || u.kind === 'item') &&
      !META_UNIT.test(u.text) &&
      !TALK_META_LINE.test(sourceLine(post.doc, u.node.position?.start.line ?? 1))
  )
}

/** Where the post starts: its first prose block (after a title or metadata lines), else its first block. */
function firstLocation(post: Post): Location {
  const first = proseUnits(post)[0] ?? post.units[0]
  return first
    ? locateNode(post.doc, first.node)
    : { file: post.doc.file, line: post.section.line, column: post.section.column }
}

function lastLocation(post: Post): Location {
  const last = post.units[post.units.length - 1]
  return last
    ? locateNode(post.doc, last.node)
    : { file: post.doc.file, line: post.section.line, column: post.section.column }
}

function factPlace(f: Fact): string {
  if (f.source.file) return ` (${f.source.file}${f.source.line ? `:${f.source.line}` : ''})`
  return f.source.claim ? ` (${f.source.claim})` : ''
}

/** `"…" (README.md:12)`: a fact, quoted, with its source. */
function example(f: Fact | undefined): string {
  return f ? `${quote(f.text, 90)}${factPlace(f)}` : ''
}

// ---------------------------------------------------------------------------------------------
// The detectors

/** Words that state a problem: a cost, a wait, a failure, a difficulty, a question. */
const PROBLEM_WORDS =
  /\?|\b(?:problems?|pains?|painful|hard(?:er)?|slow(?:er|ly)?|costs?|costly|expensive|bills?|fail(?:s|ed|ing|ures?)?|struggl\w*|wast\w*|wait(?:s|ed|ing)?|manual(?:ly)?|complex\w*|complicated|tedious|error-prone|bottlenecks?|duplicat\w*|without|can['’]?t|cannot|couldn['’]t|too (?:many|much|slow|long|often)|every time|toil|headaches?|challeng\w*|difficult\w*|break(?:s|ing)?|broken|outages?|risk\w*|los(?:e|es|t|ing)|stuck|messy|fragile|brittle|flaky|friction|overhead|downtime|late(?:ncy)?|ever (?:wondered|tried|spent|had)|what if|tired of|instead of|no longer|still)\b/i

/** An opening that only announces: "New tutorial!", "We just published …", "Check out …". */
const ANNOUNCEMENT =
  /^[^\p{L}\p{N}]*(?:new\b|just\b|we(?:['’]ve| have)?\s+(?:just\s+)?(?:published|released|launched|shipped|wrote|written|put together)|i(?:['’]ve| have)?\s+(?:just\s+)?(?:published|wrote|written|put together)|(?:so\s+)?(?:excited|happy|proud|thrilled)\b|check out|announcing|introducing|read (?:our|the|my)|try (?:our|the|it))/iu

/** A sentence that sends the reader somewhere: the call to action, not content. */
const CTA_WORDS =
  /\b(?:try|start|read|follow|check out|get started|dive in|take|open|see|find|learn more|work through|walk through|link|here)\b/i

function isProblemHook(text: string, f: ElementFacts): boolean {
  return PROBLEM_WORDS.test(text) || echoes(text, f.problems)
}

function hook(post: Post, f: ElementFacts): Missing | undefined {
  const first = proseUnits(post)[0]
  const expected =
    f.problems.length > 0
      ? `open with the problem the tutorial addresses, e.g. ${example(f.problems[0])}`
      : 'open with a sentence stating the problem the tutorial addresses'
  if (!first) {
    return {
      element: 'hook',
      at: firstLocation(post),
      message: `has no opening sentence: ${expected}`
    }
  }
  const text = withoutUrls(first.text)
  const sentence = splitSentences(text)[0]?.text ?? text
  const at = locateNode(post.doc, first.node)
  if (words(text.replace(/#[\p{L}\p{N}_]+/gu, ' ')) < 4) {
    return { element: 'hook', at, message: `opens with ${quote(first.text)}: ${expected}` }
  }
  const announces = ANNOUNCEMENT.test(sentence) || (first.text !== text && CTA_WORDS.test(sentence))
  // with a problem in the tutorial, the opening must state it; without one, any opening sentence
  // that is more than an announcement (our writer then opens with the definition)
  const ok =
    f.problems.length > 0
      ? isProblemHook(sentence, f) || (!announces && isProblemHook(text, f))
      : !announces || isProblemHook(sentence, f)
  if (ok) return undefined
  return {
    element: 'hook',
    at,
    message: `opens with ${quote(sentence)}, which ${announces ? 'announces the post' : 'does not state a problem'}: ${expected}`
  }
}

/** The post's sentences, each with the unit it stands in; the problem hook and calls to action left out. */
function bodySentences(post: Post, f: ElementFacts): { text: string; unit: PostUnit }[] {
  const units = proseUnits(post)
  const out: { text: string; unit: PostUnit }[] = []
  units.forEach((u, i) => {
    // once per unit, not per sentence: a one-paragraph 3 MB post has 100,000 sentences
    const bare = withoutUrls(u.text)
    const hasUrl = u.text !== bare
    const sentences = splitSentences(bare).map((s) => s.text)
    sentences.forEach((s, j) => {
      // the opening sentence, when it states the problem, is the hook, not the insight
      if (i === 0 && j === 0 && isProblemHook(s, f)) return
      if (hasUrl && CTA_WORDS.test(s) && words(s) <= 20) return
      out.push({ text: s, unit: u })
    })
  })
  return out
}

function insight(post: Post, f: ElementFacts, claimId: RegExp): Missing | undefined | 'n/a' {
  // no definition, approach, component or verified claim: nothing to say without a claim of its own
  if (f.insights.length === 0) return 'n/a'
  const sentences = bodySentences(post, f)
  const cites = (s: string): boolean => {
    claimId.lastIndex = 0
    for (const m of s.matchAll(claimId)) if (f.cited.has(m[0])) return true
    return false
  }
  // a sentence stating a limit is the limitation, not the insight
  const candidates = sentences.filter((s) => !LIMIT_WORDS.test(s.text))
  if (candidates.some((s) => echoes(s.text, f.insights) || cites(s.text))) return undefined
  // an opening that states the problem is the hook; when it is also the tutorial's own definition
  // or approach ("Stork is a cache in front of a slow service"), it is the insight too
  const opening = splitSentences(withoutUrls(proseUnits(post)[0]?.text ?? ''))[0]?.text
  const stated = f.insights.filter((x) => x.role === 'definition' || x.role === 'approach')
  // (nearly all of the fact's words: an opening about the problem shares a few with any fact)
  if (opening && !LIMIT_WORDS.test(opening) && echoes(opening, stated, 2, 0.8)) return undefined
  const def = f.insights.find((x) => x.role === 'definition') ?? f.insights[0]
  return {
    element: 'insight',
    at: firstLocation(post),
    message: `does not say what ${f.product} is or how it approaches the problem: add one insight from the tutorial, e.g. ${example(def)}`
  }
}

/** Words that state a limit: what the product does not do, a trade-off, a caveat. */
const LIMIT_WORDS =
  /\b(?:limitations?|limits?|limited|trade-?offs?|caveats?|downsides?|drawbacks?|constraints?|not (?:suitable|a fit|a good fit|designed|meant|intended|for|a replacement|yet|supported)|does(?: not|n['’]t)|do(?: not|n['’]t)|is(?: not|n['’]t)|are(?: not|n['’]t)|cannot|can['’]t|won['’]t|only (?:works|supports|runs|reads|handles|covers)|no support|unsupported|out of scope|when not to)\b/i

function limitation(post: Post, f: ElementFacts): Missing | undefined | 'n/a' {
  if (f.limitations.length === 0) return 'n/a'
  const sentences = bodySentences(post, f)
  if (sentences.some((s) => LIMIT_WORDS.test(s.text) || echoes(s.text, f.limitations, 3, 0.6))) {
    return undefined
  }
  return {
    element: 'limitation',
    at: lastLocation(post),
    message: `states no limitation: add one the tutorial states, e.g. ${example(f.limitations[0])}`
  }
}

/** A URL compared loosely: no scheme, `www.`, query, fragment or trailing slash; lower-case. */
function urlKey(u: string): string {
  return u
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
}

const LINK_IN_COMMENTS = /\blinks?\s+(?:is\s+)?in\s+(?:the\s+)?(?:first\s+)?comments?\b/i

function callToAction(post: Post, f: ElementFacts): Missing | undefined {
  const text = post.units.map((u) => u.text).join('\n')
  if (text.includes(TUTORIAL_LINK_PLACEHOLDER) || LINK_IN_COMMENTS.test(text)) return undefined
  const name = f.tutorial.toLowerCase()
  const want = f.url !== undefined ? urlKey(f.url) : undefined
  const toTutorial = (link: string): boolean => {
    const k = urlKey(link)
    if (want !== undefined && (k === want || k.startsWith(`${want}/`))) return true
    if (name !== '' && decodeURIComponent(k).split(/[/]/).includes(name)) return true
    // without a configured URL any link may be the tutorial's
    return want === undefined && k !== ''
  }
  if (post.links.some(toTutorial)) return undefined
  const target = f.url ?? `the tutorial (a link whose path holds its folder name \`${f.tutorial}\`)`
  const found = post.links.length > 0 ? ` (its links go elsewhere: ${post.links[0]})` : ''
  return {
    element: 'call-to-action',
    at: lastLocation(post),
    message: `has no call to action linking back to the tutorial${found}: end with a link to ${target}`
  }
}

/** Where an exercise is first named in `text` (`lower`: the text lower-cased), or -1. */
function exerciseNamed(text: string, e: Fact, lower = text.toLowerCase()): number {
  const id = e.exercise?.id
  const at: number[] = []
  if (id && /\d/.test(id)) {
    const m = new RegExp(
      `(?<![\\p{L}\\p{N}_])${escapeRe(id).replace(/\\? /g, '\\s*')}(?![\\p{N}])`,
      'iu'
    ).exec(text)
    if (m) at.push(m.index)
  }
  const title = (e.exercise?.title ?? e.text).trim()
  if (title !== '') {
    const i = lower.indexOf(title.toLowerCase())
    if (i >= 0) at.push(i)
  }
  return at.length ? Math.min(...at) : -1
}

function exercisePath(post: Post, f: ElementFacts): Missing | undefined | 'n/a' {
  if (f.exercises.length === 0) return 'n/a'
  const text = post.units.map((u) => u.text).join('\n')
  const lower = text.toLowerCase()
  const named = f.exercises
    .map((e, i) => ({ e, i, at: exerciseNamed(text, e, lower) }))
    .filter((x) => x.at >= 0)
  const label = (e: Fact): string => e.exercise?.id ?? e.text
  if (named.length === 0) {
    const list = f.exercises
      .slice(0, 3)
      .map((e) => label(e))
      .join(', ')
    return {
      element: 'exercise-path',
      at: firstLocation(post),
      message: `names none of the tutorial's exercises: give the exercise path in order with the tutorial's times (${list}${f.exercises.length > 3 ? ', …' : ''})`
    }
  }
  const byPlace = [...named].sort((a, b) => a.at - b.at)
  for (let k = 1; k < byPlace.length; k++) {
    const prev = byPlace[k - 1]!
    const cur = byPlace[k]!
    if (cur.i < prev.i) {
      return {
        element: 'exercise-path',
        at: firstLocation(post),
        message: `names ${label(prev.e)} before ${label(cur.e)}: give the exercises in the tutorial's order`
      }
    }
  }
  return undefined
}

const DIAGRAM_WORDS =
  /\b(?:diagrams?|figures?|illustrations?|sketch|drawing|schematic|screenshots?|flowchart)\b/i
const DRAWN = /[┌┐└┘─│]|\+-{3,}\+|-->|->/

function diagram(post: Post, f: ElementFacts): Missing | undefined | 'n/a' {
  if (f.diagrams.length === 0) return 'n/a'
  if (post.images > 0) return undefined
  const code = post.units.filter((u) => u.kind === 'code')
  if (code.some((u) => /^(?:mermaid|plantuml)$/i.test((u.node as Code).lang ?? '')))
    return undefined
  if (code.some((u) => DRAWN.test(u.text))) return undefined
  const text = post.units
    .filter((u) => u.kind !== 'code')
    .map((u) => u.text)
    .join('\n')
  const names = f.diagrams.flatMap((d) =>
    [d.term, d.text].filter((s): s is string => s !== undefined && s.trim().length > 3)
  )
  const base = (s: string): string => s.slice(s.lastIndexOf('/') + 1).toLowerCase()
  if (DIAGRAM_WORDS.test(text) || names.some((n) => text.toLowerCase().includes(base(n)))) {
    return undefined
  }
  const d = f.diagrams[0]!
  return {
    element: 'diagram',
    at: lastLocation(post),
    message: `references no diagram: include or reference the tutorial's diagram, e.g. ${quote(d.term ?? d.text)}${factPlace(d)}`
  }
}

function productName(post: Post, f: ElementFacts): Missing | undefined {
  // a name inside a URL (`…/tidepool-quickstart`) is no mention
  const text = withoutUrls([post.section.heading, ...post.units.map((u) => u.text)].join('\n'))
  // every match holds the name's longest word: a text whose fold lacks it is not scanned
  const word = foldedWord(longestWord(f.product.trim().split(/\s+/)))
  if (foldCase(text).includes(word) && namePattern(f.product).test(text)) return undefined
  return {
    element: 'product-name',
    at: firstLocation(post),
    message: `never names the product: name ${quote(f.product)} in the post`
  }
}

const SCOPE_WORDS =
  /\b(?:scope|covers?|covered|cover(?:ing)?|what you(?:['’]ll| will) (?:learn|build|do)|you(?:['’]ll| will) (?:learn|build|set up|deploy)|includes?|topics|exercises?|labs?)\b/i

function scope(post: Post, f: ElementFacts): Missing | undefined {
  const text = post.units.map((u) => u.text).join('\n')
  if (SCOPE_WORDS.test(text)) return undefined
  const lower = text.toLowerCase()
  if (f.exercises.some((e) => exerciseNamed(text, e, lower) >= 0)) {
    return undefined
  }
  return {
    element: 'scope',
    at: firstLocation(post),
    message: `does not say what the tutorial covers: add its scope (a "Scope:" line naming the exercises${f.exercises[0] ? `, e.g. ${f.exercises[0].exercise?.id ?? f.exercises[0].text}` : ''})`
  }
}

const NON_GOAL_WORDS =
  /\b(?:non-?goals?|not covered|out of scope|not (?:suitable|a fit|for|a replacement|meant|intended|designed)|does(?: not|n['’]t) cover|won['’]t cover|when not to|not included)\b/i

function nonGoals(post: Post, f: ElementFacts): Missing | undefined | 'n/a' {
  if (f.nonGoals.length === 0) return 'n/a'
  const text = post.units.map((u) => u.text).join('\n')
  if (NON_GOAL_WORDS.test(text) || echoes(text, f.nonGoals, 3)) return undefined
  return {
    element: 'non-goals',
    at: lastLocation(post),
    message: `states no non-goal: add what the tutorial is not for (a "Non-goals:" line), e.g. ${example(f.nonGoals[0])}`
  }
}

const TALK_LABELS: Record<'audience' | 'level' | 'format', { re: RegExp; hint: string }> = {
  audience: {
    re: /\b(?:audience|who should (?:attend|come|watch)|who (?:it|this) is for|intended for|attendees)\b/i,
    hint: '"**Audience**: …" line (set talk.audience in the config for ours)'
  },
  level: {
    re: /\b(?:level|difficulty|beginners?|introductory|intermediate|advanced|expert)\b/i,
    hint: '"**Level**: …" line (set talk.level in the config for ours)'
  },
  format: {
    re: /\b(?:format|session type|lightning|keynote|workshop|panel|\d+\s*-?\s*min(?:ute)?s?\s+(?:talk|session|slot))\b/i,
    hint: '"**Format**: …" line, e.g. "25-minute talk" (set talk.format in the config for ours)'
  }
}

function talkField(post: Post, element: 'audience' | 'level' | 'format'): Missing | undefined {
  const { re, hint } = TALK_LABELS[element]
  if (re.test(post.source) || re.test(post.section.heading)) return undefined
  return {
    element,
    at: lastLocation(post),
    message: `does not state its ${element}: add a ${hint}`
  }
}

/**
 * The required elements a post lacks, in the channel's order. `claimId` is the global claim-ID
 * pattern (a cited claim backs the insight).
 */
export function missingElements(
  post: Post,
  required: readonly RequiredElement[],
  f: ElementFacts,
  claimId: RegExp
): Missing[] {
  const out: Missing[] = []
  for (const element of required) {
    let r: Missing | undefined | 'n/a'
    switch (element) {
      case 'hook':
        r = hook(post, f)
        break
      case 'insight':
        r = insight(post, f, claimId)
        break
      case 'limitation':
        r = limitation(post, f)
        break
      case 'call-to-action':
        r = callToAction(post, f)
        break
      case 'exercise-path':
        r = exercisePath(post, f)
        break
      case 'diagram':
        r = diagram(post, f)
        break
      case 'product-name':
        r = productName(post, f)
        break
      case 'scope':
        r = scope(post, f)
        break
      case 'non-goals':
        r = nonGoals(post, f)
        break
      case 'audience':
      case 'level':
      case 'format':
        r = talkField(post, element)
        break
    }
    if (r !== undefined && r !== 'n/a') out.push(r)
  }
  return out
}
