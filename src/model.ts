// The data model shared by every stage of the pipeline. Pure types only: no I/O here.
//
// Paths: every `file` is a *display path* — POSIX separators, relative to the working
// directory the shell ran in (the shell computes it; the core never touches the file system).
// Lines and columns are 1-based, as unified/remark report them.

export type Severity = 'error' | 'warning' | 'info'

/** A place in a source file. */
export interface Location {
  file: string
  line: number
  column: number
}

/** One file handed to the pure core by the shell. */
export interface SourceFile {
  /** display path (see above) */
  path: string
  text: string
}

// ---------------------------------------------------------------------------
// Tutorials

export interface Heading extends Location {
  depth: number
  text: string
}

export interface GlossaryEntry extends Location {
  term: string
  definition: string
}

/** A duration range in minutes, parsed from text such as `15-20 minutes` or `1 hour`. */
export interface TimeEstimate {
  text: string
  minMinutes: number
  maxMinutes: number
}

export interface Exercise extends Location {
  /** `E10`, `E20`, … (or whatever label the tutorial uses, e.g. `Lab 1`) */
  id: string
  title: string
  estimatedTime?: TimeEstimate
  /** display path of the chapter file the exercise is introduced in */
  chapter: string
  /** the tutorial marks it optional (`Optional:`, `(optional)`, "add E30 or E40", a bonus/stretch lab) */
  optional: boolean
}

/** A diagram: an image, a Mermaid/PlantUML block, or ASCII/box-drawing art in a code block. */
export type DiagramKind = 'image' | 'mermaid' | 'plantuml' | 'ascii'

export interface Diagram extends Location {
  kind: DiagramKind
  /** alt text, else the nearest heading's text */
  caption: string
  /** image URL (kind 'image' only) */
  url?: string
}

/** A Markdown file under a tutorial folder that is not read as a chapter, and why. */
export interface SkippedFile {
  /** display path (a folder ends with `/`) */
  file: string
  reason: string
}

/** Where the reading order came from. */
export type OrderSource =
  | 'summary'
  | 'mkdocs'
  | 'front-matter'
  | 'readme-links'
  | 'numbered'
  | 'docs'
  | 'single'
  | 'alphabetical'

/** The total time a tutorial states for itself ("Core tutorial: 45-60 minutes"). */
export interface StatedTime extends Location {
  /** the statement as written, e.g. `45-60 minutes` */
  text: string
  /** minutes */
  min: number
  max: number
}

/**
 * Kinds of figures. The first six and `scale` (a spelled-out claim: "constant time whether there
 * are a thousand records or a billion", "orders of magnitude faster") are "claim-worthy":
 * `claim/uncited-figure` only ever fires on those.
 */
export type FigureKind =
  | 'latency'
  | 'throughput'
  | 'percentage'
  | 'nines'
  | 'multiplier'
  | 'money'
  | 'scale'
  | 'duration'
  | 'size'
  | 'count'
  | 'version'
  | 'other'

export const CLAIM_WORTHY_FIGURE_KINDS: readonly FigureKind[] = [
  'latency',
  'throughput',
  'percentage',
  'nines',
  'multiplier',
  'money',
  'scale'
]

export interface Figure extends Location {
  /** the figure exactly as written, e.g. `10-50ms`, `11 9's`, `45-60 minutes`, `3x`, `99.9%` */
  text: string
  kind: FigureKind
  /** the sentence the figure stands in (plain text) */
  sentence: string
  /** true when that sentence cites at least one claim ID */
  cited: boolean
}

export interface Image extends Location {
  url: string
  alt: string
  title?: string
  /** true for images that look like diagrams (alt/url/title mention diagram, architecture, flow, …) or Mermaid blocks */
  diagram: boolean
}

export interface Link extends Location {
  url: string
  text: string
}

export type CitationContext = 'prose' | 'heading' | 'list' | 'table' | 'blockquote'

export interface Citation extends Location {
  id: string
  context: CitationContext
  /** the sentence the citation stands in (plain text) */
  sentence: string
}

/**
 * What a section is for, from its heading (and its parents'): `Not suitable for` → `non-goal`,
 * `Limitations` → `limitation`, `What you'll learn` → `outcomes`, `Exercise 2` → `exercise`, …
 * See src/tutorial/roles.ts.
 */
