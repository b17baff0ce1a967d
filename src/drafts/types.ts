// Types of the amplification drafts (the output contract in ../shared/GUIDE.md, "The drafts").
import type { Diagnostic } from '../model.js'

/** The seven sections, in contract order, with their exact headings. */
export const SECTIONS = [
  { id: 'core-story', heading: 'Core Story Summary' },
  { id: 'linkedin', heading: 'LinkedIn Draft' },
  { id: 'blog-outline', heading: 'Medium / Blog Outline' },
  { id: 'readme-snippet', heading: 'GitHub README Snippet' },
  { id: 'talk-abstract', heading: 'Talk Abstract' },
  { id: 'open-questions', heading: 'Open Questions / Clarifications Needed' },
  { id: 'checklist', heading: 'Amplification Checklist' }
] as const

export type SectionId = (typeof SECTIONS)[number]['id']

/** Channel limits the generator holds and the guard checks (`draft/length`). */
export const LIMITS = {
  coreStoryMaxPoints: 5,
  linkedinWords: { min: 120, max: 180 },
  readmeLines: { min: 6, max: 8 },
  talkWords: { min: 120, max: 180 }
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
}
