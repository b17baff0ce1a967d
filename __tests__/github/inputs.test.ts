import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { list, parseInputs, readInputs } = await import('../../src/inputs.js')

const reader = (values: Record<string, string>) => (n: string) => values[n] ?? ''

describe('parseInputs', () => {
  it('applies defaults for empty inputs', () => {
    expect(parseInputs(reader({ 'github-token': 't' }))).toEqual({
      token: 't',
      tutorials: [],
      claims: [],
      comment: true,
      commentHeader: 'default',
      failOn: 'error',
      filterMode: 'added',
      cleanComment: 'update',
      uploadReleaseAssets: false,
      writer: {
        kind: 'deterministic',
        model: 'openai/gpt-4.1-mini',
        endpoint: 'https://models.github.ai/inference'
      }
    })
  })

  it('reads every input', () => {
    const i = parseInputs(
      reader({
        'github-token': 't',
        config: 'cfg.yml',
        tutorials: 'a, b\n c\n\n',
        claims: 'claims',
        'drafts-dir': 'out',
        comment: 'false',
        'comment-header': 'blog',
        'comment-author': 'app[bot]',
        'fail-on': 'Warning',
        'filter-mode': 'File',
        'clean-comment': 'hide',
        'pr-number': '#42',
        tutorial: 'a',
        'write-drafts': 'TRUE',
        'upload-release-assets': 'true',
        writer: 'LLM',
        'llm-model': 'llama3.2:3b',
        'llm-endpoint': 'http://127.0.0.1:11434/v1'
      })
    )
    expect(i).toEqual({
      token: 't',
      config: 'cfg.yml',
      tutorials: ['a', 'b', 'c'],
      claims: ['claims'],
      draftsDir: 'out',
      comment: false,
      commentHeader: 'blog',
      commentAuthor: 'app[bot]',
      failOn: 'warning',
      filterMode: 'file',
      cleanComment: 'hide',
      prNumber: 42,
      tutorial: 'a',
      writeDrafts: true,
      uploadReleaseAssets: true,
      writer: { kind: 'llm', model: 'llama3.2:3b', endpoint: 'http://127.0.0.1:11434/v1' }
    })
  })

  it.each([
    ['fail-on', 'sometimes', /"fail-on" must be error, warning or never, not "sometimes"/],
    ['comment', 'yes', /"comment" must be true or false/],
    ['pr-number', '12abc', /"pr-number" must be a pull request number/],
    ['pr-number', '0', /"pr-number"/],
    ['write-drafts', '1', /"write-drafts"/],
    ['filter-mode', 'diff', /"filter-mode" must be added, file, nofilter, not "diff"/],
    ['clean-comment', 'remove', /"clean-comment" must be update, delete, hide, not "remove"/]
  ])('refuses %s=%s with a clear message', (name, value, message) => {
    expect(() => parseInputs(reader({ [name]: value }))).toThrow(message)
  })

  it('splits lists on commas and newlines', () => {
    expect(list(' a ,b\r\nc,,\n')).toEqual(['a', 'b', 'c'])
  })
})

describe('readInputs', () => {
  beforeEach(() => {
    core.getInput.mockImplementation((n: string) =>
      n === 'github-token' ? 'ghs_secret' : n === 'fail-on' ? 'never' : ''
    )
  })

  it('reads through @actions/core and masks the token', () => {
    const i = readInputs()
    expect(i.failOn).toBe('never')
    expect(core.setSecret).toHaveBeenCalledWith('ghs_secret')
    expect(core.getInput).toHaveBeenCalledWith('fail-on')
  })
})
