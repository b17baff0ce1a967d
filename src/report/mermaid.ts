// The exercise flow of a tutorial as a Mermaid flowchart (rendered by GitHub in comments).
import type { Exercise, Tutorial } from '../model.js'
import { exerciseTitle } from '../tutorial/derived.js'
import { md, plain } from './mdast.js'

/**
 * Escapes text for a double-quoted Mermaid label. Mermaid decodes `#name;` / `#123;` entity
 * codes, so `#` itself is encoded first; quotes, brackets, angle brackets, backticks (which would
 * start a Markdown string or end our fence), `@` and `;` are encoded too.
 */
export function mermaidLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"'`<>[\](){}|@;&\\]/g, (c) => `#${c.codePointAt(0)};`)
}

/** A Mermaid node ID: unique per position, letters/digits/underscores only. */
function nodeId(e: Exercise, index: number): string {
  const safe = e.id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')
  return `ex${index + 1}${safe ? `_${safe}` : ''}`
}

function label(e: Exercise): string {
  const parts = [e.id.trim(), exerciseTitle(e)].filter((p) => p !== '')
  let text = parts.join(': ')
  if (e.estimatedTime) text += ` · ${e.estimatedTime.text.trim()}`
  return mermaidLabel(text)
}

/** A ```mermaid `flowchart LR` of the tutorial's exercises in order; '' when there are none. */
export function exerciseFlowchart(t: Tutorial): string {
  if (t.exercises.length === 0) return ''
  const ids = t.exercises.map(nodeId)
  const lines = ['flowchart LR']
  t.exercises.forEach((e, i) => lines.push(`  ${ids[i]}["${label(e)}"]`))
  if (ids.length > 1) lines.push(`  ${ids.join(' --> ')}`)
  // a code node: the serializer picks the fence (labels hold no backtick: `mermaidLabel`)
  return md({ type: 'code', lang: 'mermaid', value: plain(lines.join('\n')) })
}
