// Properties of the sticky PR comment over arbitrary content: it fits GitHub's limit, it cannot
// mention anyone, and content can never produce our hidden marker.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import {
  CHECKLIST_ITEMS,
  SECTIONS,
  type ChecklistStatus,
  type Draft
} from '../../src/drafts/types.js'
import { check, generate, type GenerateResult } from '../../src/engine.js'
import type { Diagnostic, Tutorial } from '../../src/model.js'
import { COMMENT_BUDGET, markerFor, renderComment } from '../../src/report/comment.js'
import { RULE_IDS, countBySeverity } from '../../src/rules.js'
import { MARKER_TEXT, block, draftPath, engineInput, line, markdownOf } from './arbitraries.js'

const parser = unified().use(remarkParse).use(remarkGfm)

/**
 * The text of `md` as GitHub would scan it for mentions: the comment is parsed as GFM and every
 * code span and code block is blanked out (same length, so offsets stay put), because GitHub
 * never turns `@name` inside code into a mention. Everything else (prose, table cells, link
 * text, HTML) is kept.
 */
function outsideCode(md: string): string {
  const tree = parser.parse(md) as Root
  // UTF-16 code units: remark reports offsets in them
  const units = md.split('')
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    for (let i = start; i < end; i++) if (units[i] !== '\n') units[i] = ' '
    return SKIP
  })
  return units.join('')
}

/**
 * A mention as GitHub recognises one: `@` followed by a letter or digit, at the start of a line or
 * after a character that is neither a word character (that would be an e-mail address such as
 * `dev@example.com`) nor a backtick (the edge of a code span). Our sanitizer puts a zero-width
 * joiner after every such `@`, so `@\u200Doctocat` renders the same but pings nobody, and the
 * pattern below (which needs the letter right after the `@`) no longer matches.
 */
const MENTION = /(^|[^\w`])@[A-Za-z0-9]/m

/** Content from a pull request is hostile: these strings must reach the comment's content. */
const mentionHeavy = fc
  .array(
    fc.oneof(
      block,
      fc.constantFrom(
        '# @octocat guide',
        '- cc @github/security and @a1',
        '| @x | KS-ARCH-001 @y |\n| --- | --- |\n| @z | w |',
        'Cite KS-UNKN-404 @maintainer please',
        '## Exercise E10: ping @you\n\n**Estimated time**: 15-20 minutes'
      )
    ),
    { minLength: 1, maxLength: 5 }
  )
  .map((b) => b.join('\n\n'))

const SEVERITIES = ['error', 'warning', 'info'] as const

/** A diagnostic whose every text field is hostile (paths and messages quote content). */
const hostileDiagnostic = (content: fc.Arbitrary<string>): fc.Arbitrary<Diagnostic> =>
  fc
    .record({
      rule: fc.constantFrom(...RULE_IDS),
      severity: fc.constantFrom(...SEVERITIES),
      file: fc.oneof(
        fc.constantFrom('tut/01-a.md', 'docs/@octocat/x.md', `${MARKER_TEXT}.md`),
        line
      ),
      line: fc.integer({ min: 1, max: 5000 }),
      column: fc.integer({ min: 1, max: 300 }),
      message: fc.oneof(line, content),
      claim: fc.option(fc.oneof(line, fc.constant('@octocat')), { nil: undefined })
    })
    .map((d) => {
      const out: Diagnostic = { ...d }
      if (d.claim === undefined) delete out.claim
      return out
    })

/** A draft as the renderer receives it, with hostile content in every field it may show. */
const hostileDraft = (t: Tutorial, content: fc.Arbitrary<string>): fc.Arbitrary<Draft> =>
  fc
    .record({
      bodies: fc.array(fc.oneof(content, markdownOf(3)), { minLength: 7, maxLength: 7 }),
      questions: fc.array(fc.tuple(fc.constantFrom(...CHANNELS), fc.oneof(line, content)), {
        maxLength: 4
      }),
      checklist: fc.array(
        fc.tuple(fc.constantFrom('pass', 'warn', 'fail') as fc.Arbitrary<ChecklistStatus>, line),
        { minLength: 7, maxLength: 7 }
      ),
      diagnostics: fc.array(hostileDiagnostic(content), { maxLength: 4 })
    })
    .map(({ bodies, questions, checklist, diagnostics }) => {
      const sections = SECTIONS.map((sec, i) => ({
        id: sec.id,
        heading: sec.heading,
        markdown: bodies[i]!
      }))
      return {
        tutorial: t.name,
        tutorialDir: t.dir,
        path: draftPath(t),
        markdown: sections.map((x) => `## ${x.heading}\n\n${x.markdown}`).join('\n\n'),
        sections,
        facts: { tutorial: t.name, dir: t.dir, title: t.title, facts: [] },
        posts: [],
        openQuestions: questions.map(([channel, text]) => ({
          channel,
          kind: 'new-claim' as const,
          text
        })),
        checklist: CHECKLIST_ITEMS.map((item, i) => ({
          item,
          status: checklist[i]![0],
          reason: checklist[i]![1]
        })),
        diagnostics
      }
    })

const CHANNELS = ['LinkedIn', 'Medium / Blog', 'GitHub README', 'Talk', 'General'] as const

