// The draft-quality rules: pure checks over a draft's text, written independently of the writer
// (their own patterns), so a writer that slips is caught rather than agreed with.
import type { Tutorial } from '../../src/model.js'

export interface Problem {
  rule: string
  section: string
  text: string
}

/** `## Heading` → body, for every section of a document. */
export function sectionsOf(markdown: string): Map<string, string> {
  const out = new Map<string, string>()
  const parts = markdown.split(/^## /m).slice(1)
  for (const p of parts) {
    const nl = p.indexOf('\n')
    out.set(p.slice(0, nl).trim(), p.slice(nl + 1).trim())
  }
  return out
}

/** The channel sections (everything but open questions and the checklist). */
export function channelSections(markdown: string): [string, string][] {
  return [...sectionsOf(markdown)].filter(
    ([h]) => !/^Open Questions|^Amplification Checklist/.test(h)
  )
}

/** Sentences of a section's prose: markup, list markers and bold labels stripped. */
export function sentencesOf(body: string): string[] {
  const out: string[] = []
  for (const raw of body.split('\n')) {
    const line = raw
      .replace(/^\s*(?:[-*]|\d+\.)\s+/, '')
      .replace(/^\*\*[^*]+\*\*:\s*/, '')
      .replace(
        /^(?:Problem|Approach|Why it matters|What [^:]+ is|Running example[^:]*|Prerequisites|Backed by the registry):\s*/,
        ''
      )
      .replace(/\*\*/g, '')
      .replace(/\\([\\`*_[\]<>])/g, '$1')
      .replace(/\s*\(claim: [^)]*\)/g, '')
      .trim()
    if (line === '' || line.startsWith('#') || line.startsWith('_')) continue
    for (const s of line.split(/(?<=[.!?])\s+(?=[A-Z])/)) if (s.trim()) out.push(s.trim())
  }
  return out
}

const DANGLING_START = /^(?:This|That|These|Those|It|Its|They|Their|Such|Here|Both)\b/
const POINTING = /\b(?:the following|as follows|below|above|as shown|as outlined|as described)\b/i
const META =
  /^(?:In this (?:section|chapter|lab|module|workshop|tutorial|guide)|Welcome\b|Let's\b|By the end of)|\b(?:enrol|enroll|sign up|certificate|is part of the [^.]* course|course wrap-up)\b/i
const CREDENTIAL = [
  /\b(?:password|passwd|api[_ -]?key|secret|token)\s*[:=]\s*\S/i,
  /\bks_live_\w+/,
  /\beyJ[\w-]{10,}\./,
  /\b(?=\w*\d)(?=\w*[a-z])[\w-]{32,}\b/
]

/** Sentences the tutorial writes under a "not suitable / non-goal" heading (plain text). */
export function nonGoalSentences(t: Tutorial): string[] {
  const out: string[] = []
  for (const c of t.chapters) {
    for (const b of c.blocks) {
      const role = (b as { role?: string }).role
      const nonGoal =
        role === 'non-goal' ||
        /not suitable|non-goals?|when not to use|out of scope|not covered/i.test(b.section)
      if (!nonGoal || b.kind === 'heading' || b.kind === 'code') continue
      for (const s of b.text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/)) {
        const plain = s
          .replace(/\s*\(see claim:[^)]*\)/gi, '')
          .replace(/[.:]$/, '')
          .trim()
        if (plain.split(' ').length >= 4) out.push(plain)
      }
    }
  }
  return out
}

/** Every quality problem of one draft document (combined draft or one channel's post). */
export function qualityProblems(
  markdown: string,
  opts: { product: string; nonGoals: readonly string[] }
): Problem[] {
  const out: Problem[] = []
  const sections = channelSections(markdown)
  for (const [heading, body] of sections) {
    const seen = new Set<string>()
    for (const s of sentencesOf(body)) {
      if (DANGLING_START.test(s) || POINTING.test(s) || /:\s*$/.test(s)) {
        out.push({ rule: 'dangling-referent', section: heading, text: s })
      }
      if (META.test(s)) out.push({ rule: 'meta-sentence', section: heading, text: s })
      const key = s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '')
      if (key.split(' ').length >= 4 && seen.has(key)) {
        out.push({ rule: 'duplicate-sentence', section: heading, text: s })
      }
      seen.add(key)
    }
    for (const line of body.split('\n')) {
      if (/^\s*(?:[-*]|\d+\.)\s/.test(line) && line.length > 300) {
        out.push({ rule: 'long-list-item', section: heading, text: line.slice(0, 80) })
      }
      if (CREDENTIAL.some((re) => re.test(line))) {
        out.push({ rule: 'credential', section: heading, text: line.slice(0, 80) })
      }
    }
    // a non-goal never stands as the problem, the approach or the impact
    const storyLines = body
      .split('\n')
      .filter((l) =>
        /^\s*(?:\d+\. \*\*(?:Problem|Simplification|Impact)\*\*|- (?:Problem|Approach|Why it matters|What [^:]+ is):|- \*\*What it is\*\*)/.test(
          l
        )
      )
    for (const l of storyLines) {
      const plain = l.replace(/\*\*/g, '').replace(/\\([\\`*_[\]<>])/g, '$1')
      for (const ng of opts.nonGoals) {
        if (plain.includes(ng)) out.push({ rule: 'non-goal-as-story', section: heading, text: l })
      }
      if (/\bnot suitable\b|\bnot a replacement\b|\bpoor fit\b/i.test(plain)) {
        out.push({ rule: 'non-goal-as-story', section: heading, text: l })
      }
    }
  }
  for (const h of ['LinkedIn Draft', 'Talk Abstract', 'Newsletter Blurb', 'X Thread']) {
    const body = sections.find(([x]) => x === h)?.[1]
    if (body !== undefined && !body.includes(opts.product)) {
      out.push({ rule: 'product-name-missing', section: h, text: opts.product })
    }
  }
  return out
}
