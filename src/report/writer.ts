// Who wrote each draft's channels, for the reports: the JSON `writer` object, and the lines the PR
// comment and the job summary show (which channels a model wrote, which kept the deterministic
// text and why). Pure.
import { CHANNELS } from '../channels/contract.js'
import type { Draft } from '../drafts/types.js'
import type { ChannelReport, WriterReport } from '../llm/types.js'
import { withoutRecord } from '../llm/cache.js'
import type { ListItem } from 'mdast'
import { text } from './mdast.js'

/** The draft's writer report; a draft without one was written by the deterministic writer alone. */
export function writerOf(d: Draft): WriterReport {
  if (d.writer) return d.writer
  const ids = new Set(CHANNELS.map((c) => c.id))
  return {
    kind: 'deterministic',
    model: null,
    requests: 0,
    channels: d.sections
      .filter((s) => ids.has(s.id))
      .map((s) => ({ name: s.id, source: 'deterministic', rounds: 0, findings: [] }))
  }
}

/** The draft text to show in a report: without the writer's record line (a comment). */
export function shownDraft(d: Draft): string {
  return d.writer ? withoutRecord(d.markdown) : d.markdown
}

const nameOf = (id: string): string => CHANNELS.find((c) => c.id === id)?.name ?? id

function why(c: ChannelReport): string {
  if (c.fault) return c.fault.kind
  const rules = [...new Set(c.findings.map((f) => f.rule))]
  return rules.length > 0 ? rules.join(', ') : 'no answer'
}

/**
 * One list item per draft a model was asked to write: the model, the requests sent, the channels
 * it wrote and those that kept the deterministic text, with the reason. Empty when the
 * deterministic writer wrote everything.
 */
export function writerItems(drafts: readonly Draft[]): ListItem[] {
  const out: ListItem[] = []
  for (const d of drafts) {
    const w = d.writer
    if (!w || w.kind !== 'llm') continue
    const model = w.channels.filter((c) => c.source === 'llm')
    const back = w.channels.filter((c) => c.source === 'fallback')
    const parts = [
      model.length > 0
        ? `written by the model: ${model.map((c) => nameOf(c.name)).join(', ')}`
        : 'no channel written by the model',
      ...(back.length > 0
        ? [
            `fell back to the deterministic text: ${back.map((c) => `${nameOf(c.name)} (${why(c)})`).join(', ')}`
          ]
        : [])
    ]
    const requests = `${w.requests} request${w.requests === 1 ? '' : 's'}`
    const line = `${d.tutorial} — ${w.model ?? ''}, ${requests}: ${parts.join('; ')}.`
    out.push({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [text(line.replace(/\s+/g, ' '))] }]
    })
  }
  return out
}
