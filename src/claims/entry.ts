// The format-neutral step shared by the Markdown and YAML readers: a raw entry (fields as
// written) becomes a `Claim`, plus the `registry/invalid` diagnostics its fields deserve.
//
// Decision: an entry that has an ID is always added to the registry, even when invalid, so a
// tutorial citing it is not told the ID is unknown. A missing or unknown status then defaults to
// 'draft' (citing it warns) and a missing claim text to ''.
import type { Claim, ClaimStatus, Diagnostic, Location } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { firstId, type IdMatcher } from './ids.js'

/** The fields of one registry entry as the file states them (text trimmed, bullets in order). */
export interface RawEntry {
  id: string
  at: Location
  claim?: string
  scope?: string
  /** the status text as written, e.g. `Verified` or `Deprecated (superseded by KS-ARCH-002)` */
  status?: string
  lastReviewed?: string
  evidence: string[]
  implications: string[]
  limitations: string[]
  /** text of an explicit `Superseded by` / `Replaced by` / `superseded_by` field */
  supersededBy?: string
}

export const STATUS_NAMES: Readonly<Record<ClaimStatus, string>> = {
  draft: 'Draft',
  verified: 'Verified',
  deprecated: 'Deprecated'
}

const ALLOWED = Object.values(STATUS_NAMES).join(', ')

export interface ParsedStatus {
  status?: ClaimStatus
  /** the word read as the status (for messages) */
  word: string
  /** what follows the status word, e.g. `(superseded by KS-ARCH-002)` */
  rest: string
}

/** Reads a status text case-insensitively; leading symbols such as emoji are skipped. */
export function parseStatus(text: string): ParsedStatus {
  const m = /^[^\p{L}]*(\p{L}+)(.*)$/su.exec(text.trim())
  if (!m) return { word: text.trim(), rest: '' }
  const word = m[1] ?? ''
  const rest = (m[2] ?? '').trim()
  const key = word.toLowerCase()
  const status = key in STATUS_NAMES ? (key as ClaimStatus) : undefined
  return status ? { status, word, rest } : { word, rest }
}

export function emptyEntry(id: string, at: Location): RawEntry {
  return { id, at, evidence: [], implications: [], limitations: [] }
}

export interface EntryOptions {
  category: string
  ids: IdMatcher
  /** false when the caller already reported this entry's problems (YAML schema errors) */
  report?: boolean
}

export function toClaim(
  raw: RawEntry,
  opts: EntryOptions
): { claim: Claim; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const invalid = (message: string) =>
    diagnostics.push(diagnostic(RULES.registryInvalid, raw.at, message, raw.id))

  const text = raw.claim?.trim() ?? ''
  if (!text) invalid(`${raw.id} has no claim text (a Claim field is required)`)

  let status: ClaimStatus = 'draft'
  let successor: string | undefined
  const statusText = raw.status?.trim() ?? ''
  if (!statusText) {
    invalid(`${raw.id} has no status (allowed: ${ALLOWED})`)
  } else {
    const parsed = parseStatus(statusText)
    if (parsed.status) {
      status = parsed.status
      successor = firstId(parsed.rest, opts.ids)
    } else {
      invalid(`${raw.id} has unknown status "${statusText}" (allowed: ${ALLOWED})`)
    }
  }
  const explicit = raw.supersededBy?.trim()
  if (explicit) successor = firstId(explicit, opts.ids) ?? explicit

  const claim: Claim = {
    id: raw.id,
    claim: text,
    status,
    evidence: raw.evidence,
    implications: raw.implications,
    limitations: raw.limitations,
    category: opts.category,
    file: raw.at.file,
    line: raw.at.line,
    column: raw.at.column
  }
  if (raw.scope?.trim()) claim.scope = raw.scope.trim()
  if (raw.lastReviewed?.trim()) claim.lastReviewed = raw.lastReviewed.trim()
  if (successor) claim.supersededBy = successor
  return { claim, diagnostics: opts.report === false ? [] : diagnostics }
}
