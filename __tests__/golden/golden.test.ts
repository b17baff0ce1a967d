// Golden output for the bundled example: the text and JSON reports of `check`, and the committed
// draft of `generate`. Regenerate on purpose with `UPDATE_GOLDEN=1 npm test -- __tests__/golden`.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runCli } from '../cli/run.js'
import { runGenerate } from '../../src/app.js'
import { loadConfig } from '../../src/config/load.js'

const root = process.cwd()
const update = process.env['UPDATE_GOLDEN'] === '1'

const run = (argv: string[]) => runCli(argv, root)

function golden(file: string, actual: string): void {
  const p = path.join(root, file)
  if (update || !existsSync(p)) writeFileSync(p, actual)
  expect(actual).toBe(readFileSync(p, 'utf8'))
}

describe('golden output of the example', () => {
  it('check (text)', () => {
    const r = run(['check'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    golden('__tests__/golden/example-check.txt', r.stdout)
  })

  it('check (json)', () => {
    const r = run(['check', '--format', 'json'])
    expect(r.code).toBe(0)
    golden('__tests__/golden/example-check.json', r.stdout)
  })

  it('the committed draft is exactly what generate produces', () => {
    const ws = { root, cwd: root }
    const run = runGenerate({ ws, config: loadConfig(ws), selection: {} })
    expect(run.result.drafts).toHaveLength(1)
    const draft = run.result.drafts[0]!
    expect(draft.path).toBe('examples/publication-drafts/tidepool-quickstart.draft.md')
    golden(draft.path, draft.markdown)
  })

  it('the comment preview', () => {
    const r = run(['comment'])
    expect(r.code).toBe(0)
    golden('__tests__/golden/example-comment.md', r.stdout)
  })
})
