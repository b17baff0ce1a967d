// Types of the amplification drafts (the output contract in ../shared/GUIDE.md, "The drafts").
import type { Diagnostic } from '../model.js'
import type { WriterReport } from '../llm/types.js'

import { CHANNELS, EXTRA_SECTIONS, type Channel } from '../channels/contract.js'

/** The seven sections, in contract order, with their exact headings (from the channel contract). */
export const SECTIONS = [
  ...CHANNELS.filter((c) => c.inCombinedDraft).map((c) => ({ id: c.id, heading: c.heading })),
  ...EXTRA_SECTIONS
] as readonly { id: string; heading: string }[]

export type SectionId = string

function limitOf(id: string, key: 'words' | 'lines' | 'points'): { min: number; max: number } {
  const c = CHANNELS.find((x) => x.id === id) as Channel
  const r = c.limits[key] ?? { min: 0 }
  return { min: r.min, max: r.max ?? Number.MAX_SAFE_INTEGER }
}

/** Channel limits of the default contract, as the section builders use them. */
export const LIMITS = {
  coreStoryMaxPoints: limitOf('core-story', 'points').max,
  linkedinWords: limitOf('linkedin', 'words'),
  readmeLines: limitOf('readme-snippet', 'lines'),
  talkWords: limitOf('talk-abstract', 'words')
} as const

export interface DraftSection {
  id: SectionId
  heading: string
  /** the section body, Markdown, without its `## ` heading line */
  markdown: string
}

export type OpenQuestionChannel =
  'LinkedIn' | 'Medium / Blog' | 'GitHub README' | 'Talk' | 'General'

export type OpenQuestionKind =
  | 'placeholder'
  | 'claims-verification'
  | 'performance-figure'
  | 'roadmap'
  | 'new-claim'
  | 'diagram-permission'
  | 'missing-input'

export interface OpenQuestion {
  channel: OpenQuestionChannel
  kind: OpenQuestionKind
  text: string
}

export type ChecklistStatus = 'pass' | 'warn' | 'fail'

export const CHECKLIST_ITEMS = [
  'Technical Accuracy',
  'Didactical Flow',
  'Simplification Visibility',
  'Tutorial Attribution',
  'No Overclaiming',
  'Terminology Consistency',
  'Claims Registry Compliance'
] as const

export type ChecklistItemName = (typeof CHECKLIST_ITEMS)[number]

export interface ChecklistItem {
  item: ChecklistItemName
  status: ChecklistStatus
  reason?: string
}

export interface Draft {
  /** tutorial folder name */
  tutorial: string
  /** tutorial folder display path */
  tutorialDir: string
  /** display path the draft is (to be) written to */
  path: string
  /** the whole document */
  markdown: string
  sections: DraftSection[]
  openQuestions: OpenQuestion[]
  checklist: ChecklistItem[]
  /** the guard's findings on this generated draft */
  diagnostics: Diagnostic[]
  /** who wrote each channel, when the model writer ran (absent: the deterministic writer alone) */
  writer?: WriterReport
}
