// The garbage collector's policy for big inputs. V8 lets its heap grow to up to four times what
// was live at the last full collection before collecting again (on a machine with a few GB of
// memory), so the peak resident size of a run is mostly garbage, not data: reading one 5 MB
// chapter keeps under 100 MB alive but peaked at 400–500 MB. Once a file of at least
// `BIG_INPUT_BYTES` has been read, the heap may grow only by half of what is live before the next
// full collection (by a quarter past `HUGE_INPUT_BYTES`): a 5 MB file then stays under 300 MB, for
// more garbage-collection time on those runs only (ordinary inputs keep V8's own policy and
// speed). The same holds once a run has read `BIG_RUN_BYTES` in all: a regeneration of many
// tutorials keeps what its report needs of each (tens of MB on a 23 MB corpus), and V8's fourfold
// headroom over that is what took it past 400 MB. From `MID_RUN_BYTES` in all, the growth is
// bounded to 150 %, which costs next to nothing.
import v8 from 'node:v8'

/** A file at least this big bounds the heap's growth for the rest of the run. */
export const BIG_INPUT_BYTES = 1024 * 1024

/** Inputs of at least this much in all bound the heap's growth (where src/parallel starts threads). */
export const BIG_RUN_BYTES = 16 * 1024 * 1024

/** How much the heap may grow over what was live after a full collection, in percent. */
export const HEAP_GROWING_PERCENT = 50

/**
 * A file at least this big bounds it further: a 5 MB committed draft keeps ~130 MB alive (its
 * tree, prose units and findings) and peaked at 280–291 MB with 50 %, 260 MB with 25 % (for about
 * a quarter more CPU time, on such runs only).
 */
export const HUGE_INPUT_BYTES = 4 * 1024 * 1024

/** The growth allowed once a file of `HUGE_INPUT_BYTES` has been read, in percent. */
export const HUGE_HEAP_GROWING_PERCENT = 25

/**
 * Inputs of at least this much in all (a regeneration of a hundred tutorials) bound the heap's
 * growth more loosely: on the bench's 4.6 MB corpus (6.7 MB with its registry) V8's own policy
 * peaked at 306–326 MB, 150 % at 250–256 MB, for no CPU time we could tell from the noise.
 */
export const MID_RUN_BYTES = 4 * 1024 * 1024

/** The growth allowed once a run has read `MID_RUN_BYTES`, in percent. */
export const MID_HEAP_GROWING_PERCENT = 150

let bound = Infinity

/** Bounds the heap's growth to `percent` (the setting is read at every collection); never loosens. */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  if (percent >= bound) return
  bound = percent
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`)
}

let readSoFar = 0

/** Counts a file just read: a big file, or a run's inputs reaching `BIG_RUN_BYTES`, bound the heap. */
export function noteRead(bytes: number): void {
  readSoFar += bytes
  if (bytes >= HUGE_INPUT_BYTES) boundHeapGrowth(HUGE_HEAP_GROWING_PERCENT)
  else if (bytes >= BIG_INPUT_BYTES || readSoFar >= BIG_RUN_BYTES) boundHeapGrowth()
  else if (readSoFar >= MID_RUN_BYTES) boundHeapGrowth(MID_HEAP_GROWING_PERCENT)
}
