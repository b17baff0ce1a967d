import { describe, expect, it } from '@jest/globals'
import { assetNames, releaseUploadUrl } from '../../src/github/release.js'

const base = { owner: 'o', repo: 'r', releaseId: 9 }

describe('releaseUploadUrl', () => {
  it('uses the payload upload_url on github.com and GHES', () => {
    expect(
      releaseUploadUrl({
        ...base,
        apiUrl: 'https://api.github.com',
        uploadUrl: 'https://uploads.github.com/repos/o/r/releases/9/assets{?name,label}'
      })
    ).toBe('https://uploads.github.com/repos/o/r/releases/9/assets{?name,label}')
    expect(
      releaseUploadUrl({
        ...base,
        apiUrl: 'https://ghes.example.com/api/v3',
        uploadUrl: 'https://ghes.example.com/api/uploads/repos/o/r/releases/9/assets{?name,label}'
      })
    ).toBe('https://ghes.example.com/api/uploads/repos/o/r/releases/9/assets{?name,label}')
  })

  it('derives it from the API URL when the payload has none', () => {
    expect(releaseUploadUrl({ ...base, apiUrl: 'https://api.github.com' })).toBe(
      'https://uploads.github.com/repos/o/r/releases/9/assets{?name,label}'
    )
    expect(releaseUploadUrl({ ...base, apiUrl: 'https://ghes.example.com/api/v3' })).toBe(
      'https://ghes.example.com/api/uploads/repos/o/r/releases/9/assets{?name,label}'
    )
  })

  it('never sends the token to another host', () => {
    expect(() =>
      releaseUploadUrl({
        ...base,
        apiUrl: 'https://api.github.com',
        uploadUrl: 'https://evil.example/repos/o/r/releases/9/assets{?name,label}'
      })
    ).toThrow(/not uploading/)
  })
})

describe('assetNames', () => {
  it('uses base names, made unique', () => {
    expect(assetNames(['a/x.draft.md', 'b/x.draft.md', 'c/y.md', 'd/x.draft.md'])).toEqual([
      'x.draft.md',
      'x.draft-2.md',
      'y.md',
      'x.draft-3.md'
    ])
  })
})
