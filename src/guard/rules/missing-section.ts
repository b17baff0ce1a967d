// `draft/missing-section`: every contract heading present as `## `, in contract order.
import { distance } from 'fastest-levenshtein'
import { documentSections } from '../../channels/contract.js'
import type { Diagnostic, Location } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import type { GuardContext } from '../context.js'
import { type DocSection, type DraftDocument, quote } from '../document.js'

/** Indices (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const len: number[] = []
  const prev: number[] = []
  let best = -1
  for (let i = 0; i < seq.length; i++) {
    len[i] = 1
    prev[i] = -1
    for (let j = 0; j < i; j++) {
      if ((seq[j] ?? 0) < (seq[i] ?? 0) && (len[j] ?? 0) + 1 > (len[i] ?? 0)) {
        len[i] = (len[j] ?? 0) + 1
        prev[i] = j
      }
    }
    if (best < 0 || (len[i] ?? 0) > (len[best] ?? 0)) best = i
  }
  const keep = new Set<number>()
  for (let i = best; i >= 0; i = prev[i] ?? -1) keep.add(i)
  return keep
}

/** A non-contract `## ` heading that looks like a misspelt contract heading. */
function lookalike(sections: readonly DocSection[], heading: string): DocSection | undefined {
  const want = heading.toLowerCase()
  return sections.find((s) => {
    if (s.id) return false
    const got = s.heading.toLowerCase().replace(/[:.]+$/, '')
    return got === want || distance(got, want) <= Math.max(2, Math.floor(want.length / 6))
  })
}

export function missingSection(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  // a one-channel post (a per-channel file) has no combined-draft sections to miss
  if (ctx.channel !== undefined) return []
  const SECTIONS = documentSections(ctx.channels)
  const out: Diagnostic[] = []
  // a per-channel draft is one channel's post: never asked for the other sections
  if (doc.format === 'channel') return out
  // first occurrence of each contract section, in document order
  const found = new Map<string, DocSection>()
  for (const s of doc.sections) if (s.id && !found.has(s.id)) found.set(s.id, s)
  const present = doc.sections.filter((s) => s.id && found.get(s.id) === s)
  const order = present.map((s) => SECTIONS.findIndex((c) => c.id === s.id))
  const inOrder = longestIncreasing(order)

  present.forEach((s, i) => {
    if (inOrder.has(i)) return
    const k = order[i] ?? 0
    const before = SECTIONS.slice(0, k).filter((c) => found.has(c.id))
    const after = SECTIONS.slice(k + 1).filter((c) => found.has(c.id))
    const should = [
      before.length ? `after "## ${before[before.length - 1]?.heading}"` : '',
      after.length ? `before "## ${after[0]?.heading}"` : ''
    ]
      .filter(Boolean)
      .join(' and ')
    out.push(
      diagnostic(
        RULES.draftMissingSection,
        { file: doc.file, line: s.line, column: s.column },
        `section ${quote(`## ${s.heading}`)} is out of order: it belongs ${should}`
      )
    )
  })

  SECTIONS.forEach((c, k) => {
    if (found.has(c.id)) return
    const similar = lookalike(doc.sections, c.heading)
    let at: Location = { file: doc.file, line: 1, column: 1 }
    let where = 'the draft has none of the sections before it'
    if (similar) {
      at = { file: doc.file, line: similar.line, column: similar.column }
      where = `found ${quote(`## ${similar.heading}`)} instead; the heading must be exact`
    } else {
      const prev = [...SECTIONS.slice(0, k)].reverse().find((p) => found.has(p.id))
      const prevSection = prev && found.get(prev.id)
      if (prev && prevSection) {
        const next = doc.sections.find((s) => s.line > prevSection.line)
        at = next
          ? { file: doc.file, line: next.line, column: next.column }
          : {
              file: doc.file,
              line: Math.min(prevSection.endLine + 1, doc.lineStarts.length),
              column: 1
            }
        where = `expected after "## ${prev.heading}"`
      }
    }
    out.push(
      diagnostic(
        RULES.draftMissingSection,
        at,
        `missing section ${quote(`## ${c.heading}`)} (${where})`
      )
    )
  })
  return out
}
