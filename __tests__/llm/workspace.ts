// A throw-away workspace for the model writer's tests: the example tutorial and registry, and a
// config whose `writer:` points at a stand-in endpoint.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import yaml from 'js-yaml'

export const ROOT = path.resolve('.')
export const DRAFT = 'examples/publication-drafts/tidepool-quickstart.draft.md'

export function makeWorkspace(writer: Record<string, unknown>): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'ta-llm-'))
  for (const dir of ['examples/tidepool-quickstart', 'examples/claims']) {
    cpSync(path.join(ROOT, dir), path.join(ws, dir), { recursive: true })
  }
  mkdirSync(path.join(ws, '.github'), { recursive: true })
  writeFileSync(
    path.join(ws, '.github/tutorial-amplifier.yml'),
    yaml.dump({
      tutorials: ['examples/tidepool-quickstart'],
      claims: ['examples/claims'],
      hashtags: ['Observability', 'Metrics'],
      rules: { 'claim/unreferenced': 'info' },
      writer
    })
  )
  return ws
}

export const readDraft = (ws: string): string => readFileSync(path.join(ws, DRAFT), 'utf8')

/** The body of one `## ` section of a draft (up to the next `## `). */
export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`)
  if (start < 0) return ''
  const body = markdown.slice(start + heading.length + 4)
  const next = body.search(/^## /m)
  return (next < 0 ? body : body.slice(0, next)).trim()
}

/** A core story that keeps to the facts of the example tutorial. */
export const CORE_STORY_OK = [
  '1. A typical self-hosted metrics stack keeps recent samples on the local disks of a few large servers.',
  '2. Tidepool separates the three jobs that a traditional server does at once.',
  '3. Because object storage holds the data, most operational work becomes stateless work.',
  '4. The exercises run the local demo, write and query from code, install the Helm chart and alert on ingest lag.',
  '5. Later chapters cover Helm values for production, monitoring, security and cost.'
].join('\n')

/** A core story that claims what the tutorial never says. */
export const CORE_STORY_OVERCLAIM = [
  '1. Tidepool is the fastest metrics platform on the market, trusted by thousands of enterprises worldwide.',
  '2. It will support multi-region replication next quarter and cuts storage bills by 90%.'
].join('\n')
