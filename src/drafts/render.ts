// The whole document: title, provenance line, the sections in contract order.
import type { DraftSection } from './types.js'
import { SECTIONS } from './types.js'

/** `# Amplification drafts — <title>`, then the optional provenance line, then each `## ` section. */
export function renderDraft(
  sections: DraftSection[],
  title: string,
  provenance?: string,
  kind = 'Amplification drafts'
): string {
  const ordered = [...sections].sort(
    (a, b) => SECTIONS.findIndex((s) => s.id === a.id) - SECTIONS.findIndex((s) => s.id === b.id)
  )
  const parts = [`# ${kind} — ${title.replace(/\s+/g, ' ').trim()}`]
  if (provenance) parts.push(provenance)
  for (const s of ordered) parts.push(`## ${s.heading}\n\n${s.markdown.trim()}`)
  return `${parts.join('\n\n').replace(/\r\n?/g, '\n').trimEnd()}\n`
}
