// Rendering a fact as Markdown: its plain text escaped, ending in punctuation, its citations as
// `(claim: **ID**)` (or the ID bolded in place when the text still names it).
import type { Fact } from '../facts/types.js'
import { escapeInline, withStop } from './words.js'

export function renderCited(text: string, cites: readonly string[] = []): string {
  let out = escapeInline(withStop(text))
  const after: string[] = []
  for (const id of cites) {
    const esc = escapeInline(id)
    if (out.includes(esc)) out = out.split(esc).join(`**${id}**`)
    else after.push(id)
  }
  if (after.length === 0) return out
  const cite = `(claim: ${after.map((id) => `**${id}**`).join(', ')})`
  const m = /([.!?]["')\]]*)$/.exec(out)
  return m ? `${out.slice(0, m.index)} ${cite}${m[1]}` : `${out} ${cite}`
}

/** A fact as one Markdown sentence (or phrase), with its citations. */
export function renderFact(f: Fact): string {
  if (f.role === 'component' && f.term && !f.text.startsWith(f.term)) {
    return renderCited(`${f.term}: ${f.text}`, f.cites)
  }
  return renderCited(f.text, f.cites)
}
