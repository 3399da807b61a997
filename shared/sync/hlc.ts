/**
 * Hybrid logical clock (HLC) stamps for field-level operations.
 *
 * A stamp packs wall time, a counter and the device id into one string whose
 * lexicographic order is the clock order, so stamps sort and compare as plain
 * strings in IndexedDB indexes, file names and JSON alike.
 *   2010-03-01T10:15:00.000Z-0000-dev_ab12cd34
 */

export interface HlcStamp {
  /** Milliseconds since the epoch. */
  wall: number;
  /** Orders events within the same millisecond (0..0xffff). */
  counter: number;
  /** Stable id of the device that made the stamp; breaks ties. */
  device: string;
}

export const MAX_COUNTER = 0xffff;
const DEVICE_PATTERN = /^[A-Za-z0-9_]{1,40}$/;

export function isValidDeviceId(device: string): boolean {
  return DEVICE_PATTERN.test(device);
}

export function packStamp(stamp: HlcStamp): string {
  if (!isValidDeviceId(stamp.device)) throw new Error(`Invalid device id: ${stamp.device}`);
  if (!Number.isInteger(stamp.counter) || stamp.counter < 0 || stamp.counter > MAX_COUNTER) {
    throw new Error(`HLC counter out of range: ${stamp.counter}`);
  }
  const wall = new Date(stamp.wall).toISOString();
  return `${wall}-${stamp.counter.toString(16).padStart(4, '0')}-${stamp.device}`;
}

const PACKED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([A-Za-z0-9_]{1,40})$/;

export function unpackStamp(packed: string): HlcStamp {
  const match = PACKED.exec(packed);
  if (!match) throw new Error(`Not an HLC stamp: ${packed.slice(0, 80)}`);
  const [, iso, counter, device] = match as unknown as [string, string, string, string];
  return { wall: Date.parse(iso), counter: Number.parseInt(counter, 16), device };
}

export function isPackedStamp(value: unknown): value is string {
  return typeof value === 'string' && PACKED.test(value);
}

/**
 * A clock owned by one device. `now` is injectable so tests and the sync
 * engine can correct a laptop whose system clock is wrong (see `offsetMs`).
 */
export class HybridClock {
  private last: HlcStamp;

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
    /** Added to the system time; the sync engine estimates it from the share's file times. */
    public offsetMs = 0,
    lastPacked?: string,
  ) {
    if (!isValidDeviceId(device)) throw new Error(`Invalid device id: ${device}`);
    this.last = lastPacked ? unpackStamp(lastPacked) : { wall: 0, counter: 0, device };
  }

  /** Stamp for a local event. */
  tick(): string {
    const physical = Math.round(this.now() + this.offsetMs);
    if (physical > this.last.wall) {
      this.last = { wall: physical, counter: 0, device: this.device };
    } else {
      this.last = { wall: this.last.wall, counter: this.bump(this.last.counter), device: this.device };
    }
    return packStamp(this.last);
  }

  /** Advance past a stamp received from another device, so later local events sort after it. */
  observe(packed: string): void {
    const remote = unpackStamp(packed);
    const physical = Math.round(this.now() + this.offsetMs);
    const wall = Math.max(physical, this.last.wall, remote.wall);
    let counter = 0;
    if (wall === this.last.wall && wall === remote.wall) counter = Math.max(this.last.counter, remote.counter) + 1;
    else if (wall === this.last.wall) counter = this.last.counter + 1;
    else if (wall === remote.wall) counter = remote.counter + 1;
    this.last = { wall, counter: Math.min(counter, MAX_COUNTER), device: this.device };
  }

  /**
   * Go back to the corrected time after the offset showed this laptop's clock
   * was ahead; the engine re-stamps the operations not yet shipped (`restamp`).
   */
  rewind(): void {
    const physical = Math.round(this.now() + this.offsetMs);
    if (this.last.wall > physical) this.last = { wall: physical, counter: 0, device: this.device };
  }

  /** The last stamp issued or observed; persist it so a restart never goes back in time. */
  lastStamp(): string {
    return packStamp({ ...this.last, device: this.device });
  }

  private bump(counter: number): number {
    if (counter >= MAX_COUNTER) {
      // 65,536 events in one millisecond: move the wall time on rather than overflow.
      this.last = { ...this.last, wall: this.last.wall + 1 };
      return 0;
    }
    return counter + 1;
  }
}
