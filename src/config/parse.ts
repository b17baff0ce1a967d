// Pure: config text → typed Config (defaults applied), or a UsageError naming file:line:col.
import { Ajv } from 'ajv'
import yaml from 'js-yaml'
import { UsageError } from '../errors.js'
import configSchema from '../../tutorial-amplifier.schema.json' with { type: 'json' }
import { safeClaimIdPattern } from './pattern.js'
import { expandedSize } from './yaml-size.js'
import { DEFAULT_CLAIM_ID_PATTERN, defaultConfig, type Config } from './types.js'

interface RawConfig {
  tutorials?: string[]
  claims?: string[]
  drafts?: { dir?: string; fileName?: string }
  claimIdPattern?: string
  rules?: Config['rules']
  tutorialUrl?: string | Record<string, string>
  hashtags?: string[]
  talk?: Config['talk']
}

let validator: ReturnType<Ajv['compile']> | undefined
function validate(data: unknown): ReturnType<Ajv['compile']> {
  validator ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(
    configSchema
  )
  validator(data)
  return validator
}

/** Line (1-based) of the first `key:` in the text for the last segment of a JSON pointer. */
function lineOfPointer(text: string, pointer: string): number | undefined {
  const last = pointer.split('/').filter(Boolean).pop()
  if (last === undefined) return undefined
  const key = last.replace(/~1/g, '/').replace(/~0/g, '~')
  const lines = text.split('\n')
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`^\\s*(?:-\\s*)?["']?${escaped}["']?\\s*:`)
  const i = lines.findIndex((l) => re.test(l))
  return i >= 0 ? i + 1 : undefined
}

export function parseConfig(text: string, file: string): Config {
  let raw: unknown
  try {
    raw = yaml.load(text, { filename: file })
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const m = e.mark
      throw new UsageError(
        `invalid YAML: ${e.reason}`,
        m ? `${file}:${m.line + 1}:${m.column + 1}` : file
      )
    }
    throw e
  }
  if (raw === undefined || raw === null) raw = {}
  const size = expandedSize(raw, 100_000)
  if (!size.ok) throw new UsageError(`invalid config: ${size.reason}`, file)
  const v = validate(raw)
  if (v.errors && v.errors.length > 0) {
    const err =
      v.errors.find((x) => x.keyword === 'additionalProperties' || x.keyword === 'propertyNames') ??
      v.errors.find((x) => x.keyword !== 'oneOf') ??
      v.errors[0]!
    // For an unknown key the offending name is in params, not in the pointer.
    const key = err.params['additionalProperty'] ?? err.params['propertyName']
    const pointer =
      key === undefined
        ? err.instancePath
        : `${err.instancePath}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`
    const line = lineOfPointer(text, pointer)
    const detail =
      err.keyword === 'additionalProperties'
        ? `unknown setting "${String(key)}"`
        : err.keyword === 'propertyNames'
          ? `unknown rule "${String(key)}"`
          : `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`
    throw new UsageError(`invalid config: ${detail}`, line ? `${file}:${line}:1` : file)
  }
  const r = raw as RawConfig
  const c = defaultConfig()
  c.source = file
  if (r.tutorials) c.tutorials = r.tutorials
  if (r.claims) c.claims = r.claims
  if (r.drafts?.dir) c.draftsDir = r.drafts.dir
  if (r.drafts?.fileName) c.draftFileName = r.drafts.fileName
  if (r.claimIdPattern) {
    const line = lineOfPointer(text, '/claimIdPattern')
    const refuse = (why: string): never => {
      throw new UsageError(
        `invalid config: claimIdPattern is not a usable regular expression (${why})`,
        line ? `${file}:${line}:1` : file
      )
    }
    try {
      if (new RegExp(r.claimIdPattern).test('')) refuse('it matches the empty string')
    } catch (e) {
      if (e instanceof UsageError) throw e
      refuse((e as Error).message)
    }
    if (r.claimIdPattern !== DEFAULT_CLAIM_ID_PATTERN) {
      // user patterns run over hostile text: refuse catastrophic ones, bound the rest
      const safe = safeClaimIdPattern(r.claimIdPattern)
      if (!safe.ok) refuse(safe.reason)
      else c.claimIdPattern = safe.source
    }
  }
  if (r.rules) c.rules = r.rules
  if (typeof r.tutorialUrl === 'string') c.tutorialUrls = { '*': r.tutorialUrl }
  else if (r.tutorialUrl) c.tutorialUrls = r.tutorialUrl
  if (r.hashtags) c.hashtags = r.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`))
  if (r.talk) c.talk = r.talk
  return c
}
