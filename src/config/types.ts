// The typed configuration, after defaults. Read from `.github/tutorial-amplifier.yml`
// (schema: `tutorial-amplifier.schema.json` at the repository root) by src/config/load.ts.
import { CHANNELS, type Channel } from '../channels/contract.js'
import type { SeverityOverride } from '../rules.js'

export const DEFAULT_CLAIM_ID_PATTERN = '[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-[0-9]{3}'

export interface TalkConfig {
  format?: string
  audience?: string
  level?: string
}

export interface Config {
  /** tutorial folders (workspace-relative); empty = autodetect */
  tutorials: string[]
  /** registry folders (workspace-relative); empty = autodetect a folder named `claims` */
  claims: string[]
  /** glob patterns (workspace-relative) of files and folders never read */
  ignore: string[]
  /** folder for committed/generated drafts (workspace-relative); undefined = `publication-drafts` beside each tutorial */
  draftsDir?: string
  /** draft file name template; `{tutorial}` is the tutorial folder's name */
  draftFileName: string
  /** more places drafts are committed: glob patterns relative to the workspace root (`drafts.paths`) */
  draftPaths: string[]
  /** regular-expression source for claim IDs (no flags, no anchors) */
  claimIdPattern: string
  /** per-rule severity overrides */
  rules: Record<string, SeverityOverride>
  /** public URL per tutorial name, used in calls to action; `*` is the fallback (may contain `{tutorial}`) */
  tutorialUrls: Record<string, string>
  hashtags: string[]
  talk: TalkConfig
  /** the channel contract with `channels:` overrides applied (src/channels) */
  channels: readonly Channel[]
  /** file the config was read from, when there was one (display path) */
  source?: string
}

export function defaultConfig(): Config {
  return {
    tutorials: [],
    claims: [],
    ignore: [],
    draftFileName: '{tutorial}.draft.md',
    draftPaths: [],
    claimIdPattern: DEFAULT_CLAIM_ID_PATTERN,
    rules: {},
    tutorialUrls: {},
    hashtags: [],
    talk: {},
    channels: CHANNELS
  }
}

/** The claim-ID regular expression, global, matching whole words only. */
export function claimIdRegExp(pattern: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_-])(?:${pattern})(?![A-Za-z0-9_-])`, 'g')
}
