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
}

/**
 * Kinds of figures. The first six are "claim-worthy" (performance, durability, cost):
 * `claim/uncited-figure` only ever fires on those.
 */
export type FigureKind =
  | 'latency'
  | 'throughput'
  | 'percentage'
  | 'nines'
  | 'multiplier'
  | 'money'
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
  'money'
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
  /** code language when kind === 'code' */
  lang?: string
  /** parsed cells when kind === 'table' */
  table?: TableData
}

export interface Chapter {
  /** display path of the Markdown file */
  file: string
  /** first heading's text, else the file name */
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
  /** README.md first (or SUMMARY.md order); chapters in reading order */
  chapters: Chapter[]
  glossary: GlossaryEntry[]
  exercises: Exercise[]
  figures: Figure[]
  images: Image[]
  links: Link[]
  citations: Citation[]
  /** `Time commitment` / `Estimated time` stated for the whole tutorial, if any */
  timeCommitment?: { text: string; estimate?: TimeEstimate } & Location
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

export interface Registry {
  claims: Claim[]
  /** every registry file read (display paths) */
  files: string[]
  diagnostics: Diagnostic[]
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
}

/** A rule is data: a stable ID, a default severity and a one-line description. */
export interface RuleDef {
  id: string
  severity: Severity
  description: string
}
