// Where release assets are uploaded (pure). The release payload's `upload_url` is used as given —
// `https://uploads.github.com/…` on github.com, `https://HOST/api/uploads/…` on GitHub Enterprise
// Server — but only when it points at the API's own host or its `uploads.` sibling, so the token is
// never sent anywhere else. Without one, the URL is derived from the API URL the same way.

const TEMPLATE = '{?name,label}'

function uploadsHost(apiHost: string): string | undefined {
  return apiHost.startsWith('api.') ? `uploads.${apiHost.slice(4)}` : undefined
}

/** The upload URL template (`…/assets{?name,label}`) for a release. */
export function releaseUploadUrl(o: {
  apiUrl: string
  owner: string
  repo: string
  releaseId: number
  uploadUrl?: string
}): string {
  const api = new URL(o.apiUrl)
  if (o.uploadUrl) {
    const u = new URL(o.uploadUrl.replace(/\{[^}]*\}$/, ''))
    const allowed = [api.host, uploadsHost(api.host)].filter(Boolean)
    if (u.protocol !== api.protocol || !allowed.includes(u.host)) {
      throw new Error(
        `release upload_url host "${u.host}" is neither the API host nor its uploads host; not uploading`
      )
    }
    return `${u.origin}${u.pathname}${TEMPLATE}`
  }
  const path = `/repos/${encodeURIComponent(o.owner)}/${encodeURIComponent(o.repo)}/releases/${o.releaseId}/assets`
  const sibling = uploadsHost(api.host)
  if (sibling) return `${api.protocol}//${sibling}${path}${TEMPLATE}`
  // GitHub Enterprise Server: https://HOST/api/v3 → https://HOST/api/uploads
  const prefix = api.pathname.replace(/\/+$/, '').replace(/\/v3$/, '/uploads')
  return `${api.origin}${prefix}${path}${TEMPLATE}`
}

/** Asset names for draft files: their base names, made unique (`a.md`, `a-2.md`, …). */
export function assetNames(paths: readonly string[]): string[] {
  const used = new Set<string>()
  return paths.map((p) => {
    const base = p.split('/').pop() || 'draft.md'
    const dot = base.lastIndexOf('.')
    const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, '']
    let name = base
    for (let i = 2; used.has(name); i++) name = `${stem}-${i}${ext}`
    used.add(name)
    return name
  })
}
