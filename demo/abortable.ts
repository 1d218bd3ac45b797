// The worker's transport calls the mock in-process, so nothing aborts that call the way a socket would be: the
// cloud client's timeout (AbortSignal.timeout, src/server/cloud-client.ts) must end the wait itself, or a latency
// fault longer than CEN_CONNECT_TIMEOUT_MS would hold the request instead of ending in RequestTimeout and a retry.

/** `answer`, or the signal's reason (the client's TimeoutError) once the signal aborts first. */
export function abortable<T>(answer: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return answer;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: Error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
