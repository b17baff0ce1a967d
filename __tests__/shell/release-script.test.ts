// script/release (npm run release) in a throw-away repository: vX.Y.Z tagged, vX moved.
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: os.tmpdir()
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim()
}

function release(dir: string) {
  return spawnSync('bash', ['script/release'], { cwd: dir, env, encoding: 'utf8' })
}

function commitVersion(dir: string, version: string): string {
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version }) + '\n')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', `v${version}`)
  return git(dir, 'rev-parse', 'HEAD')
}

const tagged = (dir: string, tag: string) => git(dir, 'rev-parse', `${tag}^{commit}`)

describe('npm run release', () => {
  it('tags vX.Y.Z, moves vX to it, and refuses a repeat or a dirty tree', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-release-'))
    git(dir, 'init', '-q')
    mkdirSync(path.join(dir, 'script'))
    cpSync(path.join(process.cwd(), 'script/release'), path.join(dir, 'script/release'))
    const first = commitVersion(dir, '1.2.3')
    const r1 = release(dir)
    expect(r1.status).toBe(0)
    expect(tagged(dir, 'v1.2.3')).toBe(first)
    expect(tagged(dir, 'v1')).toBe(first)
    expect(r1.stdout).toContain('git push origin v1.2.3 && git push --force origin v1')

    const second = commitVersion(dir, '1.3.0')
    expect(release(dir).status).toBe(0)
    expect(tagged(dir, 'v1.3.0')).toBe(second)
    expect(tagged(dir, 'v1')).toBe(second)
    expect(tagged(dir, 'v1.2.3')).toBe(first)

    const again = release(dir)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('tag v1.3.0 already exists')
    writeFileSync(path.join(dir, 'dirty.txt'), 'x')
    expect(release(dir).stderr).toContain('uncommitted changes')
  })
})
