// `draft/unearned-tick`: the draft's own checklist ticks an item (✅) that the guard's findings on
// the same draft contradict — the hand-ticked "No Overclaiming" box over an overclaiming draft.
// It runs after the other rules, on their findings. Read in the combined draft's checklist section
// and in the notes blocks of any draft (a per-channel post's "Pre-publication checklist").
import { CHECKLIST_ITEMS } from '../../channels/checklist.js'
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import { CHECKLIST_RULE_MAP } from '../checklist-map.js'
import type { DraftDocument } from '../document.js'

const TICK = /(✅|✔️|✔|☑️|\[x\])/iu
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ITEM_LINE = new RegExp(
  `${TICK.source}[\\s*_]*(${CHECKLIST_ITEMS.map(escape).join('|')})\\b`,
  'iu'
)

export function unearnedTick(doc: DraftDocument, findings: readonly Diagnostic[]): Diagnostic[] {
  const ranges: [number, number][] = doc.notes.map((b) => [b.line, b.endLine])
  const section = doc.sections.find((s) => s.id === 'checklist')
  if (section) ranges.unshift([section.bodyLine, section.endLine])
  if (!ranges.length) return []
  const lines = doc.source.split('\n')
  const out: Diagnostic[] = []
  for (const n of ranges.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i)
  )) {
    const m = ITEM_LINE.exec(lines[n - 1] ?? '')
    if (!m) continue
    const item = CHECKLIST_ITEMS.find((i) => i.toLowerCase() === m[2]!.toLowerCase())!
    const against = findings.filter(
      (d) => d.severity !== 'info' && CHECKLIST_RULE_MAP[d.rule]?.[item] !== undefined
    )
    const first = against[0]
    if (!first) continue
    const more = against.length > 1 ? ` and ${against.length - 1} more` : ''
    out.push(
      diagnostic(
        RULES.draftUnearnedTick,
        { file: doc.file, line: n, column: m.index + m[0].length - m[2]!.length + 1 },
        `the checklist ticks "${item}", but the guard found ${first.rule} at line ${first.line}${more} against it`
      )
    )
  }
  return out
}
