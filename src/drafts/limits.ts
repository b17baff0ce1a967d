// A channel's limits as the writers hold them: read from the contract the config resolved
// (`ctx.channels`, overrides included), never from constants.
import { channelById } from '../channels/contract.js'
import type { DraftContext } from './context.js'

export interface Band {
  min: number
  max: number
}

/** The `words`, `lines` or `points` range of a channel; unbounded when the contract sets none. */
export function limitOf(
  ctx: Pick<DraftContext, 'channels'>,
  id: string,
  key: 'words' | 'lines' | 'points'
): Band {
  const r = channelById(id, ctx.channels)?.limits[key]
  return { min: r?.min ?? 0, max: r?.max ?? Number.MAX_SAFE_INTEGER }
}