export type SectionRole =
  | 'non-goal'
  | 'limitation'
  | 'roadmap'
  | 'prerequisites'
  | 'outcomes'
  | 'why'
  | 'problem'
  | 'troubleshooting'
  | 'cleanup'
  | 'glossary'
  | 'exercise'
  | 'summary'
  | 'intro'
  | 'setup'
  | 'next-steps'

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table' | 'blockquote' | 'code'

export interface TableData {
  header: string[]
  rows: string[][]
}

/** A top-level unit of chapter content, in document order, as plain text. */
export interface Block extends Location {
  kind: BlockKind
  text: string
  /** heading depth when kind === 'heading' */
  depth?: number
  /** text of the nearest heading above this block ('' before the first heading) */
  section: string
  /** role of the nearest heading in the chain above (a heading block: its own or its parents') */
  role?: SectionRole
  /** code language when kind === 'code' */
  lang?: string
  /** parsed cells when kind === 'table' */
  table?: TableData
}

export interface Chapter {
  /** display path of the Markdown file */
  file: string
  /** front matter `title:`, else the first heading's text, else the file name */
  title: string
  headings: Heading[]
  blocks: Block[]
}

export interface Tutorial {
  /** display path of the tutorial folder */
  dir: string
  /** folder base name, e.g. `101_kafscale-dev-guide` */
  name: string
  title: string
  /** chapters in reading order (the introduction README first); see src/tutorial/order.ts */
  chapters: Chapter[]
  /** where that order came from */
  order: OrderSource
  /** Markdown files under the folder that are not chapters, each with the reason */
  skipped: SkippedFile[]
  /** images, Mermaid/PlantUML blocks and ASCII diagrams, in reading order */
  diagrams: Diagram[]
  glossary: GlossaryEntry[]
  exercises: Exercise[]
  figures: Figure[]
  images: Image[]
  links: Link[]
  citations: Citation[]
  /** `Time commitment` / `Estimated time` stated for the whole tutorial, if any */
  timeCommitment?: { text: string; estimate?: TimeEstimate } & Location
  /** the total time the tutorial states for itself, as a range (from `timeCommitment` or a line like `Core tutorial: 45-60 minutes`) */
  time?: StatedTime
  /** items of a `Prerequisites` section, if any */
  prerequisites: ({ text: string } & Location)[]
  /** problems found while reading the tutorial (e.g. a SUMMARY.md entry that does not exist) */
  diagnostics: Diagnostic[]
}

// ---------------------------------------------------------------------------
// Claims registry

export type ClaimStatus = 'draft' | 'verified' | 'deprecated'

export interface Claim extends Location {
  id: string
  /** the claim's wording */
  claim: string
  scope?: string
  status: ClaimStatus
  lastReviewed?: string
  evidence: string[]
  implications: string[]
  limitations: string[]
  /** ID of the claim that replaces this one, when the registry says so */
  supersededBy?: string
  /** registry file base name without extension, e.g. `limitations` */
  category: string
}

/** Where a claim is defined. */
export interface ClaimRef extends Location {
  id: string
}

export interface Registry {
  claims: Claim[]
  /** every registry file read (display paths) */
  files: string[]
  diagnostics: Diagnostic[]
  /**
   * Set when only part of the registry was parsed (pull request runs: `partialRegistry` in
   * src/claims/registry.ts): every claim the registry defines (first definitions, in registry
   * order), while `claims` holds only those parsed, and `diagnostics` only those of what was parsed.
   */
  index?: ClaimRef[]
}

/** How many claims a registry defines (parsed or only indexed). */
export function claimCount(r: Registry): number {
  return r.index?.length ?? r.claims.length
}

// ---------------------------------------------------------------------------
// Diagnostics

export interface Diagnostic extends Location {
  rule: string
  severity: Severity
  message: string
  /** the claim ID concerned, when there is one */
  claim?: string
  /**
   * set on the one "and N more" finding that stands for N findings left out of the list (see
   * `capDiagnostics`): counts include them
   */
  omitted?: number
  /** end of the span (1-based, column exclusive), when the rule knows it */
  endLine?: number
  endColumn?: number
}

/** A rule is data: a stable ID, a default severity and a one-line description. */
export interface RuleDef {
  id: string
  severity: Severity
  description: string
}
