// What e2e/full-walk.spec.ts and the bench's UI walk (bench/ui-walk-bench.ts) agree on by name: the test.step the
// walk runs in, whose browser actions the bench counts to build the walk's floor (bench/walk-floor/), and the
// annotation carrying the walk's own duration, which the floor's spec writes too.
export const WALK_STEP = 'the six steps and the ping';
export const WALK_MS_ANNOTATION = 'walk-ms';
