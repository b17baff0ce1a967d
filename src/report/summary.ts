// The full report for `$GITHUB_STEP_SUMMARY`: every diagnostic, every open question, every draft
// (collapsed). GitHub accepts at most 1 MiB per step, which is the only cap.
import type { CheckResult, GenerateResult } from '../engine.js'
import type { RootContent } from 'mdast'
import type { Diagnostic } from '../model.js'
import { locationText, SEVERITY_ICON } from './common.js'
import { renderFitted } from './markdown.js'
import { md, table, text } from './mdast.js'

export const JOB_SUMMARY_LIMIT = 1024 * 1024

const encoder = new TextEncoder()

export function renderJobSummary(
  result: GenerateResult | CheckResult,
  opts: { title?: string } = {}
): string {
  return renderFitted(
    result,
    {
      title: opts.title ?? 'Tutorial amplifier',
      moreHint: 'run `tutorial-amplifier check --format json` for the complete list',
      clip: { message: 4000, title: 300, question: 4000 }
    },
    JOB_SUMMARY_LIMIT,
    (s) => encoder.encode(s).length
  )
}

/**
 * The job summary's label for findings a pull request's `filter-mode` left out of annotations and
 * the comment ('' when none): they are in the report above too; this says which.
 */
export function outsideFilterSection(outside: readonly Diagnostic[], mode: string): string {
  if (outside.length === 0) return ''
  const heading: RootContent = {
    type: 'heading',
    depth: 3,
    children: [text(`Outside this pull request's changes (${outside.length})`)]
  }
  const note: RootContent = {
    type: 'paragraph',
    children: [
      text(
        `filter-mode: ${mode} — these findings are on lines or files this pull request does not change, so they are neither annotated nor in the comment.`
      )
    ]
  }
  const rows = outside.map((d) => [
    [text(SEVERITY_ICON[d.severity])],
    [text(locationText(d, false))],
    [text(d.rule)],
    [text(d.message)]
  ])
  return `\n\n${md([heading, note, table(['', 'Location', 'Rule', 'Message'], rows)])}\n`
}
