// Validation of YAML registry entries against the JSON Schema shipped in `claims/`, with ajv
// errors turned into short messages that name the field (`claims[2].evidence must be array`).
// The validators are precompiled from claims/claim.schema.json by scripts/compile-schemas.mjs
// (ajv standalone code), so reading a registry neither loads ajv nor compiles the schema.
import type { ErrorObject, ValidateFunction } from 'ajv'
import { validateEntry as entry, validateFile as file } from './schema-validator.generated.js'

const compiled = {
  file: file as unknown as ValidateFunction,
  entry: entry as unknown as ValidateFunction
}

function validators(): { file: ValidateFunction; entry: ValidateFunction } {
  return compiled
}

/** A schema error: the JSON-pointer path of the offending value and a readable message. */
export interface SchemaError {
  pointer: string[]
  message: string
}

/** `claims[2].evidence[0]` from a base such as `claims[2]` and pointer segments. */
export function fieldPath(base: string, pointer: readonly string[]): string {
  let out = base
  for (const seg of pointer) out += /^\d+$/.test(seg) ? `[${seg}]` : out ? `.${seg}` : seg
  return out
}

const unescape = (seg: string) => seg.replace(/~1/g, '/').replace(/~0/g, '~')

function describe(e: ErrorObject, base: string): SchemaError {
  const pointer = e.instancePath.split('/').slice(1).map(unescape)
  const at = fieldPath(base, pointer) || 'the claim'
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return { pointer, message: `${at} is missing required field "${String(p.missingProperty)}"` }
    case 'additionalProperties':
      return {
        pointer,
        message: `${at} has unknown field "${String(p.additionalProperty)}"`
      }
    case 'enum': {
      const allowed = [...new Set((p.allowedValues as unknown[]).map((v) => String(v)))]
        .filter((v) => /^[A-Z]/.test(v))
        .join(', ')
      return { pointer, message: `${at} is ${JSON.stringify(e.data)}, must be one of ${allowed}` }
    }
    case 'pattern':
      return {
        pointer,
        message: p.pattern === '\\S' ? `${at} must not be empty` : `${at} must not contain spaces`
      }
    default:
      return { pointer, message: `${at} ${e.message ?? 'is invalid'}` }
  }
}

/** Schema errors of one claim entry; `base` names it in messages (`claims[2]`, `[0]` or ''). */
export function validateEntry(value: unknown, base: string): SchemaError[] {
  const v = validators().entry
  if (v(value)) return []
  const errors = (v.errors ?? []).map((e) => describe(e, base))
  // one message per place and text, in schema order
  const seen = new Set<string>()
  return errors.filter((e) => !seen.has(e.message) && seen.add(e.message))
}

/** Whether a whole parsed document conforms to the schema (used by tests and tooling). */
export function conformsToSchema(document: unknown): boolean {
  return validators().file(document) === true
}
