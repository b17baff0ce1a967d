// Pure: making a user-supplied claim-ID pattern safe to run over hostile text.
//
// A regular expression from a config file runs over every line of every tutorial, registry entry
// and draft of a pull request. JavaScript's backtracking engine can take exponential time on some
// patterns (`(a+)+b` against forty `a`s never finishes) and quadratic time on many more. Two steps,
// both on the parsed pattern (regjsparser), never on its text:
//   1. refuse a pattern whose matching can backtrack without bound from one starting position
//      (nested or overlapping quantifiers) — checked by redos-detector;
//   2. bound every open-ended quantifier (`+`, `*`, `{n,}`) to MAX_REPEAT, so the work done at one
//      position of a line is bounded and a search over a line stays linear in its length. A claim
//      ID never has a part longer than that, so what matches is unchanged for real IDs.
import { isSafePattern } from 'redos-detector'
import { parse, type AstNode, type RootNode } from 'regjsparser'

/** Longest run one quantifier of a user pattern may match. */
export const MAX_REPEAT = 64

export type PatternCheck = { ok: true; source: string } | { ok: false; reason: string }

type Features = { lookbehind: true; namedGroups: true }

interface Edit {
  start: number
  end: number
  text: string
}

type Node = AstNode<Features>

function quantifierEdits(node: RootNode<Features>, out: Edit[]): void {
  const visit = (n: Node): void => {
    if (n.type === 'quantifier') {
      const body = n.body[0]
      if (n.max === undefined) {
        // the quantifier's own text sits between the end of its body and its own end
        const start = body.range[1]
        const end = n.range[1]
        const min = Math.min(n.min, MAX_REPEAT)
        out.push({ start, end, text: `{${min},${MAX_REPEAT}}${n.greedy ? '' : '?'}` })
      }
      visit(body)
      return
    }
    const children = (n as { body?: unknown }).body
    if (Array.isArray(children)) {
      for (const c of children) visit(c as Node)
    }
  }
  visit(node)
}

/**
 * Checks a user pattern and returns the bounded source to use, or why it is refused. The
 * default pattern is known to be safe and is not passed here.
 */
export function safeClaimIdPattern(pattern: string): PatternCheck {
  let tree: RootNode<Features>
  try {
    tree = parse(pattern, '', { lookbehind: true, namedGroups: true })
  } catch (e) {
    return { ok: false, reason: (e as Error).message.split('\n')[0] ?? 'does not parse' }
  }
  // one starting position (anchored): searching tries every position anyway, and bounding the
  // quantifiers (below) keeps each try short
  // the search is bounded (steps, and time as a last resort): a pattern too tangled to decide
  // within it is refused like an unsafe one
  const safety = isSafePattern(`^(?:${pattern})`, { maxSteps: 500, timeout: 5000 })
  if (!safety.safe) {
    return {
      ok: false,
      reason:
        'it can backtrack catastrophically (nested or overlapping repetition such as "(a+)+"); write each part of the ID once, e.g. "[A-Z]+-[A-Z]+-[0-9]{3}"'
    }
  }
  const edits: Edit[] = []
  quantifierEdits(tree, edits)
  edits.sort((a, b) => b.start - a.start)
  let source = pattern
  for (const e of edits) source = source.slice(0, e.start) + e.text + source.slice(e.end)
  return { ok: true, source }
}
