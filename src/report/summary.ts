// The full report for `$GITHUB_STEP_SUMMARY`: every diagnostic, every open question, every draft
// (collapsed). GitHub accepts at most 1 MiB per step, which is the only cap.
import type { CheckResult, GenerateResult } from '../engine.js'
import { renderFitted } from './markdown.js'

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
