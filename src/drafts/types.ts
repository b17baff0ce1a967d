// Types of the amplification drafts (the output contract in ../shared/GUIDE.md, "The drafts").
import type { RootContent } from 'mdast'
import type { Diagnostic } from '../model.js'
import type { WriterReport } from '../llm/types.js'

import { documentSections } from '../channels/contract.js'
import type { ChecklistItemName, ChecklistStatus } from '../channels/checklist.js'
import type { FactSheet } from '../facts/types.js'

export { CHECKLIST_ITEMS } from '../channels/checklist.js'
export type { ChecklistItemName, ChecklistStatus } from '../channels/checklist.js'

/** The seven sections, in contract order, with their exact headings (from the channel contract). */
export const SECTIONS = documentSections() as readonly { id: string; heading: string }[]

export type SectionId = string

export interface DraftSection {
  id: SectionId
  heading: string
  /** the section body, Markdown, without its `## ` heading line (written from its tree) */
  markdown: string
}

/** A section as its writer builds it: the body as mdast block nodes, under its `## ` heading. */
export interface SectionTree {
  id: SectionId
  heading: string
  nodes: RootContent[]
}

/** A channel's name (`LinkedIn`, `Talk`, `Newsletter`, … from the contract), or `General`. */
export type OpenQuestionChannel = string

export type OpenQuestionKind =
  | 'placeholder'
  | 'claims-verification'
  | 'performance-figure'
  | 'roadmap'
  | 'new-claim'
  | 'diagram-permission'
  | 'missing-input'
  | 'limits'

export interface OpenQuestion {
  channel: OpenQuestionChannel
  kind: OpenQuestionKind
  text: string
  /** set when the gap is a setting missing from the config (e.g. `tutorialUrl`): the same for every tutorial */
  configKey?: string
}

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
  /** what the draft may say, each fact with its source and role (src/facts) */
  facts: FactSheet
  /** per-channel posts (channels not in the combined draft, e.g. the newsletter blurb) */
  posts: ChannelPost[]
}

/** One channel's post as its own document (`newsletter-draft__<tutorial>.md`). */
export interface ChannelPost {
  /** channel id from the contract */
  channel: string
  /** the file name the contract gives it (`{tutorial}` replaced) */
  fileName: string
  /** display path it is (to be) written to: beside the combined draft */
  path: string
  /** the whole document: `# <heading> — <title>`, provenance, `## <heading>`, the post */
  markdown: string
  /** the guard's findings on it, checked as that channel's post */
  diagnostics: Diagnostic[]
}
