// Front matter (Jekyll, Docusaurus, Hugo): the YAML block remark-frontmatter leaves as the first
// node of a tree, read with js-yaml. Pure.
import yaml from 'js-yaml'
import type { Root } from 'mdast'
import type { Location } from '../model.js'

export interface FrontMatter {
  /** the parsed mapping ({} when the block is empty or not a mapping) */
  data: Record<string, unknown>
  /** where the block starts */
  at: Location
}

export type FrontMatterResult = { ok: FrontMatter } | { error: string; at: Location } | undefined

/** The front matter of a parsed Markdown file, if it has one. */
export function frontMatter(tree: Root, file: string): FrontMatterResult {
  const first = tree.children[0]
  if (first?.type !== 'yaml') return undefined
  const start = first.position?.start
  const at: Location = { file, line: start?.line ?? 1, column: start?.column ?? 1 }
  try {
    const data = yaml.load(first.value, { schema: yaml.JSON_SCHEMA })
    const map =
      data !== null && typeof data === 'object' && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {}
    return { ok: { data: map, at } }
  } catch (e) {
    const mark = (e as { mark?: { line?: number; column?: number } }).mark
    const reason = (e as { reason?: string }).reason ?? 'not valid YAML'
    return {
      error: `front matter is not valid YAML (${reason}); not read`,
      // +1: the YAML starts on the line after the opening ---
      at: { file, line: at.line + 1 + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 }
    }
  }
}

/** A string value of front matter, trimmed; undefined when absent or not a string. */
export function fmString(fm: FrontMatter | undefined, key: string): string | undefined {
  const v = fm?.data[key]
  if (typeof v === 'string' && v.trim() !== '') return v.trim()
  if (typeof v === 'number') return String(v)
  return undefined
}

/** The order key Docusaurus (`sidebar_position`), Just the Docs (`nav_order`) or Hugo (`weight`) use. */
export const ORDER_KEYS = ['sidebar_position', 'nav_order', 'weight', 'order'] as const

export function fmOrder(fm: FrontMatter | undefined): number | undefined {
  for (const key of ORDER_KEYS) {
    const v = fm?.data[key]
    if (typeof v === 'number' && Number.isFinite(v)) return v
    if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return Number(v)
  }
  return undefined
}
