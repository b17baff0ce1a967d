// A committed `.tutorial-amplifier-cache/` (runs given `--cache` read it): a forged entry is taken
// only for the folder and files it names, a broken one is a miss, and neither the folder nor an
// entry may be a way out of the workspace.
import { describe, expect, it } from '@jest/globals'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import { runCli } from '../cli/run.js'
import { DEFAULT_CACHE_DIR } from '../../src/cli/spec.js'

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-hostile-cache-'))
  cpSync('examples', path.join(dir, 'examples'), { recursive: true })
  return dir
}

const entries = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.v8')) : []

describe('a committed parse cache', () => {
  it('never takes an entry stored for another folder or files (a committed, forged cache)', () => {
    const ws = workspace()
    const args = [
      'check',
      '--format',
      'json',
      '--claims',
      'examples/claims',
      'examples/tidepool-quickstart'
    ]
    const plain = runCli(args, ws).stdout
    runCli([...args, '--cache'], ws)
    const cacheDir = path.join(ws, DEFAULT_CACHE_DIR)
    // rewrite every entry: same slot and key, but the value names another folder and files, or
    // is not what its slot holds (every kind of entry: tutorial, tree, chapter reading, registry
    // file, registry)
    const kinds = new Set<string>()
    for (const name of entries(cacheDir)) {
      const file = path.join(cacheDir, name)
      const entry = v8.deserialize(readFileSync(file)) as { value: Record<string, unknown> }
      const value = entry.value
      if ('exerciseIds' in value) {
        kinds.add('chapter reading')
        // taken, it would put the chapter's citations in a file outside the workspace
        const reading = value as { chapter: { file: string }; out: { citations: { file: string }[] } }
        reading.chapter.file = '../../outside/chapter.md'
        for (const c of reading.out.citations) c.file = '../../outside/chapter.md'
      } else if ('chapters' in value) {
        kinds.add('tutorial')
        value['dir'] = '../../outside'
        value['chapters'] = (value['chapters'] as { file: string }[]).map((c) => ({
          ...c,
          file: `../../outside/${path.basename(c.file)}`
        }))
      } else if (value['type'] === 'root') {
        kinds.add('tree')
        // taken, it would empty the chapter
        value['type'] = 'paragraph'
        value['children'] = []
      } else if ('items' in value) {
        kinds.add('registry file')
        // taken, it would drop the file's claims
        value['file'] = { path: '../../outside/claims.md', text: '' }
        value['items'] = []
      } else {
        kinds.add('registry')
        value['files'] = ['../../outside/claims.md']
      }
      writeFileSync(file, v8.serialize(entry))
    }
    expect([...kinds].sort()).toEqual([
      'chapter reading',
      'registry',
      'registry file',
      'tree',
      'tutorial'
    ])
    expect(runCli([...args, '--cache'], ws).stdout).toBe(plain)

    // an entry that is not a v8 value at all is a miss
    for (const name of entries(cacheDir)) writeFileSync(path.join(cacheDir, name), 'not v8')
    expect(runCli([...args, '--cache'], ws).stdout).toBe(plain)
  })

  it('refuses a cache location outside the workspace, and a cache folder that is a link', () => {
    const ws = workspace()
    const outside = mkdtempSync(path.join(os.tmpdir(), 'ta-cache-outside-'))
    const r = runCli(
      [
        'check',
        '--cache-location',
        outside,
        '--claims',
        'examples/claims',
        'examples/tidepool-quickstart'
      ],
      ws
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cache path ".*" is outside the workspace/)
    expect(readdirSync(outside)).toEqual([])

    // a link inside the workspace leading out is refused the same way
    symlinkSync(outside, path.join(ws, 'linked-cache'))
    const linked = runCli(
      [
        'check',
        '--cache-location',
        'linked-cache',
        '--claims',
        'examples/claims',
        'examples/tidepool-quickstart'
      ],
      ws
    )
    expect(linked.code).toBe(2)
    expect(linked.stderr).toMatch(/leads outside the workspace through a symbolic link/)
    expect(readdirSync(outside)).toEqual([])

    symlinkSync(path.join(ws, 'examples'), path.join(ws, DEFAULT_CACHE_DIR))
    const inner = runCli(
      ['check', '--cache', '--claims', 'examples/claims', 'examples/tidepool-quickstart'],
      ws
    )
    expect(inner.stderr).toMatch(
      /warning: cache folder .* is not a folder \(or is a symbolic link\)/
    )
    expect(lstatSync(path.join(ws, DEFAULT_CACHE_DIR)).isSymbolicLink()).toBe(true)
    expect(entries(path.join(ws, 'examples'))).toEqual([])
    rmSync(path.join(ws, DEFAULT_CACHE_DIR))
  })
})
