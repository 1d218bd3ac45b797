// What the static demo answers for the routes only a server has (the worker, service-worker.ts, asks first).
/**
 * The trainer view and the training debrief need a server holding a class of sandboxes (README "Training a class");
 * this browser is one sandbox of its own, so they are absent here, and the page says so instead of "No API route".
 */
export function needsServerAnswer(pathname: string): Response | undefined {
  if (!/^\/api\/training(\/|$)/.test(pathname)) return undefined;
  return Response.json(
    {
      error: {
        code: 'NeedsServer',
        message:
          'The trainer view and the training debrief need the server (npm start with CEN_CONNECT_TRAINING=1): this ' +
          'static demo runs in your browser alone, with no class to read.',
        httpStatus: 501,
        source: 'bff',
      },
    },
    { status: 501, headers: { 'Cache-Control': 'no-store' } },
  );
}
