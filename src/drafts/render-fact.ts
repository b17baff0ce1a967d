// A fact as inline Markdown nodes: its plain text, ending in punctuation, its citations as
// `(claim: **ID**)` (or the ID made strong in place when the text still names it).
import type { Fact } from '../facts/types.js'
import { inline, type Inline, joinInline, strong } from './mdast.js'
import { withStop } from './words.js'

const TERMINAL = /([.!?]["')\]]*)$/

export function renderCited(text: string, cites: readonly string[] = []): Inline {
  let parts: (string | ReturnType<typeof strong>)[] = [withStop(text)]
  const after: string[] = []
  for (const id of cites) {
    if (!parts.some((p) => typeof p === 'string' && p.includes(id))) {
      after.push(id)
      continue
    }
    parts = parts.flatMap((p) =>
      typeof p === 'string' ? p.split(id).flatMap((s, i) => (i === 0 ? [s] : [strong(id), s])) : [p]
    )
  }
  if (after.length === 0) return inline(parts)
  const cite = inline(
    '(claim: ',
    joinInline(
      after.map((id) => strong(id)),
      ', '
    ),
    ')'
  )
  const last = parts[parts.length - 1]
  const m = typeof last === 'string' ? TERMINAL.exec(last) : null
  if (typeof last !== 'string' || !m) return inline(parts, ' ', cite)
  return inline(parts.slice(0, -1), last.slice(0, m.index), ' ', cite, m[1])
}

/** A fact as one sentence (or phrase), with its citations. */
export function renderFact(f: Fact): Inline {
  if (f.role === 'component' && f.term && !f.text.startsWith(f.term)) {
    return renderCited(`${f.term}: ${f.text}`, f.cites)
  }
  return renderCited(f.text, f.cites)
}
