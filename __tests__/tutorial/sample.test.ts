// The team's sample tutorial under examples/: it must read cleanly. Its exact text may change,
// so only the structure is checked.
import { existsSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseTutorial } from '../../src/tutorial/index.js'
import { claimId, loadFolder } from './helpers.js'

const DIR = 'examples/tidepool-quickstart'

describe('sample tutorial', () => {
  it('parses without structural diagnostics', () => {
    expect(existsSync(DIR)).toBe(true)
    const files = loadFolder(DIR)
    const t = parseTutorial(DIR, files, { claimId: claimId() })
    expect(t.diagnostics).toEqual([])
    expect(t.chapters.length).toBeGreaterThan(1)
    expect(t.chapters[0]!.file).toBe(`${DIR}/README.md`)
    expect(t.title).not.toBe(t.name)
    expect(t.exercises.length).toBeGreaterThan(0)
    expect(t.citations.length).toBeGreaterThan(0)
    for (const c of t.citations) {
      // every citation points at its ID in the source text
      const text = files.find((f) => f.path === c.file)!.text
      expect(text.split('\n')[c.line - 1]!.slice(c.column - 1)).toMatch(new RegExp(`^${c.id}`))
    }
  })
})
