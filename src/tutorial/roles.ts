// Section roles: what kind of section a heading opens ("Limitations", "Prerequisites", "Why …").
// The reader tags every block with the role of its nearest heading that has one, so later stages
// know a sentence's context (a non-goal is not a feature; a roadmap line is not a fact). Pure.
import type { SectionRole } from '../model.js'

/** Exercise-like heading labels: `E10`, `Exercise 3`, `Exercise: …`, `Lab 2`, `Challenge 1`, `Hands-on`. */
export const EXERCISE_WORD = String.raw`(?:exercise|exercice|exerice|excercise|exersice|exercize|exercse|excersise|exercsie)`
export const EXERCISE_HEADING = new RegExp(
  String.raw`^(?:(?:${EXERCISE_WORD}|lab|challenge|task)\b(?:\s*\d+|\s*[:#.\-–—]|\s*$)|hands[- ]on\b|e\d+\b)`,
  'iu'
)

/**
 * Ordered recognisers: the first that matches the heading's start wins. Headings are compared
 * after stripping numbering and decoration (`2.`, `Part 1:`, `Step 0 –`, emoji).
 */
const ROLE_PATTERNS: readonly (readonly [SectionRole, RegExp])[] = [
  [
    'non-goal',
    /^(?:non[- ]?goals?|not suitable|unsuitable|when not to use|when (?:you )?(?:should not|shouldn't) use|not covered|out of scope|what (?:this|the) (?:tutorial|workshop|guide|lab) (?:is not|isn't|does not|doesn't)|what (?:we|you) (?:will not|won't) (?:cover|do|learn|build)|not (?:a good fit|for you|intended)|scope and non[- ]?goals)\b/iu
  ],
  [
    'limitation',
    /^(?:(?:known |current )?limitations?|caveats?|known issues|constraints|trade-?offs?|drawbacks?|restrictions)\b/iu
  ],
  [
    'roadmap',
    /^(?:roadmap|future (?:work|plans|directions|features)|coming soon|planned (?:features|work)|upcoming)\b/iu
  ],
  [
    'prerequisites',
    /^(?:pre-?requisites?|requirements|system requirements|before you (?:begin|start)|what you(?:'|’| wi)ll need|you(?:'|’| wi)ll need|what you need|things you need)\b/iu
  ],
  [
    'outcomes',
    /^(?:what you(?:'|’| wi)ll (?:learn|build|do|achieve)|what you learn|learning (?:objectives|outcomes|goals)|objectives|goals|by the end|you will learn|outcomes)\b/iu
  ],
  [
    'troubleshooting',
    /^(?:troubleshoot\w*|common (?:issues|problems|errors|pitfalls)|faq|frequently asked|if something goes wrong|debugging)\b/iu
  ],
  [
    'cleanup',
    /^(?:clean[- ]?up|tear[- ]?down|tidy up|remove (?:the )?resources|delete (?:the )?resources|uninstall)\b/iu
  ],
  ['glossary', /^(?:glossary|key terms|terminology|terms)\b/iu],
  [
    'summary',
    /^(?:summary|recap|conclusions?|wrap[- ]?up|wrapping up|key takeaways?|takeaways|what you(?:'|’| ha)ve learned|what you learned|what you should know|in summary)\b/iu
  ],
  ['why', /^(?:why\b|motivation\b|the case for\b)/iu],
  ['problem', /^(?:(?:the )?problem\b|problem statement\b|the challenge\b|pain points\b)/iu],
  [
    'setup',
    /^(?:set[- ]?up|setting up|installation|install(?:ing)?|environment setup|getting set up)\b/iu
  ],
  [
    'next-steps',
    /^(?:next steps?|what(?:'|’)s next|where to go next|further reading|learn more|more resources|resources)\b/iu
  ],
  ['intro', /^(?:intro(?:duction)?|overview|about(?: this)?|at a glance|background)\b/iu]
]

/** Numbering and decoration before a heading's words: `2.`, `1.3`, `Part 1:`, `Step 0 -`, emoji, `#`. */
const LEAD =
  /^(?:[^\p{L}\p{N}]+|(?:\d+(?:\.\d+)*[.):]?|(?:part|chapter|section|module|step)\s+\d+\s*[:.\-–—]?)\s*)+/iu

/** The heading's text without numbering and decoration in front. */
function stripLead(text: string): string {
  let t = text.trim()
  for (let i = 0; i < 3; i++) {
    const next = t.replace(LEAD, '')
    if (next === t) break
    t = next
  }
  return t
}

/**
 * The role a heading gives the section under it, or undefined for an ordinary heading.
 * `Exercise 2: Cleanup` is an exercise; `Cleanup` alone is cleanup.
 */
export function sectionRole(headingText: string): SectionRole | undefined {
  const text = stripLead(headingText)
  if (text === '') return undefined
  if (EXERCISE_HEADING.test(text) || EXERCISE_HEADING.test(headingText.trim())) return 'exercise'
  for (const [role, re] of ROLE_PATTERNS) if (re.test(text)) return role
  return undefined
}

/**
 * Tracks the heading chain while a chapter is walked: `enter(depth, text)` at each heading,
 * `role()` for the role of the nearest heading in the chain that has one.
 */
export class RoleChain {
  private readonly chain: { depth: number; role: SectionRole | undefined }[] = []

  enter(depth: number, text: string): void {
    while (this.chain.length > 0 && (this.chain[this.chain.length - 1]?.depth ?? 0) >= depth) {
      this.chain.pop()
    }
    this.chain.push({ depth, role: sectionRole(text) })
  }

  role(): SectionRole | undefined {
    for (let i = this.chain.length - 1; i >= 0; i--) {
      const r = this.chain[i]?.role
      if (r) return r
    }
    return undefined
  }
}
