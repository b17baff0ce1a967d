// The garbage collector's policy for big inputs. V8 lets its heap grow to up to four times what
// was live at the last full collection before collecting again (on a machine with a few GB of
// memory), so the peak resident size of a run is mostly garbage, not data: reading one 5 MB
// chapter keeps under 100 MB alive but peaked at 400–500 MB. Once a file of at least
// `BIG_INPUT_BYTES` has been read, the heap may grow only by half of what is live before the next
// full collection: a 5 MB file then stays well under 300 MB, for more garbage-collection time on
// those runs only (ordinary inputs keep V8's own policy and speed). The same holds once a run has
// read `BIG_RUN_BYTES` in all: a regeneration of many tutorials keeps what its report needs of each
// (tens of MB on a 23 MB corpus), and V8's fourfold headroom over that is what took it past 400 MB.
import v8 from 'node:v8'

/** A file at least this big bounds the heap's growth for the rest of the run. */
export const BIG_INPUT_BYTES = 1024 * 1024

/** Inputs of at least this much in all bound the heap's growth (where src/parallel starts threads). */
export const BIG_RUN_BYTES = 16 * 1024 * 1024

/** How much the heap may grow over what was live after a full collection, in percent. */
export const HEAP_GROWING_PERCENT = 50

let bounded = false

/** Bounds the heap's growth (once per process; the setting is read at every collection). */
export function boundHeapGrowth(): void {
  if (bounded) return
  bounded = true
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}

let readSoFar = 0

/** Counts a file just read: a big file, or a run's inputs reaching `BIG_RUN_BYTES`, bound the heap. */
export function noteRead(bytes: number): void {
  readSoFar += bytes
  if (bytes >= BIG_INPUT_BYTES || readSoFar >= BIG_RUN_BYTES) boundHeapGrowth()
}
