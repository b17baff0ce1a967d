// Pure: config text → typed Config (defaults applied), or a UsageError naming file:line:col.
import type { ValidateFunction } from 'ajv'
import yaml from 'js-yaml'
import { UsageError } from '../errors.js'
import { lineStarts, locate } from '../locate.js'
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

/** A YAML node as js-yaml composed it: where it starts, its value and its child nodes in order. */
interface YamlNode {
  start: number
  value: unknown
  children: YamlNode[]
}

/**
 * The YAML nodes of `text` (js-yaml's parse listener reports every node it composes, keys and
 * scalars included), so a JSON pointer can be taken back to the node it names.
 */
function yamlNodes(text: string): YamlNode | undefined {
  const root: YamlNode = { start: 0, value: undefined, children: [] }
  const stack: YamlNode[] = [root]
  try {
    yaml.load(text, {
      listener(event, state) {
        if (event === 'open') {
          const node: YamlNode = { start: state.position, value: undefined, children: [] }
          stack[stack.length - 1]!.children.push(node)
          stack.push(node)
        } else {
          const node = stack.pop()!
          node.value = state.result
        }
      }
    })
  } catch {
    return undefined
  }
  return root.children[0]
}

/**
 * 1-based line and column of the value a JSON pointer names (`/tutorials/1` is the second item
 * of `tutorials`), found in the parsed YAML nodes: a mapping's children are its keys and values
 * in turn, a sequence's its items.
 */
function positionOfPointer(
  text: string,
  pointer: string
): { line: number; column: number } | undefined {
  let node = yamlNodes(text)
  for (const raw of pointer.split('/').slice(1)) {
    if (!node) return undefined
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node.value)) node = node.children[Number(seg)]
    else {
      const k = node.children.findIndex((c, i) => i % 2 === 0 && String(c.value) === seg)
      node = k >= 0 ? node.children[k + 1] : undefined
    }
  }
  if (!node) return undefined
  let at = node.start
  while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++
  const { line, column } = locate(lineStarts(text), '', at)
  return { line, column }
}

/**
 * `file:line:col` of what a JSON pointer names: the line of its key (column 1), or for an item
 * of a list (`/tutorials/1`, `/drafts/paths/0`) the item itself.
 */
function whereOf(text: string, file: string, pointer: string): string {
  const last = pointer.split('/').pop() ?? ''
  if (/^\d+$/.test(last)) {
    const at = positionOfPointer(text, pointer)
    if (at) return `${file}:${at.line}:${at.column}`
  }
  const line = lineOfPointer(text, pointer)
  return line ? `${file}:${line}:1` : file
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
    const detail =
      err.keyword === 'additionalProperties'
        ? `unknown setting "${String(key)}"`
        : err.keyword === 'propertyNames'
          ? `unknown rule "${String(key)}"`
          : `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`
    throw new UsageError(`invalid config: ${detail}`, whereOf(text, file, pointer))
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
        throw new UsageError(
          `invalid config: drafts.paths[${i}] "${p}" must be relative to the workspace root, without ".."`,
          whereOf(text, file, `/drafts/paths/${i}`)
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
      const modelWritten = c.channels
        .filter((ch) => ch.inCombinedDraft)
        .map((ch) => ch.id)
        .join(', ')
      // a post of its own (newsletter, X thread) is known, but only the deterministic writer
      // writes it: say that, not "unknown"
      const post = c.channels.some((ch) => ch.id === id)
      throw new UsageError(
        post
          ? `invalid config: writer.channels names "${id}", a post of its own that only the deterministic writer writes (the model writes: ${modelWritten})`
          : `invalid config: writer.channels names an unknown channel "${id}" (channels: ${modelWritten})`,
        line ? `${file}:${line}:1` : file
      )
    }
    c.writer = { ...c.writer, ...w }
  }
  return c
}
