// Reads one YAML registry file (shape: see claims/claim.schema.json). js-yaml's CORE schema is
// used so `2025-03-14` stays text rather than becoming a Date. js-yaml reports no positions for
// values, so a parse listener records where every mapping and sequence starts; that gives each
// entry its line, and schema errors the line of the closest collection they concern.
import yaml from 'js-yaml'
import type { Diagnostic, Location } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { emptyEntry, type RawEntry } from './entry.js'
import { isId, type IdMatcher } from './ids.js'
import { fieldPath, validateEntry } from './schema.js'
import { locator } from './source.js'
import { expandedSize } from '../config/yaml-size.js'

export interface YamlEntry {
  raw: RawEntry
  /** false when schema errors were already reported for this entry */
  report: boolean
}

export interface YamlResult {
  entries: YamlEntry[]
  diagnostics: Diagnostic[]
}

/** Offset of the first character that is neither blank nor part of a comment. */
function skipBlank(text: string, pos: number): number {
  let i = pos
  for (;;) {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++
    if (text[i] !== '#') return i
    while (i < text.length && text[i] !== '\n') i++
  }
}

function parse(
  file: string,
  text: string
): { ok: true; doc: unknown; where: WeakMap<object, Location> } | { ok: false; d: Diagnostic } {
  const at = locator(file, text)
  const where = new WeakMap<object, Location>()
  const starts: number[] = []
  try {
    const doc = yaml.load(text, {
      filename: file,
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          starts.push(state.position)
          return
        }
        const start = starts.pop() ?? 0
        const result: unknown = state.result
        if (result !== null && typeof result === 'object' && !where.has(result)) {
          where.set(result, at(skipBlank(text, start)))
        }
      }
    })
    const size = expandedSize(doc)
    if (!size.ok) {
      const loc = { file, line: 1, column: 1 }
      return {
        ok: false,
        d: diagnostic(RULES.registryParse, loc, `YAML file not read: ${size.reason}`)
      }
    }
    return { ok: true, doc, where }
  } catch (e) {
    if (!(e instanceof yaml.YAMLException)) throw e
    const mark = e.mark as { line?: number; column?: number } | undefined
    const loc = { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }
    return {
      ok: false,
      d: diagnostic(RULES.registryParse, loc, `YAML syntax error in ${file}: ${e.reason}`)
    }
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim())
    : []

/** The closest collection on the way from `value` along `pointer` that has a recorded place. */
function locate(
  value: unknown,
  pointer: readonly string[],
  where: WeakMap<object, Location>,
  fallback: Location
): Location {
  let best = fallback
  let cur: unknown = value
  for (const seg of ['', ...pointer]) {
    if (seg !== '') cur = cur !== null && typeof cur === 'object' ? (cur as never)[seg] : undefined
    if (cur !== null && typeof cur === 'object') best = where.get(cur) ?? best
    else break
  }
  return best
}

export function readYamlEntries(file: string, text: string, ids: IdMatcher): YamlResult {
  const parsed = parse(file, text)
  if (!parsed.ok) return { entries: [], diagnostics: [parsed.d] }
  const { doc, where } = parsed
  const top: Location = (doc !== null && typeof doc === 'object' && where.get(doc)) || {
    file,
    line: 1,
    column: 1
  }
  const diagnostics: Diagnostic[] = []
  const invalid = (loc: Location, message: string, claim?: string) =>
    diagnostics.push(diagnostic(RULES.registryInvalid, loc, message, claim))

  // the three accepted shapes
  let items: { value: unknown; base: string }[]
  if (doc === undefined || doc === null) {
    items = []
  } else if (Array.isArray(doc)) {
    items = doc.map((value, i) => ({ value, base: `[${i}]` }))
  } else if (isObject(doc) && 'claims' in doc) {
    for (const key of Object.keys(doc)) {
      if (key !== 'claims') invalid(top, `${file} has unknown top-level field "${key}"`)
    }
    const list = doc.claims
    if (list === null || list === undefined) items = []
    else if (!Array.isArray(list)) {
      invalid(top, `claims must be array`)
      items = []
    } else items = list.map((value, i) => ({ value, base: `claims[${i}]` }))
  } else if (isObject(doc) && 'id' in doc) {
    items = [{ value: doc, base: '' }]
  } else {
    invalid(top, `${file} must hold a "claims:" list, a list of claims, or one claim`)
    items = []
  }

  const entries: YamlEntry[] = []
  for (const { value, base } of items) {
    const entryAt = (value !== null && typeof value === 'object' && where.get(value)) || top
    const id = isObject(value) ? str(value.id)?.trim() : undefined
    const errors = validateEntry(value, base)
    for (const e of errors)
      invalid(locate(value, e.pointer, where, entryAt), e.message, id || undefined)
    if (!id || !isObject(value)) continue
    if (!isId(id, ids)) {
      invalid(
        entryAt,
        `${fieldPath(base, ['id'])} "${id}" does not match the claim-ID pattern /${ids.source}/`,
        id
      )
    }
    const raw = emptyEntry(id, entryAt)
    const scalar = (k: string) => str(value[k])
    raw.claim = scalar('claim')
    raw.scope = scalar('scope')
    raw.status = scalar('status')
    raw.lastReviewed = scalar('last_reviewed')
    raw.supersededBy = scalar('superseded_by')
    raw.evidence = strings(value.evidence)
    raw.implications = strings(value.implications)
    raw.limitations = strings(value.limitations)
    for (const k of Object.keys(raw) as (keyof RawEntry)[]) if (raw[k] === undefined) delete raw[k]
    entries.push({ raw, report: errors.length === 0 })
  }
  return { entries, diagnostics }
}
