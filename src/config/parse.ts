// Pure: config text → typed Config (defaults applied), or a UsageError naming file:line:col.
import type { ValidateFunction } from 'ajv'
import yaml from 'js-yaml'
import { UsageError } from '../errors.js'
import { CHANNELS, type ChannelOverrides, resolveChannels } from '../channels/contract.js'
// tutorial-amplifier.schema.json, precompiled by scripts/compile-schemas.mjs (no ajv at run time)
import { validate as generatedValidate } from './schema-validator.generated.js'
import { safeClaimIdPattern } from './pattern.js'
import { expandedSize } from './yaml-size.js'
import { DEFAULT_CLAIM_ID_PATTERN, defaultConfig, type Config } from './types.js'
import type { WriterConfig } from '../llm/types.js'

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
  writer?: Partial<WriterConfig>
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
  if (r.writer) {
    const w = r.writer
    for (const id of w.channels ?? []) {
      if (c.channels.some((ch) => ch.id === id && ch.inCombinedDraft)) continue
      const line = lineOfPointer(text, '/writer/channels')
      throw new UsageError(
        `invalid config: writer.channels names an unknown channel "${id}" (channels: ${c.channels
          .filter((ch) => ch.inCombinedDraft)
          .map((ch) => ch.id)
          .join(', ')})`,
        line ? `${file}:${line}:1` : file
      )
    }
    c.writer = { ...c.writer, ...w }
  }
  return c
}
