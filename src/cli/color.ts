// Whether the CLI colours its text report, and the painter it uses (node:util styleText).
import { styleText } from 'node:util'

import type { TextStyle } from '../report/text.js'

export type Style = TextStyle

/** Paints text in a style; the identity when colour is off. */
export type Painter = (style: Style, text: string) => string

export const plain: Painter = (_style, text) => text

/**
 * The usual conventions, in node's own order: FORCE_COLOR wins (`0`/`false` turn colour off, any
 * other value on), then a non-empty NO_COLOR or TERM=dumb turn it off, else colour follows the TTY.
 */
export function colorEnabled(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false
  if (env['NODE_DISABLE_COLORS'] !== undefined && env['NODE_DISABLE_COLORS'] !== '') return false
  if (env['TERM'] === 'dumb') return false
  return isTTY
}

/** We decided already (above), so styleText must not check the stream again. */
export const ansi: Painter = (style, text) => styleText(style, text, { validateStream: false })

export function painter(enabled: boolean): Painter {
  return enabled ? ansi : plain
}
