import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { GenerateResult } from '../../src/engine.js'
import {
  COMMENT_BUDGET,
  COMMENT_LIMIT,
  markerFor,
  renderComment
} from '../../src/report/comment.js'
import { renderJobSummary } from '../../src/report/summary.js'
import { count, diag, draft, exercise, fenceLines, generateResult, tutorial } from './fixtures.js'

const MARKER = markerFor('default')
const parse = (md: string): Root => unified().use(remarkParse).use(remarkGfm).parse(md)
const URL = 'https://github.com/o/r/actions/runs/1'

function assertWellFormed(body: string, max = COMMENT_BUDGET): void {
  expect(body.length).toBeLessThanOrEqual(max)
  expect(body.split('\n')[0]).toBe(MARKER)
  expect(count(body, '<!--')).toBe(1)
  expect(fenceLines(body) % 2).toBe(0)
  expect(count(body, '<details>')).toBe(count(body, '</details>'))
  expect(count(body, '<summary>')).toBe(count(body, '</summary>'))
  expect(body).not.toMatch(/@[A-Za-z0-9]/)
}

function small(): GenerateResult {
  const t = tutorial('101_kafscale', {
    exercises: [exercise('E10', 'Java demo', '5-10 minutes'), exercise('E20', 'Spring Boot')],
    citations: [
      {
        id: 'KS-LIMIT-001',
        file: 'tutorials/101_kafscale/01.md',
        line: 1,
        column: 1,
        context: 'prose',
        sentence: ''
      }
    ]
  })
  return generateResult(
    [t],
    [
      diag(
        'warning',
        'tutorials/101_kafscale/01.md',
        7,
        'KS-ARCH-002 is Draft',
        'claim/draft',
        'KS-ARCH-002'
      ),
      diag(
        'error',
        'tutorials/101_kafscale/02.md',
        3,
        'KS-NOPE-001 is unknown',
        'claim/unknown',
        'KS-NOPE-001'
      ),
      diag('error', 'claims/limitations.md', 1, 'duplicate KS-LIMIT-001', 'registry/duplicate-id')
    ]
  )
}

function huge(tutorials: number, diagnostics: number): GenerateResult {
  const ts = Array.from({ length: tutorials }, (_, i) =>
    tutorial(`t${i}`, {
      title: `Tutorial ${i} <b>@octocat</b> | pipes`,
      exercises: Array.from({ length: 8 }, (_, j) =>
        exercise(`E${j}0`, `Exercise ${j} with a long title`, '10 minutes')
      )
    })
  )
  const ds = Array.from({ length: diagnostics }, (_, i) =>
    diag(
      i % 3 === 0 ? 'error' : 'warning',
      `tutorials/t${i % tutorials}/01.md`,
      i + 1,
      `problem ${i} ${'x'.repeat(80)} @someone`
    )
  )
  const drafts = ts.map((t) =>
    draft(t, {
      markdown: `# Draft\n\n${'Paragraph text. '.repeat(200)}\n\n\`\`\`sh\nrun @x\n\`\`\`\n`,
      openQuestions: Array.from({ length: 6 }, (_, j) => ({
        channel: 'General' as const,
        kind: 'placeholder' as const,
        text: `Question ${j} about ${t.name}?`
      }))
    })
  )
  return generateResult(ts, ds, drafts)
}

describe('markerFor', () => {
  it('builds our hidden marker from a sanitized header', () => {
    expect(markerFor()).toBe('<!-- tutorial-amplifier:default -->')
    expect(markerFor('Docs Team!')).toBe('<!-- tutorial-amplifier:docs-team -->')
    expect(markerFor('a_b-c')).toBe('<!-- tutorial-amplifier:a_b-c -->')
    expect(markerFor('--> <script>')).toBe('<!-- tutorial-amplifier:script -->')
    expect(markerFor('!!!')).toBe('<!-- tutorial-amplifier:default -->')
  })

  it('exports the GitHub limits', () => {
    expect(COMMENT_LIMIT).toBe(65536)
    expect(COMMENT_BUDGET).toBe(60000)
  })
})

