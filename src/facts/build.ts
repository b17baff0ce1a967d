// The fact sheet of a tutorial: what a draft may say, each fact with its source and its role. Pure:
// built from the tutorial model (src/tutorial) and the registry (src/claims), read by every writer.
//
// Roles come from where a sentence stands (its section's role, given by the reader) and what it
// says (cue words), never from position alone: a line under "Not suitable for" is only ever a
// non-goal, a roadmap line only ever a roadmap item, a prerequisite only a tool and its version.
import { posix } from 'node:path'
import { claimIdRegExp } from '../config/types.js'
import { indexRegistry } from '../claims/validate.js'
import type { Chapter, Claim, Exercise, Registry, Tutorial } from '../model.js'
import { countPlainWords } from '../channels/measure.js'
import { parseTimeEstimate } from '../tutorial/time.js'
import {
  CUES,
  chapterSentences,
  credentialLike,
  dangling,
  metaSentence,
  normaliseCitations,
  sameSentence,
  type ClaimLookup,
  type Sentence
} from './sentences.js'
import type { Fact, FactRole, FactSheet, FactSource } from './types.js'

export interface FactOptions {
  claimIdPattern: string
  url?: string
}

function isReadme(c: Chapter): boolean {
  return /(^|\/)readme\.md$/i.test(c.file)
}

/** README and the first chapter: where a tutorial says what it is about. */
function introChapters(t: Tutorial): Chapter[] {
  const readme = t.chapters.find(isReadme)
  const first = t.chapters.find((c) => !isReadme(c))
  return [first, readme].filter((c): c is Chapter => c !== undefined)
}

/** Section roles whose sentences are never about the product's problem, approach or impact. */
const NOT_STORY = new Set([
  'non-goal',
  'limitation',
  'roadmap',
  'prerequisites',
  'troubleshooting',
  'cleanup',
  'glossary',
  'exercise',
  'setup',
  'next-steps',
  'outcomes'
])

