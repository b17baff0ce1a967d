// Claim-ID matching built from the configured (global) RegExp. Fresh RegExp objects are made
// here so no caller's `lastIndex` is shared or disturbed.

export interface IdMatcher {
  /** matches a whole string that is exactly one ID */
  whole: RegExp
  source: string
  /** the configured flags without `g`/`y` */
  flags: string
}

export function idMatcher(claimId: RegExp): IdMatcher {
  const flags = claimId.flags.replace(/[gy]/g, '')
  return { whole: new RegExp(`^(?:${claimId.source})$`, flags), source: claimId.source, flags }
}

export function isId(text: string, ids: IdMatcher): boolean {
  return ids.whole.test(text)
}

/** The first ID standing in `text`, if any. */
export function firstId(text: string, ids: IdMatcher): string | undefined {
  return new RegExp(ids.source, ids.flags).exec(text)?.[0]
}
