// The /api body-size limit, checked without reading the body twice. A declared Content-Length is checked as a number
// (node's HTTP parser never lets a body run past it, RFC 9112 §6.3), and the route then reads the body once, itself; hono's
// bodyLimit touched `c.req.raw.body` even then, which makes @hono/node-server build a full Request with a web stream
// over the socket for every request. Only a body of unknown length (chunked, or built in-process) is read here, up
// to the limit and no further, and what was read is left in hono's body cache, where c.req.text()/json() find it.
import type { Context, MiddlewareHandler } from 'hono';

export function bodySizeLimit(maxBytes: number, tooLarge: (c: Context) => Response): MiddlewareHandler {
  const decoder = new TextDecoder();
  return async (c, next) => {
    const method = c.req.method;
    // As the fetch standard: a GET or HEAD has no body (new Request refuses one), so there is nothing to limit.
    if (method === 'GET' || method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && /^\d+$/.test(declared) && c.req.header('transfer-encoding') === undefined)
      return Number(declared) <= maxBytes ? next() : tooLarge(c);
    const stream = c.req.raw.body;
    if (!stream) return next();
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        // Stop reading: the rest of an oversized body is never buffered.
        void reader.cancel().catch(() => undefined);
        return tooLarge(c);
      }
      chunks.push(value);
    }
    // Without Buffer: a service worker runs this too (docs/decisions/0007-demo-in-a-service-worker.md).
    const bytes = chunks.length === 1 ? chunks[0]! : concat(chunks, size);
    // hono keeps each body read as its promise (HonoRequest's bodyCache; typed as the values it resolves to).
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(decoder.decode(bytes));
    return next();
  };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
