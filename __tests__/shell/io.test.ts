import { describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { UsageError } from '../../src/errors.js'
import { displayPath, resolveInside } from '../../src/io/paths.js'
import { MAX_FILE_BYTES, readSource } from '../../src/io/read.js'
import { STALE_TEMP_MS, TEMP_SUFFIX, writeFilesAtomically } from '../../src/io/write.js'
import { RULES } from '../../src/rules.js'
import { autodetect, readTutorial, resolveFolders } from '../../src/io/project.js'
import { defaultConfig } from '../../src/config/types.js'

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'ta-io-'))

describe('readSource', () => {
  it('reads UTF-8 text and drops a byte-order mark', () => {
    const d = tmp()
    writeFileSync(path.join(d, 'a.md'), '\uFEFF# Títle\n')
    expect(readSource(d, path.join(d, 'a.md'), 'a.md', RULES.tutorialStructure)).toEqual({
      file: { path: 'a.md', text: '# Títle\n' }
    })
  })

  it('points at the first byte that is not UTF-8', () => {
    const d = tmp()
    writeFileSync(path.join(d, 'a.md'), Buffer.from([0x23, 0x0a, 0x61, 0x62, 0xff, 0x0a]))
    const r = readSource(d, path.join(d, 'a.md'), 'a.md', RULES.registryParse)
    expect(r).toEqual({
      diagnostic: expect.objectContaining({
        rule: 'registry/parse',
        line: 2,
        column: 3,
        message: 'file is not valid UTF-8 text'
      })
    })
  })

  it('refuses binary files and files over the size limit', () => {
    const d = tmp()
    writeFileSync(path.join(d, 'b.md'), Buffer.from('ok\nx\u0000y'))
    const bin = readSource(d, path.join(d, 'b.md'), 'b.md', RULES.tutorialStructure)
    expect(bin).toEqual({ diagnostic: expect.objectContaining({ line: 2, column: 2 }) })
    writeFileSync(path.join(d, 'big.md'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61))
    const big = readSource(d, path.join(d, 'big.md'), 'big.md', RULES.tutorialStructure)
    expect('diagnostic' in big && big.diagnostic.message).toMatch(/too large/)
  })
})

describe('paths', () => {
  it('shows POSIX paths relative to cwd', () => {
    expect(displayPath('/w/a/b.md', '/w')).toBe('a/b.md')
    expect(displayPath('/w', '/w')).toBe('.')
  })

  it('refuses ../ escapes and symlinks that lead outside the workspace', () => {
    const root = tmp()
    const outside = tmp()
    symlinkSync(outside, path.join(root, 'link'))
    expect(() => resolveInside(root, root, '../x', 'tutorial')).toThrow(UsageError)
    expect(() => resolveInside(root, root, 'link', 'tutorial')).toThrow(/symbolic link/)
    expect(resolveInside(root, root, 'sub/../ok', 'tutorial')).toBe(path.join(root, 'ok'))
  })
})

