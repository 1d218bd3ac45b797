// Bytes a piece of code allocates on the JS heap, measured without stopping the collector: v8's GCProfiler reports
// the used heap before and after every collection it runs, so what was allocated between two readings is the growth
// of the used heap plus everything the collections freed in between (https://nodejs.org/api/v8.html#class-v8gcprofiler).
// Only the JS heap: the backing stores of ArrayBuffers (v8's external memory) are not in it.
import { GCProfiler, getHeapStatistics } from 'node:v8';

export interface Allocation {
  bytes: number;
  /** Collections that ran meanwhile, and the longest of their pauses. */
  collections: number;
  longestPauseMs: number;
}

export async function heapAllocated(run: () => Promise<void>): Promise<Allocation> {
  const profiler = new GCProfiler();
  const before = getHeapStatistics().used_heap_size;
  profiler.start();
  await run();
  const after = getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let freed = 0;
  let longest = 0;
  for (const gc of statistics) {
    freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    // `cost` is in microseconds.
    longest = Math.max(longest, gc.cost / 1000);
  }
  return { bytes: after - before + freed, collections: statistics.length, longestPauseMs: longest };
}