/** Sentences that tell the reader to do something: tips and steps, never an impact. */
const IMPERATIVE =
  /^(?:set|use|configure|run|add|make sure|ensure|increase|decrease|raise|lower|enable|disable|install|open|click|create|copy|paste|type|edit|change|replace|remove|delete|check|start|stop|restart|keep|avoid|try|note|remember|do not|don't|never)\b/i

/** Fiction used as a running example: "a fictional shop called X", "X, an invented company". */
const FICTION =
  /\b(?:fictional|fictitious|imaginary|invented|made-up|make-believe|hypothetical|pretend|sample|demo|example)\s+(?:online\s+|e-?commerce\s+|coffee\s+|pizza\s+|pet\s+)?(?:company|companies|shop|store|business|startup|start-up|retailer|bakery|restaurant|pizzeria|bank|organisation|organization|firm|brand|app|marketplace|cafe|café|airline|hotel|chain)\b|\brunning example\b/i

/** Capitalised names a fiction sentence gives: `called Pizza Planet`, `Pizza Planet, a fictional …`. */
function fictionNames(text: string): string[] {
  const out: string[] = []
  const name = String.raw`((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|&|of|and|the)){0,3})`
  for (const re of [
    new RegExp(String.raw`\b(?:called|named)\s+${name}`, 'g'),
    new RegExp(
      String.raw`${name},?\s+(?:is\s+)?(?:an?|our)\s+(?:\w+\s+){0,2}?(?:fictional|fictitious|imaginary|invented|made-up|hypothetical)`,
      'g'
    ),
    new RegExp(String.raw`\b(?:meet|follow|help)\s+${name}`, 'g')
  ]) {
    for (const m of text.matchAll(re)) {
      const n = (m[1] ?? '').replace(/\s+(?:of|and|the|&)$/, '').trim()
      if (n && !/^(?:The|A|An|This|Our|We|You)$/.test(n)) out.push(n)
    }
  }
  return out
}

/** Words in titles that name the kind of document, not the product. */
const GENERIC =
  /^(?:quickstart|quick|start|started|getting|tutorial|workshop|guide|lab|labs|hands-on|hands|on|introduction|intro|to|with|and|the|a|an|your|first|building|build|deep|dive|course|course:|primer|basics|101|for|of|in|using|how|learn|learning|into|from|part|module|series|developer|developers|beginners?|advanced)$/i

/** The product's name: a defined subject ("X is a …"), else the title's most used proper word. */
function productName(
  t: Tutorial,
  definitions: readonly { name: string }[],
  fiction: readonly string[],
  prose: string
): string {
  const notFiction = (n: string): boolean => !fiction.some((f) => f.includes(n) || n.includes(f))
  const titleWords = t.title
    .split(/[\s:—–,()/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}.+#-]/gu, ''))
    .filter((w) => w !== '' && !GENERIC.test(w) && /^\p{Lu}/u.test(w))
  const fromDefinition = definitions.find(
    (d) => notFiction(d.name) && titleWords.some((w) => d.name.includes(w))
  )
  if (fromDefinition) return fromDefinition.name
  let best: { word: string; n: number } | undefined
  for (const w of titleWords) {
    if (!notFiction(w)) continue
    // its uses as a word, counted (the word must be in the text as written: a literal scan first)
    let n = 0
    if (prose.includes(w)) {
      const re = new RegExp(
        `(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'gu'
      )
      while (re.exec(prose)) n++
    }
    if (!best || n > best.n) best = { word: w, n }
  }
  if (best && best.n >= 2) return best.word
  const firstDef = definitions.find((d) => notFiction(d.name))
  return firstDef?.name ?? t.title.split(/\s*[:—–]\s*/)[0]?.trim() ?? t.title
}

const DEFINITION =
  /^((?:[A-Z][\w.+#-]*)(?:\s+[A-Z][\w.+#-]*){0,2}) (?:is|are) (?:an?|the) ([^.;:]{3,140})[.]?$/
const APPOSITIVE =
  /\b((?:[A-Z][\w.+#-]*)(?:\s+[A-Z][\w.+#-]*){0,2}), (an? (?!\w+ (?:fictional|fictitious|invented))[a-z][\w -]{3,80}?)(?=[.,;]|$)/g

function sourceOf(s: { file: string; line: number; column: number }, claim?: string): FactSource {
  const out: FactSource = { file: s.file, line: s.line, column: s.column }
  if (claim) out.claim = claim
  return out
}

/** Plain text of a prerequisite reduced to its tool and version: first clause, no link or credential. */
function prerequisiteText(text: string): string | undefined {
  const first = (text.split(/(?<=[.!?])\s+/)[0] ?? '')
    .replace(/\s+/g, ' ')
    .split(/,\s+(?:because|since|so|which|as|and on)\b|;\s|\s[—–]\s/)[0]!
    .trim()
  const out = first
    .replace(/\s*\([^()]*\b(?:https?:|notes|docs|documentation|link|here)\b[^()]*\)/gi, '')
    .replace(/[.:;]$/, '')
    .trim()
  if (out === '' || credentialLike(text) || /https?:\/\//i.test(out)) return undefined
  if (countPlainWords(out) > 14 || out.length > 120) return undefined
  return out
}

function optionalExercise(e: Exercise): boolean {
  const flag = (e as Exercise & { optional?: boolean }).optional
  if (typeof flag === 'boolean') return flag
  return /\b(?:optional|bonus|add-?on|stretch|extra credit)\b/i.test(e.title)
}

/** An exercise title without the `(optional)` marker the flag already carries. */
function exerciseTitle(e: Exercise, optional: boolean): string {
  const t = e.title.replace(/\s+/g, ' ').trim()
  return optional
    ? t.replace(/\s*[([]\s*(?:optional|bonus|add-?on)\b[^)\]]*[)\]]\s*/gi, ' ').trim()
    : t
}

export function buildFactSheet(t: Tutorial, registry: Registry, opts: FactOptions): FactSheet {
  const claims = indexRegistry(registry)
  const citedIds: string[] = []
  for (const c of t.citations) {
    const claim = claims.get(c.id)
    if (claim && claim.status !== 'deprecated' && !citedIds.includes(c.id)) citedIds.push(c.id)
  }
  // a Draft claim is not yet validated: the fact sheet lists it (role `claim`, status `draft`) so
  // an open question can ask for it, but no sentence citing it is quotable
  const verified = citedIds.filter((id) => claims.get(id)?.status === 'verified')
  const citable = new Map(verified.map((id) => [id, claims.get(id) as Claim]))
  const lookup: ClaimLookup = { claimId: () => claimIdRegExp(opts.claimIdPattern), citable }

  const facts: Omit<Fact, 'id'>[] = []
  const seen = new Set<string>()
  const add = (f: Omit<Fact, 'id'>): void => {
    const key = `${f.role}\u0000${f.text}`
    if (seen.has(key)) return
    seen.add(key)
    facts.push(f)
  }
  const fromSentence = (role: FactRole, s: Sentence): Omit<Fact, 'id'> => {
    const f: Omit<Fact, 'id'> = { role, text: s.text, source: sourceOf(s) }
    const cites = [...s.claims, ...s.inline.filter((i) => !s.claims.includes(i))]
    if (cites.length > 0) {
      f.cites = cites
      f.source.claim = cites[0] as string
    }
    if (s.section !== '') f.section = s.section
    return f
  }

  const intro = introChapters(t)
  // only the introduction's sentences are kept whole; the other chapters' are read one chapter at
  // a time below, keeping the few that can become limitations or non-goals (a chapter of 280,000
  // citations made 140,000 sentences that all stayed alive)
  const introSentencesOf = new Map(intro.map((c) => [c, chapterSentences(c, lookup)]))
  const introSentences = intro.flatMap((c) => introSentencesOf.get(c) ?? [])

  const allProse = t.chapters
    .flatMap((c) => c.blocks.filter((b) => b.kind !== 'code'))
    .map((b) => b.text)
    .join('\n')

  // fiction first: its names are never the product
  const fiction: string[] = []
  for (const c of t.chapters) {
    for (const b of c.blocks) {
      if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue
      const flat = b.text.replace(/\s+/g, ' ')
      // a sentence of the block matches only if the block does (no match needs a sentence edge)
      if (!FICTION.test(flat)) continue
      for (const raw of flat.split(/(?<=[.!?])\s+/)) {
        if (!FICTION.test(raw)) continue
        const names = fictionNames(raw)
        if (names.length === 0 && !/running example/i.test(raw)) continue
        for (const n of names) if (!fiction.includes(n)) fiction.push(n)
        const norm = normaliseCitations(raw.trim(), lookup)
        if (!norm || credentialLike(raw) || countPlainWords(norm.text) > 40) continue
        if (facts.some((f) => f.role === 'example')) continue
        add({
          role: 'example',
          text: norm.text,
          source: sourceOf(b),
          ...(names[0] ? { term: names[0] } : {}),
          ...(b.section ? { section: b.section } : {})
        })
      }
    }
  }
  const isFiction = (text: string): boolean =>
    FICTION.test(text) ||
    fiction.some((n) =>
      new RegExp(`^(?:\\W*)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)
    )

  // definitions: "X is a …" sentences, then appositives ("Tidepool, a self-hosted metrics rollup store")
  const definitions: {
    name: string
    text: string
    at: Sentence | { file: string; line: number; column: number }
  }[] = []
  for (const s of introSentences) {
    const m = DEFINITION.exec(s.text)
    if (
      m &&
      !isFiction(s.text) &&
      !NOT_STORY.has(s.role ?? '') &&
      !CUES.nonGoal.test(s.section) &&
      !CUES.limitation.test(s.section)
    ) {
      definitions.push({ name: m[1] as string, text: s.text, at: s })
    }
  }
  for (const c of intro) {
    for (const b of c.blocks) {
      if (b.kind !== 'paragraph') continue
      for (const m of b.text.replace(/\s+/g, ' ').matchAll(APPOSITIVE)) {
        const name = m[1] as string
        if (fiction.some((f) => f.includes(name)) || GENERIC.test(name)) continue
        definitions.push({ name, text: `${name} is ${(m[2] as string).trim()}.`, at: b })
      }
    }
  }

  // the candidates for limitations and non-goals, in document order (each list is filtered again
  // where it is used, with what is known by then); a sentence's section counts by the reader's
  // role, or by the cue words of the nearest heading itself (a "When X is not suitable" heading
  // under a "Why X" chapter inherits the chapter's role but says what it is)
  const nonGoalSection = (s: Sentence): boolean =>
    s.role === 'non-goal' || CUES.nonGoal.test(s.section)
  const limitationSection = (s: Sentence): boolean =>
    s.role === 'limitation' || (CUES.limitation.test(s.section) && !CUES.nonGoal.test(s.section))
  const limitationCandidates: Sentence[] = []
  const nonGoalCandidates: Sentence[] = []
  for (const c of t.chapters) {
    for (const s of introSentencesOf.get(c) ?? chapterSentences(c, lookup)) {
      if (isFiction(s.text)) continue
      if (
        !dangling(s.text) &&
        !metaSentence(s.text) &&
        (limitationSection(s) || (CUES.limitation.test(s.text) && !nonGoalSection(s)))
      ) {
        limitationCandidates.push(s)
      }
      if (
        (nonGoalSection(s) && (s.kind === 'paragraph' || (s.kind === 'list-item' && s.lead))) ||
        CUES.nonGoal.test(s.text)
      ) {
        nonGoalCandidates.push(s)
      }
    }
  }
  const product = productName(t, definitions, fiction, allProse)
  add({
    role: 'product',
    text: product,
    source: { file: t.chapters[0]?.file ?? t.dir, line: 1, column: 1 }
  })
  const definition =
    definitions.find((d) => d.name === product) ??
    definitions.find((d) => d.text.startsWith(product))
  const used: Sentence[] = []
  if (definition) {
    add({ role: 'definition', text: definition.text, source: sourceOf(definition.at) })
    if ('kind' in definition.at && 'claims' in definition.at) used.push(definition.at as Sentence)
  }

  // problem, approach, impact: from the introduction, by section role and cue
  const storyPool = introSentences.filter(
    (s) =>
      !NOT_STORY.has(s.role ?? '') &&
      !isFiction(s.text) &&
      !CUES.nonGoal.test(s.text) &&
      !CUES.nonGoal.test(s.section) &&
      !CUES.limitation.test(s.section)
  )
  const pick = (pool: readonly Sentence[], rank: (s: Sentence) => number): Sentence | undefined => {
    let best: Sentence | undefined
    let bestRank = 0
    for (const s of pool) {
      if (used.some((u) => sameSentence(u, s))) continue
      const r = rank(s)
      if (r > bestRank) {
        best = s
        bestRank = r
      }
    }
    if (best) used.push(best)
    return best
  }
  const cueRank =
    (cue: RegExp, roles: readonly string[]) =>
    (s: Sentence): number =>
      (roles.includes(s.role ?? '') ? 4 : 0) +
      (cue.test(s.section) ? 2 : 0) +
      (cue.test(s.text) ? 1 : 0)
  const problem = pick(storyPool, cueRank(CUES.problem, ['problem', 'why']))
  if (problem) add(fromSentence('problem', problem))
  const approaches: Sentence[] = []
  const covered = (s: Sentence): boolean =>
    approaches.some((a) => a.text.includes(s.text.replace(/[.]$/, '')))
  const bySubject = new RegExp(
    `^(?:The )?${product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?! is an? )`
  )
  const approachRank = (s: Sentence): number =>
    cueRank(CUES.simplification, [])(s) + (bySubject.test(s.text) ? 2 : 0)
  for (let i = 0; i < 2; i++) {
    const a = pick(
      storyPool.filter((s) => !covered(s) && approachRank(s) > 0),
      approachRank
    )
    if (!a) break
    approaches.push(a)
  }
  approaches.sort((a, b) => storyPool.indexOf(a) - storyPool.indexOf(b))
  for (const a of approaches) add(fromSentence('approach', a))
  const impactPool = storyPool.filter((s) => !IMPERATIVE.test(s.text) && s.kind === 'paragraph')
  const impact = pick(
    impactPool.filter((s) => CUES.impact.test(s.text) || CUES.impact.test(s.section)),
    cueRank(CUES.impact, ['why'])
  )
  if (impact) add(fromSentence('impact', impact))

  // components: glossary entries, then rows of a comparison table
  for (const g of t.glossary) {
    if (credentialLike(g.definition)) continue
    const def = g.definition.replace(/\s+/g, ' ').trim()
    const norm = normaliseCitations(def, lookup)
    if (!norm || countPlainWords(norm.text) > 40) continue
    add({
      role: 'component',
      term: g.term,
      text: norm.text,
      source: sourceOf(g),
      ...(norm.claims.length ? { cites: norm.claims } : {})
    })
  }
  const COMPARISON = /\b(vs\.?|versus|compar\w*|traditional|differences?)\b/i
  const table = t.chapters
    .flatMap((c) => c.blocks)
    .find(
      (b) =>
        b.kind === 'table' &&
        b.table &&
        b.table.header.length >= 2 &&
        b.table.rows.length > 0 &&
        (COMPARISON.test(b.table.header.join(' ')) || COMPARISON.test(b.section))
    )
  if (table?.table) {
    const header = table.table.header.map((h) => h.trim())
    for (const row of table.table.rows) {
      const label = (row[0] ?? '').trim()
      if (label === '') continue
      const cells = row.slice(1).map((cell, i) => {
        const norm = normaliseCitations(cell.trim(), lookup)
        return norm ? { col: header[i + 1] ?? '', text: norm.text, claims: norm.claims } : undefined
      })
      if (cells.some((c) => c === undefined)) continue
      const ok = cells as { col: string; text: string; claims: string[] }[]
      const f: Omit<Fact, 'id'> = {
        role: 'component',
        term: label,
        text: `${label}: ${ok.map((c) => `${c.col} — ${c.text}`).join('; ')}`,
        source: sourceOf(table),
        section: table.section
      }
      const cites = ok.flatMap((c) => c.claims)
      if (cites.length) f.cites = [...new Set(cites)]
      add(f)
    }
  }

  // exercises and the stated total time
  for (const e of t.exercises) {
    const optional = optionalExercise(e)
    const f: Omit<Fact, 'id'> = {
      role: 'exercise',
      text: exerciseTitle(e, optional),
      source: sourceOf(e),
      exercise: { id: e.id, title: exerciseTitle(e, optional), optional }
    }
    if (e.estimatedTime && f.exercise) {
      f.exercise.minutes = { min: e.estimatedTime.minMinutes, max: e.estimatedTime.maxMinutes }
    }
    add(f)
  }
  if (t.timeCommitment && !credentialLike(t.timeCommitment.text)) {
    const text = t.timeCommitment.text.replace(/\s+/g, ' ').trim()
    if (text !== '' && (t.timeCommitment.estimate ?? parseTimeEstimate(text))) {
      add({ role: 'total-time', text, source: sourceOf(t.timeCommitment) })
    }
  }

  // prerequisites: tools and versions only
  for (const p of t.prerequisites) {
    if (p.text.trim().endsWith(':')) continue
    if (t.exercises.some((e) => e.file === p.file && e.line < p.line)) continue
    const text = prerequisiteText(p.text)
    if (text) add({ role: 'prerequisite', text, source: sourceOf(p) })
  }

  // claims the tutorial cites, in the registry's wording
  for (const id of citedIds) {
    const c = claims.get(id) as Claim
    add({
      role: 'claim',
      text: c.claim.replace(/\s+/g, ' ').trim(),
      source: sourceOf(c, id),
      status: c.status,
      cites: [id],
      section: c.category
    })
  }

  // limitations: cited claims of a limitations category, the tutorial's own, the claims' fields
  for (const id of verified) {
    const c = claims.get(id) as Claim
    if ((/limit/i.test(c.category) || /-LIMIT-/i.test(id)) && !CUES.promise.test(c.claim)) {
      add({
        role: 'limitation',
        text: c.claim.replace(/\s+/g, ' ').trim(),
        source: sourceOf(c, id),
        cites: [id],
        status: c.status
      })
    }
  }
  const registryLimits = new Set(
    facts.filter((f) => f.role === 'limitation').flatMap((f) => f.cites ?? [])
  )
  for (const s of limitationCandidates) {
    // the registry's wording of the same claim is already there: the better source
    const restates = s.claims.length > 0 && s.claims.every((id) => registryLimits.has(id))
    if (!restates) add(fromSentence('limitation', s))
  }
  for (const id of verified) {
    const c = claims.get(id) as Claim
    for (const l of c.limitations) {
      const text = l.replace(/\s+/g, ' ').trim()
      if (text && !CUES.promise.test(text) && !credentialLike(text) && !dangling(text)) {
        add({ role: 'limitation', text, source: sourceOf(c, id), cites: [id], status: c.status })
      }
    }
  }
  // non-goals: kept negative and only where the tutorial says what it is not for
  for (const s of nonGoalCandidates) {
    if ((nonGoalSection(s) && s.kind === 'paragraph') || CUES.nonGoal.test(s.text)) {
      add(fromSentence('non-goal', s))
    } else if (nonGoalSection(s) && s.kind === 'list-item' && s.lead) {
      const f = fromSentence('non-goal', s)
      f.text = `${s.section.replace(/[:.]\s*$/, '')}: ${s.text}`
      add(f)
    }
  }

  // roadmap: headings (and their sentences are never quoted; see sentences.ts)
  for (const c of t.chapters) {
    for (const h of c.headings) {
      if (CUES.roadmap.test(h.text))
        add({
          role: 'roadmap',
          text: h.text,
          source: sourceOf({ ...h, file: h.file || c.file }),
          section: h.text
        })
    }
  }

  // the diagram: the tutorial's first image that is one
  const image = t.images.find((i) => i.diagram)
  if (image) {
    const inline = image.url.trim() === '' || /^(?:mermaid|plantuml|ascii)\b/i.test(image.url)
    const remote = !inline && /^[a-z][a-z0-9+.-]*:/i.test(image.url)
    const path = inline
      ? image.file
      : remote
        ? image.url
        : posix.normalize(posix.join(posix.dirname(image.file), image.url.replace(/[?#].*$/, '')))
    add({
      role: 'diagram',
      text: image.alt || image.title || path,
      source: sourceOf(image),
      term: path
    })
  }

  const sheet: FactSheet = {
    tutorial: t.name,
    dir: t.dir,
    title: t.title,
    facts: facts.map((f, i) => ({ id: `F${i + 1}`, ...f }))
  }
  if (opts.url !== undefined) sheet.url = opts.url
  return sheet
}
