// Pure: config text → typed Config (defaults applied), or a UsageError naming file:line:col.
import type { ValidateFunction } from 'ajv'
import yaml from 'js-yaml'
import { UsageError } from '../errors.js'
import { CHANNELS, type ChannelOverrides, resolveChannels } from '../channels/contract.js'
// tutorial-amplifier.schema.json, precompiled by scripts/compile-schemas.mjs (no ajv at run time)
import { validate as generatedValidate } from './schema-validator.generated.js'
import { defaultConfig, type Config } from './types.js'

interface RawConfig {
  tutorials?: string[]
  claims?: string[]
  ignore?: string[]
  drafts?: { dir?: string; fileName?: string; paths?: string[] }
  claimIdPattern?: string
  rules?: Config['rules']
  tutorialUrl?: string | Record<string, string>
  hashtags?: string[]
  talk?: Config['talk']
  channels?: ChannelOverrides
}

const validator = generatedValidate as unknown as ValidateFunction
function validate(data: unknown): ValidateFunction {
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
  if (r.ignore) c.ignore = r.ignore
  if (r.drafts?.dir) c.draftsDir = r.drafts.dir
  if (r.drafts?.fileName) c.draftFileName = r.drafts.fileName
  if (r.drafts?.paths) {
    for (const [i, p] of r.drafts.paths.entries()) {
      // globs are matched against workspace-relative paths: nothing outside may be named
      if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
        const line = lineOfPointer(text, '/drafts/paths')
        throw new UsageError(
          `invalid config: drafts.paths[${i}] "${p}" must be relative to the workspace root, without ".."`,
          line ? `${file}:${line}:1` : file
        )
      }
    }
    c.draftPaths = [...r.drafts.paths]
  }
  if (r.claimIdPattern) {
    try {
      const re = new RegExp(r.claimIdPattern)
      if (re.test('')) throw new Error('it matches the empty string')
    } catch (e) {
      const line = lineOfPointer(text, '/claimIdPattern')
      throw new UsageError(
        `invalid config: claimIdPattern is not a usable regular expression (${(e as Error).message})`,
        line ? `${file}:${line}:1` : file
      )
    }
    c.claimIdPattern = r.claimIdPattern
  }
  if (r.rules) c.rules = r.rules
  if (typeof r.tutorialUrl === 'string') c.tutorialUrls = { '*': r.tutorialUrl }
  else if (r.tutorialUrl) c.tutorialUrls = r.tutorialUrl
  if (r.hashtags) c.hashtags = r.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`))
  if (r.talk) c.talk = r.talk
  if (r.channels) {
    for (const id of Object.keys(r.channels)) {
      if (CHANNELS.some((ch) => ch.id === id)) continue
      const line = lineOfPointer(text, `/channels/${id}`)
      throw new UsageError(
        `invalid config: unknown channel "${id}" (channels: ${CHANNELS.map((ch) => ch.id).join(', ')})`,
        line ? `${file}:${line}:1` : file
      )
    }
    for (const [id, o] of Object.entries(r.channels)) {
      for (const key of ['words', 'lines', 'points', 'chars', 'posts'] as const) {
        const v = o[key]
        const [min, max] = Array.isArray(v) ? v : [v?.min, v?.max]
        if (min === undefined || max === undefined || min <= max) continue
        const line = lineOfPointer(text, `/channels/${id}/${key}`)
        throw new UsageError(
          `invalid config: channels.${id}.${key} has its minimum (${min}) above its maximum (${max})`,
          line ? `${file}:${line}:1` : file
        )
      }
    }
    c.channels = resolveChannels(r.channels)
  }
  return c
}
