// `tutorial-amplifier init` (shell): detect tutorials and registry, then write the commented config
// and a workflow. Existing files are kept unless `force`; both files are written or neither.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { displayPath, resolveInside } from '../io/paths.js'
import { autodetect, type Workspace } from '../io/project.js'
import { writeFilesAtomically } from '../io/write.js'
import { configText, workflowText } from './templates.js'

export const INIT_FILES = {
  config: '.github/tutorial-amplifier.yml',
  workflow: '.github/workflows/tutorial-amplifier.yml'
} as const

export function runInit(
  ws: Workspace,
  opts: { claims: string[]; force: boolean; version: string }
): { lines: string[] } {
  const found = autodetect(ws)
  const rel = (abs: string): string => displayPath(abs, ws.root)
  const claims =
    opts.claims.length > 0
      ? opts.claims.map((c) => rel(resolveInside(ws.root, ws.cwd, c, 'claims')))
      : found.claims.map(rel)
  const layout = { tutorials: found.tutorials.map(rel), claims, version: opts.version }
  const files = [
    { path: path.join(ws.root, INIT_FILES.config), content: configText(layout) },
    { path: path.join(ws.root, INIT_FILES.workflow), content: workflowText(layout) }
  ].map((f) => ({ ...f, display: displayPath(f.path, ws.cwd) }))
  const existing = files.filter((f) => existsSync(f.path))
  if (existing.length > 0 && !opts.force) {
    throw new UsageError(
      `${existing.map((f) => f.display).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`
    )
  }
  writeFilesAtomically(files)
  const lines = files.map((f) => `wrote ${f.display}`)
  lines.push(
    `found ${layout.tutorials.length} tutorial folder(s) and ${layout.claims.length} registry folder(s); run "tutorial-amplifier check" next`
  )
  return { lines }
}