describe('renderComment', () => {
  it('renders marker, title, table, diagnostics, questions, flowchart and collapsed draft', () => {
    const body = renderComment(small(), {
      marker: MARKER,
      summaryUrl: URL,
      affected: ['tutorials/101_kafscale']
    })
    assertWellFormed(body)
    const lines = body.split('\n')
    expect(lines[2]).toBe('## Tutorial amplifier')
    expect(body).toContain('**❌ 2 errors, 1 warning in 1 tutorial, 1 claim**')
    expect(body).toContain('Affected by this pull request: tutorials/101_kafscale.')
    expect(body).toContain(
      '| Title of 101_kafscale (101_kafscale) | 1 | 1 | 1 | 1 | tutorials/101_kafscale/publication-drafts/101_kafscale.draft.md |'
    )
    // worst first, with file:line
    const errorRow = body.indexOf('| ❌ | claims/limitations.md:1 |')
    const warningRow = body.indexOf('| ⚠️ | tutorials/101_kafscale/01.md:7 |')
    expect(errorRow).toBeGreaterThan(0)
    expect(warningRow).toBeGreaterThan(errorRow)
    expect(body).toContain('- *General* — Is KS-PERF-001 verified?')
    expect(body).toContain('```mermaid\nflowchart LR')
    // <summary> line followed by a blank line so the draft renders as Markdown
    // its headings demoted below the comment's own
    expect(body).toMatch(/<details>\n<summary>[^\n]*<\/summary>\n\n#### Draft — 101_kafscale/)
    expect(body).toContain(`[job summary](${URL})`)
  })

  it('neutralizes hostile content everywhere', () => {
    const t = tutorial('evil', {
      title: '</summary></details><script>alert(1)</script> @octocat',
      exercises: [exercise('E1', '<!-- tutorial-amplifier:default -->')]
    })
    const d = draft(t, {
      path: 'x/<img src=x onerror=alert(1)>.md',
      markdown:
        '<!-- tutorial-amplifier:default -->\n\n</details>\n\n<script>x</script>\n\ncc @acme/team\n\n```\nopen fence',
      openQuestions: [{ channel: 'General', kind: 'roadmap', text: 'ask @octocat </details>' }]
    })
    const body = renderComment(
      generateResult(
        [t],
        [diag('error', 'evil/a.md', 1, '| broken | table\n@octocat <!-- x -->')],
        [d]
      ),
      { marker: MARKER, affected: ['@octocat', '<!--'] }
    )
    assertWellFormed(body)
    expect(body).not.toMatch(/<script|<img|tutorial-amplifier:(?!default -->)/)
    expect(count(body, '</details>')).toBe(1)
    const diagRow = body.split('\n').find((l) => l.startsWith('| ❌ | evil/a.md:1'))
    expect(diagRow).toContain('\\| broken \\| table @\u200Docto')
  })

  it('renders a short body when nothing relevant changed', () => {
    const body = renderComment(small(), { marker: MARKER, nothing: true, header: 'docs' })
    expect(body.split('\n')[0]).toBe(MARKER)
    expect(body).toContain('## Tutorial amplifier — docs')
    expect(body).toMatch(/No tutorial is affected by this pull request/)
    expect(body).not.toContain('| Tutorial |')
    expect(body.length).toBeLessThan(300)
  })

  it('drops flowcharts first, then draft texts, then caps the lists', () => {
    const r = huge(3, 30)
    const full = renderComment(r, { marker: MARKER, maxLength: 1e9 })
    expect(full).toContain('```mermaid')
    expect(full).toContain('<details>')

    const noFlow = renderComment(r, { marker: MARKER, maxLength: full.length - 1 })
    assertWellFormed(noFlow, full.length - 1)
    expect(noFlow).not.toContain('```mermaid')
    expect(count(noFlow, '<details>')).toBe(3)

    const noDrafts = renderComment(r, {
      marker: MARKER,
      maxLength: noFlow.length - 1,
      summaryUrl: URL
    })
    assertWellFormed(noDrafts, noFlow.length - 1)
    expect(noDrafts).not.toContain('<details>')
    expect(noDrafts).toContain(
      `Draft texts are left out here to keep this short; see the [job summary](${URL}).`
    )
    expect(count(noDrafts, /^\| (❌|⚠️) \|/gm)).toBe(30)

    const capped = renderComment(r, {
      marker: MARKER,
      maxLength: noDrafts.length - 200,
      summaryUrl: URL
    })
    assertWellFormed(capped, noDrafts.length - 200)
    const shown = count(capped, /^\| (❌|⚠️) \|/gm)
    expect(shown).toBeLessThan(30)
    expect(capped).toContain(`…and ${30 - shown} more diagnostics, see the [job summary](${URL}).`)
  })

  it('stays within the budget for absurd inputs (10,000 diagnostics, 500 tutorials)', () => {
    const body = renderComment(huge(500, 10000), { marker: MARKER, summaryUrl: URL })
    assertWellFormed(body)
    expect(body.length).toBeGreaterThan(COMMENT_BUDGET / 2) // shrunk, not emptied
    expect(body).toMatch(/…and \d+ more diagnostics/)
  })

  it('never exceeds maxLength and lets no foreign HTML in, whatever the content (property)', () => {
    const piece = fc.constantFrom(
      '<!--',
      '<',
      '`',
      '```',
      '\n',
      '\n\n',
      '    ',
      '|',
      '\\',
      '@a',
      '</details>',
      '<summary>',
      '<a x="`">',
      'https://x.io/',
      ' '
    )
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 25 })
        .map((p) => p.join(''))
    )
    const severity = fc.constantFrom<'error' | 'warning' | 'info'>('error', 'warning', 'info')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text), { maxLength: 4 }),
        fc.array(fc.tuple(severity, text), { maxLength: 30 }),
        fc.integer({ min: 60, max: COMMENT_BUDGET }),
        (tuts, diags, max) => {
          const ts = tuts.map(([title], i) =>
            tutorial(`t${i}`, { title, exercises: [exercise('E1', title, title)] })
          )
          const ds = ts.map((t, i) =>
            draft(t, {
              markdown: tuts[i]?.[1] ?? '',
              path: tuts[i]?.[2] ?? '',
              openQuestions: [{ channel: 'General', kind: 'roadmap', text: tuts[i]?.[2] ?? '' }]
            })
          )
          const r = generateResult(
            ts,
            diags.map(([s, m], i) => diag(s, m, i + 1, m)),
            ds
          )
          const body = renderComment(r, {
            marker: MARKER,
            maxLength: max,
            affected: diags.map(([, m]) => m)
          })
          expect(body.length).toBeLessThanOrEqual(max)
          if (body === '') return // only when even the marker does not fit
          expect(body.startsWith(MARKER)).toBe(true)
          expect(count(body, '<!--')).toBe(1)
          const html: string[] = []
          visit(parse(body), 'html', (n) => {
            html.push(n.value)
          })
          expect(html[0]).toBe(MARKER)
          for (const h of html.slice(1)) {
            expect(h).toMatch(/^(<\/details>|<details>\n<summary>[^<]*<\/summary>)$/)
          }
        }
      ),
      { numRuns: 150 }
    )
  })

  it('neutralizes the affected list as one piece', () => {
    const body = renderComment(small(), { marker: MARKER, affected: ['```', '```<summary>```'] })
    const html: string[] = []
    visit(parse(body), 'html', (n) => {
      html.push(n.value)
    })
    expect(html.filter((h) => h.includes('<summary>') && !h.startsWith('<details>'))).toEqual([])
  })
})

