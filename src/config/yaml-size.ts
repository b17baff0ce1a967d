// Pure: how big a parsed YAML document really is once its aliases are expanded.
//
// js-yaml resolves an alias (`*a`) to the very object its anchor (`&a`) made, so the parsed value
// is small, but anything that walks it (schema validation, copying, JSON) visits every use again:
// a 160 KB "billion laughs" file becomes gigabytes. An anchor can even hold an alias to itself,
// making the value cyclic. Before anything walks a document we measure its expanded size, once
// per distinct object (memoised), and refuse it above a budget.

/** Expanded weight a document may have: values, plus one per 64 characters of text. */
export const MAX_EXPANDED_WEIGHT = 2_000_000

export type YamlSize = { ok: true; weight: number } | { ok: false; reason: string }

/**
 * Measures `doc`'s expanded weight, stopping at `budget`. Linear in the number of distinct
 * objects, whatever the aliases multiply them to.
 */
export function expandedSize(doc: unknown, budget: number = MAX_EXPANDED_WEIGHT): YamlSize {
  const done = new Map<object, number>()
  const open = new Set<object>()
  let cyclic = false
  const weigh = (v: unknown): number => {
    if (typeof v === 'string') return 1 + Math.floor(v.length / 64)
    if (v === null || typeof v !== 'object') return 1
    const known = done.get(v)
    if (known !== undefined) return known
    if (open.has(v)) {
      cyclic = true
      return budget + 1
    }
    open.add(v)
    let total = 1
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)
    for (const c of children) {
      total += weigh(c)
      if (total > budget) break
    }
    open.delete(v)
    done.set(v, Math.min(total, budget + 1))
    return Math.min(total, budget + 1)
  }
  const weight = weigh(doc)
  if (cyclic) return { ok: false, reason: 'an alias refers to the node that holds it (a cycle)' }
  if (weight > budget) {
    return {
      ok: false,
      reason: `its aliases expand to more than ${budget.toLocaleString('en-US')} values`
    }
  }
  return { ok: true, weight }
}
