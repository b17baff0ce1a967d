// The fact sheet: what a draft may say about a tutorial, each fact with its source and its role.
// Built from the tutorial model and the registry (src/facts), read by every writer (the
// deterministic one in src/drafts, the model-backed one in src/llm) and by the guard's support
// check. Pure types (and one accessor) only.

/** What a fact is for: a writer uses a fact only in the place its role allows. */
export type FactRole =
  /** the product or project name, e.g. `Tidepool` */
  | 'product'
  /** a one-line definition: "X is a …" */
  | 'definition'
  /** the problem the tutorial addresses */
  | 'problem'
  /** how the product or tutorial approaches it */
  | 'approach'
  /** a main component (glossary entry, row of a comparison table) */
  | 'component'
  /** why it matters: a stated effect of the approach */
  | 'impact'
  /** one exercise, with its time and optional flag in `exercise` */
  | 'exercise'
  /** the tutorial's own stated total time */
  | 'total-time'
  /** a tool or version the reader needs (never credentials, tokens or whole paragraphs) */
  | 'prerequisite'
  /** a limitation, kept negative */
  | 'limitation'
  /** something the tutorial says it is not for / does not cover, kept negative */
  | 'non-goal'
  /** a registry claim the tutorial cites (the registry's wording) */
  | 'claim'
  /** a roadmap item: never used as a promise */
  | 'roadmap'
  /** who the tutorial is for */
  | 'audience'
  /** a fictional running example (an invented shop): named as the example, never as the product */
  | 'example'
  /** a diagram the tutorial shows */
  | 'diagram'

/** Where a fact comes from: a place in the tutorial, a registry claim, or both. */
export interface FactSource {
  file?: string
  line?: number
  column?: number
  /** claim ID, when the fact is (or is backed by) a registry claim */
  claim?: string
}

export interface ExerciseFact {
  id: string
  title: string
  minutes?: { min: number; max: number }
  optional: boolean
}

export interface Fact {
  /** stable within one fact sheet: `F1`, `F2`, … in sheet order */
  id: string
  role: FactRole
  /** plain text, one sentence or a short phrase; never Markdown */
  text: string
  source: FactSource
  /** the claim's status when role is `claim` */
  status?: 'draft' | 'verified' | 'deprecated'
  /** exercise details when role is `exercise` */
  exercise?: ExerciseFact
  /** the heading the fact was found under (its section's meaning), when there is one */
  section?: string
  /**
   * claim IDs the fact's sentence cites (citations are taken out of `text`; a writer puts them
   * back as `(claim: ID)`, or bolds an ID that `text` still names). Absent when it cites none.
   */
  cites?: string[]
  /** `component` facts: the term or table row label the component is named by */
  term?: string
}

export interface FactSheet {
  /** tutorial folder name */
  tutorial: string
  /** tutorial folder display path */
  dir: string
  title: string
  /** the tutorial's public URL from the config, when there is one */
  url?: string
  facts: Fact[]
}

/** The fact sheet's facts of one role, in sheet order. */
export function factsOf(sheet: FactSheet, role: FactRole): Fact[] {
  return sheet.facts.filter((f) => f.role === role)
}
