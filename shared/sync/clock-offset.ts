/**
 * A laptop's clock error, estimated from the modification times the file
 * server gives the files this laptop writes. A wrong clock never blocks
 * sync: the engine stamps with the corrected time and warns the user.
 */

/** Beyond this the user is told their clock is wrong. */
export const CLOCK_WARNING_MS = 3 * 60_000;
/** Below this the estimate is noise (file systems round times, writes take a while): no correction. */
export const CLOCK_CORRECTION_MIN_MS = 30_000;
const SAMPLES_KEPT = 7;

/**
 * One sample: the server's time for a file written between `before` and
 * `after` (laptop time) minus the middle of that interval.
 */
export function offsetSample(serverTimeMs: number, before: number, after: number): number {
  return Math.round(serverTimeMs - (before + after) / 2);
}

export function addSample(samples: readonly number[], sample: number): number[] {
  return [...samples, sample].slice(-SAMPLES_KEPT);
}

/** The median of recent samples; robust to one slow write or one odd server. */
export function estimateOffset(samples: readonly number[]): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.abs(median) < CLOCK_CORRECTION_MIN_MS ? 0 : Math.round(median);
}

/** Stamps far ahead of the corrected time are not adopted by the local clock, so one wrong laptop cannot drag every clock into the future. */
export const MAX_OBSERVED_AHEAD_MS = 60 * 60_000;