/**
 * A result to render: the real `check()` of an arbitrary input (tutorial titles, exercises and
 * diagnostics from the engine) plus drafts and extra diagnostics with hostile content everywhere.
 * (`generate()` costs ~100 ms a tutorial; the end-to-end property below uses it, fewer times.)
 */
const hostileResult = (content: fc.Arbitrary<string>): fc.Arbitrary<GenerateResult> =>
  fc
    .tuple(engineInput, fc.array(hostileDiagnostic(content), { maxLength: 6 }))
    .chain(([input, extra]) => {
      const c = check(input)
      const drafts = fc.tuple(...c.tutorials.map((t) => hostileDraft(t, content)))
      return drafts.map((ds) => {
        const diagnostics = [...c.diagnostics, ...extra]
        return { ...c, diagnostics, drafts: ds, summary: countBySeverity(diagnostics) }
      })
    })

/** Content full of marker look-alikes, in every place the comment shows content. */
const markerHeavy = fc
  .array(
    fc.oneof(
      block,
      fc.constantFrom(
        `# ${MARKER_TEXT}`,
        MARKER_TEXT,
        `- ${MARKER_TEXT} KS-NOPE-001`,
        '<!-- tutorial-amplifier:release -->',
        '`<!-- tutorial-amplifier:default -->`',
        '```\n<!-- tutorial-amplifier:default -->\n```',
        '&lt;!-- tutorial-amplifier:default --&gt;',
        '<!-- tutorial-amplifier:default --',
        '<!--\ntutorial-amplifier:default -->'
      )
    ),
    { minLength: 1, maxLength: 5 }
  )
  .map((b) => b.join('\n\n'))

const header = fc.oneof(
  fc.constant('default'),
  fc.constantFrom('release', 'docs team', 'tutorial-amplifier:default -->', '<!--', '@octocat'),
  fc.string({ maxLength: 20 })
)

const bigText = (content: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(content, fc.integer({ min: 1, max: 400 })).map(([c, n]) => `${c}\n\n`.repeat(n))

describe('PR comment properties', () => {
  it(`is never longer than ${COMMENT_BUDGET} characters, nor than a smaller maxLength`, () => {
    // Repeated content makes reports far over the budget (up to a few MB of draft text).
    fc.assert(
      fc.property(
        hostileResult(bigText(mentionHeavy)),
        fc.option(fc.integer({ min: 0, max: 70000 }), { nil: undefined }),
        header,
        (r, max, h) => {
          const opts = max === undefined ? {} : { maxLength: max }
          const body = renderComment(r, { marker: markerFor(h), header: h, ...opts })
          expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET)
          if (max !== undefined) expect(body.length).toBeLessThanOrEqual(max)
          // fitting drops detail, never the marker, unless the limit cannot even hold it
          if (max === undefined || max >= 1000) expect(body.startsWith(markerFor(h))).toBe(true)
        }
      ),
      { numRuns: 30 }
    )
  })

  it('holds no @mention outside code, whatever the content', () => {
    fc.assert(
      fc.property(hostileResult(mentionHeavy), header, (r, h) => {
        const body = renderComment(r, {
          marker: markerFor(h),
          header: h,
          affected: ['docs/@octocat/01-a.md', '@team/x']
        })
        expect(outsideCode(body)).not.toMatch(MENTION)
      }),
      { numRuns: 100 }
    )
  })

  it('starts with the marker and holds it (or any marker) exactly once', () => {
    fc.assert(
      fc.property(hostileResult(markerHeavy), header, (r, h) => {
        const marker = markerFor(h)
        const body = renderComment(r, { marker, header: h, affected: [MARKER_TEXT] })
        expectOneMarker(body, marker)
      }),
      { numRuns: 100 }
    )
  })

  it('end to end through generate(): no mention, one marker, within budget', () => {
    fc.assert(
      fc.property(engineInput, mentionHeavy, markerHeavy, header, (input, m1, m2, h) => {
        const tutorials = input.tutorials.map((t) => ({
          ...t,
          files: [...t.files, { path: `${t.dir}/05-hostile.md`, text: `${m1}\n\n${m2}` }]
        }))
        const registry = [...input.registry, { path: 'claims/hostile.md', text: m2 }]
        const r = generate({ ...input, tutorials, registry }, draftPath)
        const marker = markerFor(h)
        const body = renderComment(r, { marker, header: h })
        expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET)
        expect(outsideCode(body)).not.toMatch(MENTION)
        expectOneMarker(body, marker)
      }),
      { numRuns: 20 }
    )
  })

  it('markerFor always yields one well-formed HTML comment', () => {
    fc.assert(
      fc.property(header, (h) => {
        expect(markerFor(h)).toMatch(/^<!-- tutorial-amplifier:[a-z0-9_-]{1,64} -->$/)
      }),
      { numRuns: 200 }
    )
  })
})

function expectOneMarker(body: string, marker: string): void {
  expect(body.startsWith(marker)).toBe(true)
  expect(body.split(marker)).toHaveLength(2)
  // no content-made marker for any header either: our prefix, and any HTML comment, only at 0
  expect(body.indexOf('<!-- tutorial-amplifier:', 1)).toBe(-1)
  expect(body.indexOf('<!--', 1)).toBe(-1)
}
