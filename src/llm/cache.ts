// The writer's cache is the committed draft itself. Pure.
//
// A draft the model writer made carries one comment line after its provenance line:
//
//   <!-- tutorial-amplifier-writer {"v":1,"model":"…","channels":[{"name":"linkedin",…}]} -->
//
// naming, per channel, where its text came from, how many repairs it took, the hash of the inputs
// it was written from (fact sheet, channel contract, model, prompt version) and the hash of the
// text. A later run whose inputs hash the same takes the channel's text from the committed draft
// instead of asking the model — after guarding it again, so a hand-edited or forged section is
// never trusted — and so makes no request and writes the same bytes. A channel that fell back
// because the model never complied is remembered too (no request until its inputs change); one that
// fell back because of a fault (timeout, 5xx, unreachable) is asked for again next time.
import { createHash } from 'node:crypto'
import type { Channel } from '../channels/contract.js'
import type { FactSheet } from '../facts/types.js'
import { parseDraftDocument } from '../guard/document.js'
import { PROMPT_VERSION } from './prompt.js'
import type { ChannelSource, FaultKind } from './types.js'

export const RECORD_PREFIX = '<!-- tutorial-amplifier-writer '
const RECORD_LINE = /^<!-- tutorial-amplifier-writer (\{.*\}) -->$/m
const RECORD_VERSION = 1

/** What the draft file records about one channel. */
export interface ChannelRecord {
  name: string
  source: ChannelSource
  rounds: number
  /** input hash (absent for deterministic channels and fault fallbacks) */
  key?: string
  /** hash of the section text (model-written channels) */
  text?: string
  /** rule IDs of the findings that made the channel fall back */
  rules?: string[]
  /** the fault that made the channel fall back */
  fault?: FaultKind
}

export interface WriterRecord {
  model: string
  channels: ChannelRecord[]
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RegExp) return v.source
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const o = v as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]])
    )
  })
}

export const hash = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 20)

/** The contract as the writer and the guard read it, without functions or display-only fields. */
function contractData(c: Channel): unknown {
  return {
    id: c.id,
    name: c.name,
    heading: c.heading,
    limits: c.limits,
    required: c.required,
    forbidden: c.forbidden,
    purpose: c.purpose,
    metaLine: c.metaLine ?? null
  }
}

/** The hash of everything a channel's answer is written from. */
export function cacheKey(channel: Channel, sheet: FactSheet, model: string): string {
  return hash(
    canonicalJson({
      prompt: PROMPT_VERSION,
      model,
      contract: contractData(channel),
      sheet
    })
  )
}

/** The record as the comment line written into the draft (after the provenance line). */
export function renderRecord(record: WriterRecord): string {
  return `${RECORD_PREFIX}${JSON.stringify({ v: RECORD_VERSION, model: record.model, channels: record.channels })} -->`
}

const SOURCES: readonly ChannelSource[] = ['llm', 'fallback', 'deterministic']

function channelRecord(x: unknown): ChannelRecord | undefined {
  if (typeof x !== 'object' || x === null) return undefined
  const o = x as Record<string, unknown>
  if (typeof o.name !== 'string' || !SOURCES.includes(o.source as ChannelSource)) return undefined
  if (typeof o.rounds !== 'number' || !Number.isInteger(o.rounds) || o.rounds < 0) return undefined
  const r: ChannelRecord = { name: o.name, source: o.source as ChannelSource, rounds: o.rounds }
  if (typeof o.key === 'string') r.key = o.key
  if (typeof o.text === 'string') r.text = o.text
  if (Array.isArray(o.rules) && o.rules.every((s) => typeof s === 'string')) {
    r.rules = o.rules as string[]
  }
  if (typeof o.fault === 'string') r.fault = o.fault as FaultKind
  return r
}

/**
 * The record of a committed draft, if it has a well-formed one (a committed file is PR content:
 * anything else in that line is ignored, never trusted).
 */
export function parseRecord(markdown: string): WriterRecord | undefined {
  const m = RECORD_LINE.exec(markdown)
  if (!m?.[1]) return undefined
  let data: unknown
  try {
    data = JSON.parse(m[1])
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null) return undefined
  const o = data as Record<string, unknown>
  if (o.v !== RECORD_VERSION || typeof o.model !== 'string' || !Array.isArray(o.channels)) {
    return undefined
  }
  const channels: ChannelRecord[] = []
  for (const c of o.channels) {
    const r = channelRecord(c)
    if (r) channels.push(r)
  }
  return { model: o.model, channels }
}

/** Drops our record line from a draft (the PR comment shows drafts without it). */
export function withoutRecord(markdown: string): string {
  return markdown.replace(/^<!-- tutorial-amplifier-writer \{.*\} -->\n(?:\n)?/m, '')
}

/** The body of one channel's section in a committed draft, exactly as written there. */
export function committedSection(markdown: string, channel: Channel): string | undefined {
  const doc = parseDraftDocument({ path: 'committed', text: markdown })
  const section = doc.sections.find((s) => s.heading === channel.heading)
  const first = section?.body[0]
  const last = section?.body[section.body.length - 1]
  const start = first?.position?.start.offset
  const end = last?.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return markdown.slice(start, end)
}

/** What the committed draft offers for one channel, given the current inputs. */
export type Cached =
  | { kind: 'text'; markdown: string; rounds: number }
  | { kind: 'fallback'; rounds: number; rules: string[] }
  | { kind: 'none' }

/** Looks up one channel in a committed draft: reusable only when model and inputs are unchanged. */
export function lookup(
  committed: { markdown: string; record: WriterRecord } | undefined,
  channel: Channel,
  key: string,
  model: string
): Cached {
  if (!committed || committed.record.model !== model) return { kind: 'none' }
  const r = committed.record.channels.find((c) => c.name === channel.id)
  if (!r || r.key !== key) return { kind: 'none' }
  if (r.source === 'fallback' && r.fault === undefined) {
    return { kind: 'fallback', rounds: r.rounds, rules: r.rules ?? [] }
  }
  if (r.source !== 'llm' || r.text === undefined) return { kind: 'none' }
  const markdown = committedSection(committed.markdown, channel)
  if (markdown === undefined || hash(markdown) !== r.text) return { kind: 'none' }
  return { kind: 'text', markdown, rounds: r.rounds }
}
