// script/release (npm run release) in a throw-away repository: vX.Y.Z tagged, vX moved.
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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
  // the script reads package.json's repository with the hosted-git-info of our node_modules
  const nodePath = path.join(process.cwd(), 'node_modules')
  return spawnSync('bash', ['script/release'], {
    cwd: dir,
    env: { ...env, NODE_PATH: nodePath },
    encoding: 'utf8'
  })
}

const REPOSITORY = { type: 'git', url: 'git+https://github.com/acme/amp.git' }

function commitVersion(dir: string, version: string, repository: unknown = REPOSITORY): string {
  const pkg = { name: 'x', version, repository }
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg) + '\n')
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
    // the uses: line the README and `init` write, from package.json's repository
    expect(r1.stdout).toContain('workflows use it as: uses: acme/amp@v1')

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

  it('refuses a package.json without a GitHub repository, and prints ours for this one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-release-'))
    git(dir, 'init', '-q')
    mkdirSync(path.join(dir, 'script'))
    cpSync(path.join(process.cwd(), 'script/release'), path.join(dir, 'script/release'))
    commitVersion(dir, '2.0.0', null)
    const r = release(dir)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('package.json has no GitHub "repository"')
    expect(git(dir, 'tag')).toBe('')
    const ours = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'))
    commitVersion(dir, '2.0.0', ours.repository)
    expect(release(dir).stdout).toContain('uses: tutorial-amplifier/tutorial-amplifier@v2')
  })
})