describe('writeFilesAtomically', () => {
  it('writes new files, skips identical ones, leaves no temporary files', () => {
    const d = tmp()
    const a = path.join(d, 'out/a.md')
    const first = writeFilesAtomically([{ path: a, content: 'one' }])
    expect(first.written).toEqual([a])
    const second = writeFilesAtomically([{ path: a, content: 'one' }])
    expect(second).toEqual({ written: [], unchanged: [a] })
    expect(readdirSync(path.join(d, 'out'))).toEqual(['a.md'])
  })

  it('keeps every earlier file intact when one write fails', () => {
    const d = tmp()
    const a = path.join(d, 'a.md')
    const locked = path.join(d, 'locked')
    mkdirSync(locked)
    writeFileSync(a, 'old a')
    chmodSync(locked, 0o500)
    const b = path.join(locked, 'b.md')
    const isRoot = process.getuid?.() === 0
    try {
      if (isRoot) {
        // root ignores permissions: make the target's folder a file instead
        writeFileSync(path.join(d, 'notadir'), '')
        expect(() =>
          writeFilesAtomically([
            { path: a, content: 'new a' },
            { path: path.join(d, 'notadir/b.md'), content: 'b' }
          ])
        ).toThrow()
      } else {
        expect(() =>
          writeFilesAtomically([
            { path: a, content: 'new a' },
            { path: b, content: 'b' }
          ])
        ).toThrow()
      }
    } finally {
      chmodSync(locked, 0o700)
    }
    expect(readFileSync(a, 'utf8')).toBe('old a')
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('writeFilesAtomically against hostile targets (issue 14, item 8)', () => {
  it('removes stale temporary files of a killed run, whatever PID it had, and keeps fresh ones', () => {
    const d = tmp()
    const a = path.join(d, 'a.md')
    const stale = path.join(d, `.a.md.0123456789ab${TEMP_SUFFIX}`)
    const fresh = path.join(d, `.a.md.ba9876543210${TEMP_SUFFIX}`)
    const foreign = path.join(d, '.a.md.1.0.tmp')
    for (const f of [stale, fresh, foreign]) writeFileSync(f, 'partial')
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000)
    utimesSync(stale, old, old)
    utimesSync(foreign, old, old)
    writeFilesAtomically([{ path: a, content: 'new' }])
    expect(readdirSync(d).sort()).toEqual([
      '.a.md.1.0.tmp',
      `.a.md.ba9876543210${TEMP_SUFFIX}`,
      'a.md'
    ])
    // and a second run at once (same process, same PID) does not collide with the first
    writeFilesAtomically([{ path: a, content: 'newer' }])
    expect(readFileSync(a, 'utf8')).toBe('newer')
  })

  it('names the file when a folder on the way is a file', () => {
    const d = tmp()
    writeFileSync(path.join(d, 'publication-drafts'), 'a file, not a folder')
    expect(() =>
      writeFilesAtomically([
        {
          path: path.join(d, 'publication-drafts/t.draft.md'),
          content: 'x',
          display: 'publication-drafts/t.draft.md'
        }
      ])
    ).toThrow(
      /cannot write the draft publication-drafts\/t\.draft\.md: .*publication-drafts is a file, not a folder/
    )
  })

  const chattr = (flag: '+i' | '-i', p: string): boolean => {
    try {
      execFileSync('chattr', [flag, p], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }

  it('restores an earlier non-UTF-8 draft byte for byte when a later rename fails', () => {
    const d = tmp()
    const a = path.join(d, 'a.md')
    const b = path.join(d, 'b.md')
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xfe])
    writeFileSync(a, latin1)
    writeFileSync(b, 'old b')
    if (!chattr('+i', b)) {
      // chattr needs root on a file system with attributes (ext4, xfs, btrfs); say so, do not pass
      console.warn('skipped: chattr +i is not available here')
      return
    }
    try {
      expect(() =>
        writeFilesAtomically([
          { path: a, content: 'new a', display: 'a.md' },
          { path: b, content: 'new b', display: 'b.md' }
        ])
      ).toThrow(/cannot write the draft b\.md \(EPERM\)/)
    } finally {
      chattr('-i', b)
    }
    expect(readFileSync(a).equals(latin1)).toBe(true)
    expect(readFileSync(b, 'utf8')).toBe('old b')
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('project discovery', () => {
  it('autodetects tutorials (numbered chapters) and registries (folders named claims)', () => {
    const root = tmp()
    mkdirSync(path.join(root, 'docs/t1'), { recursive: true })
    writeFileSync(path.join(root, 'docs/t1/01-intro.md'), '# T1\n')
    mkdirSync(path.join(root, 'docs/claims'))
    mkdirSync(path.join(root, 'node_modules/x'), { recursive: true })
    writeFileSync(path.join(root, 'node_modules/x/01-a.md'), '# no\n')
    const found = autodetect({ root, cwd: root })
    expect(found.tutorials.map((p) => displayPath(p, root))).toEqual(['docs/t1'])
    expect(found.claims.map((p) => displayPath(p, root))).toEqual(['docs/claims'])
  })

  it('autodetects every layout of the corpus, each folder once', () => {
    const root = path.resolve('__tests__/fixtures/layouts')
    const found = autodetect({ root, cwd: root }).tutorials.map((p) => displayPath(p, root))
    expect(found).toEqual(
      readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    )
  })

  it('takes a repository whose chapters live in docs/ as one tutorial, and a collection as many', () => {
    const repo = tmp()
    writeFileSync(path.join(repo, 'README.md'), '# Workshop\n')
    mkdirSync(path.join(repo, 'docs'))
    writeFileSync(path.join(repo, 'docs/01-a.md'), '# A\n')
    expect(autodetect({ root: repo, cwd: repo }).tutorials).toEqual([repo])

    // a site whose pages are not enough on their own: its generator's config says what the
    // folder is (Docusaurus: docs/ holding only category folders; Hugo: content/)
    const site = (page: string, config: string): void => {
      const root = tmp()
      writeFileSync(path.join(root, 'README.md'), '# Site source\n')
      mkdirSync(path.join(root, path.dirname(page)), { recursive: true })
      writeFileSync(path.join(root, page), '# Course\n')
      expect(autodetect({ root, cwd: root }).tutorials).toEqual([])
      writeFileSync(path.join(root, config), '\n')
      expect(autodetect({ root, cwd: root }).tutorials).toEqual([root])
    }
    site('docs/basics/first.mdx', 'docusaurus.config.ts')
    site('content/_index.en.md', 'hugo.toml')

    const collection = tmp()
    writeFileSync(path.join(collection, 'README.md'), '# Our tutorials\n')
    for (const t of ['01-first', '02-second']) {
      mkdirSync(path.join(collection, t))
      writeFileSync(path.join(collection, t, '01-a.md'), '# A\n')
    }
    const found = autodetect({ root: collection, cwd: collection }).tutorials
    expect(found.map((p) => displayPath(p, collection))).toEqual(['01-first', '02-second'])
  })

  it('hands the reader a root mkdocs.yml and lists the folders it did not read', () => {
    const root = tmp()
    mkdirSync(path.join(root, 't/node_modules/pkg'), { recursive: true })
    mkdirSync(path.join(root, 't/docs'), { recursive: true })
    mkdirSync(path.join(root, 't/claims'))
    writeFileSync(path.join(root, 't/mkdocs.yml'), 'nav:\n  - index.md\n')
    writeFileSync(path.join(root, 't/docs/index.md'), '# Home\n')
    writeFileSync(path.join(root, 't/docs/mkdocs.yml'), 'nav: []\n')
    writeFileSync(path.join(root, 't/node_modules/pkg/README.md'), '# dep\n')
    writeFileSync(path.join(root, 't/claims/a.md'), '## X-Y-001\n')
    const t = readTutorial({ root, cwd: root }, path.join(root, 't'), [path.join(root, 't/claims')])
    // the order files are listed in does not matter: the reader orders chapters itself
    expect(t.files.map((f) => f.path).sort()).toEqual(['t/docs/index.md', 't/mkdocs.yml'])
    expect(t.skipped).toEqual([
      { file: 't/claims/', reason: 'claims registry; read as the registry' },
      { file: 't/node_modules/', reason: 'installed dependencies; not read' }
    ])
  })

  it('refuses missing folders and folders outside the workspace', () => {
    const root = tmp()
    const ws = { root, cwd: root }
    expect(() => resolveFolders(ws, defaultConfig(), { tutorials: ['nope'] })).toThrow(
      'tutorial path "nope" does not exist'
    )
    const cfg = { ...defaultConfig(), claims: ['../../etc'] }
    expect(() => resolveFolders(ws, cfg, { tutorials: [] })).toThrow(/outside the workspace/)
  })

  it('reports a symlinked chapter leading outside the workspace instead of reading it', () => {
    const root = tmp()
    const outside = tmp()
    writeFileSync(path.join(outside, 'secret.md'), 'secret')
    mkdirSync(path.join(root, 't'))
    writeFileSync(path.join(root, 't/01-a.md'), '# A\n')
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, 't/02-b.md'))
    const t = readTutorial({ root, cwd: root }, path.join(root, 't'))
    expect(t.files.map((f) => f.path)).toEqual(['t/01-a.md'])
    expect(t.diagnostics).toEqual([
      expect.objectContaining({ file: 't/02-b.md', rule: 'tutorial/structure' })
    ])
  })
})

describe('nesting guard', () => {
  it.each([
    ['a 10,000-deep list on one line', `# T\n\nok\n${'- '.repeat(10000)}x\n`, 4],
    ['a 10,000-deep blockquote', `# T\n${'>'.repeat(10000)} x\n`, 2],
    [
      'a list indented 10,000 levels',
      `# T\n\n${Array.from({ length: 200 }, (_, i) => `${'    '.repeat(i)}- x`).join('\n')}\n`,
      103
    ]
  ])('refuses %s at its line', (_name, text, line) => {
    const d = tmp()
    writeFileSync(path.join(d, 'a.md'), text)
    const r = readSource(d, path.join(d, 'a.md'), 'a.md', RULES.tutorialStructure)
    expect(r).toEqual({
      diagnostic: expect.objectContaining({
        line,
        column: 1,
        message: expect.stringMatching(/nest deeper than 100 levels/)
      })
    })
  })

  it('reads ordinary nesting', () => {
    const d = tmp()
    const text = `# T\n\n- a\n  - b\n    - c\n\n> > quoted\n\n1. one\n   - two\n`
    writeFileSync(path.join(d, 'a.md'), text)
    expect(readSource(d, path.join(d, 'a.md'), 'a.md', RULES.tutorialStructure)).toEqual({
      file: { path: 'a.md', text }
    })
  })
})

describe('resolveInside on paths that do not exist yet', () => {
  it('follows a symbolic link in the nearest existing folder', () => {
    const root = tmp()
    const outside = tmp()
    symlinkSync(outside, path.join(root, 'publication-drafts'))
    expect(() => resolveInside(root, root, 'publication-drafts/new.draft.md', 'draft')).toThrow(
      /symbolic link/
    )
    expect(resolveInside(root, root, 'fresh/dir/new.md', 'draft')).toBe(
      path.join(root, 'fresh/dir/new.md')
    )
  })
})