describe('renderJobSummary', () => {
  it('holds every diagnostic and every draft, neutralized, without a marker', () => {
    const r = huge(4, 3000)
    const out = renderJobSummary(r, { title: 'Amplifier report' })
    expect(out.startsWith('## Amplifier report\n')).toBe(true)
    expect(out).not.toContain('<!--')
    expect(count(out, /^\| (❌|⚠️) \|/gm)).toBe(3000)
    expect(count(out, '<details>')).toBe(4)
    expect(count(out, '```mermaid')).toBe(4)
    expect(out).not.toMatch(/@[A-Za-z0-9]|<b>/)
  })

  it('renders a check result too', () => {
    const { drafts: _, ...check } = small()
    const out = renderJobSummary(check)
    expect(out).toContain('## Tutorial amplifier')
    expect(out).toContain('### Diagnostics (3)')
    expect(out).not.toContain('<details>')
  })

  it('stays within 1 MiB', () => {
    const r = huge(2, 200)
    r.diagnostics = Array.from({ length: 1500 }, (_, i) =>
      diag('error', 'a.md', i + 1, `é${'y'.repeat(900)}`)
    )
    const out = renderJobSummary(r)
    expect(new TextEncoder().encode(out).length).toBeLessThanOrEqual(1024 * 1024)
    expect(out).toMatch(/…and \d+ more diagnostics/)
    expect(fenceLines(out) % 2).toBe(0)
  })
})
