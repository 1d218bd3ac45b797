// The mock cloud's sense of time. Statuses (Creating→Active, Attaching→Attached…) are derived from timestamps and
// this clock, never from timers, so a test or a trainer can jump ahead with advance() and every status follows.

export interface MockClock {
  /** Simulated time in ms since the epoch: drives every status and every CreationTime. */
  now(): number;
  /**
   * The gateway's wall time, for the ±15 min Timestamp window (docs/reference/cen-api.md §4
   * InvalidTimeStamp.Expired). In system mode it ignores advance(), so a demo can skip ahead an hour without
   * real clients' timestamps "expiring".
   */
  wallNow(): number;
  advance(ms: number): void;
}

/** Real time plus whatever was advanced: demos and the standalone server. */
export function systemClock(): MockClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    wallNow: () => Date.now(),
    advance: (ms) => {
      offset += ms;
    },
  };
}

/** Frozen time that moves only when told: unit tests. */
export function manualClock(start = Date.parse('2026-11-25T10:00:00Z')): MockClock {
  let t = start;
  return {
    now: () => t,
    wallNow: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}
