// Work that can wait for the first screen (bench row (e), page load): the shell's preload of the other steps
// (app/app.tsx) and the parts of a step that are not needed to show it (steps/1-create-cen/create-cen-step.tsx).
/**
 * Runs `task` once the browser is idle after the next paint (a timeout bounds the wait on a page that is never idle);
 * where requestIdleCallback is missing (Safari), a short timer instead. Returns the cancel.
 */
export function whenIdleAfterPaint(task: () => void): () => void {
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(task, { timeout: 2000 });
      cancel = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(task, 200);
      cancel = () => clearTimeout(timer);
    }
  });
  let cancel = () => cancelAnimationFrame(frame);
  return () => cancel();
}
