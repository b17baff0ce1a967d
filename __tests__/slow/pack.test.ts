// The package as people install it: `npm pack`, install the tarball into an empty folder with no
// network and no cache to draw on (the bundle needs no dependency), run `npx tutorial-amplifier`.
// Slow (packs and installs): runs with `npm run test:slow`, not `npm test`. Uses dist/ as built.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const repo = process.cwd()

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', ...env }
  })
}

describe('the published package', () => {
  it('packs only what runs, installs offline into an empty folder and checks a tutorial', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'ta-pack-'))
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', out], repo)) as {
      filename: string
      files: { path: string }[]
    }[]
    const files = packed[0]!.files.map((f) => f.path).sort()
    for (const f of [
      'dist/cli.js',
      'dist/index.js',
      'dist/worker.js',
      'dist/cli.js.map',
      'dist/THIRD_PARTY_NOTICES.txt',
      'LICENSE',
      'README.md',
      'package.json',
      'tutorial-amplifier.schema.json'
    ]) {
      expect(files).toContain(f)
    }
    expect(files.filter((f) => /^(src|__tests__|bench|examples|node_modules)\//.test(f))).toEqual(
      []
    )
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))
    expect(pkg.private).toBeUndefined()
    expect(pkg.dependencies ?? {}).toEqual({})

    // an empty project, an empty npm cache, no registry to reach
    const app = mkdtempSync(path.join(os.tmpdir(), 'ta-install-'))
    writeFileSync(path.join(app, 'package.json'), '{ "name": "consumer", "private": true }\n')
    const offline = {
      npm_config_cache: mkdtempSync(path.join(os.tmpdir(), 'ta-cache-')),
      npm_config_registry: 'http://127.0.0.1:9/'
    }
    const tarball = path.join(out, packed[0]!.filename)
    npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app, offline)
    cpSync(path.join(repo, 'examples'), path.join(app, 'examples'), { recursive: true })

    const version = npm(
      ['exec', '--offline', '--', 'tutorial-amplifier', '--version'],
      app,
      offline
    )
    expect(version.trim()).toBe(pkg.version)
    const report = npm(
      ['exec', '--offline', '--', 'tutorial-amplifier', 'check', '--format', 'json'],
      app,
      offline
    )
    const doc = JSON.parse(report)
    expect(doc.tutorials.map((t: { path: string }) => t.path)).toEqual([
      'examples/tidepool-quickstart'
    ])
    expect(doc.registry.claims).toHaveLength(12)
    expect(doc.summary.errors).toBe(0)
  }, 300000)
})
