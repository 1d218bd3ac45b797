// The request-head limit of a Node HTTP server, for the in-process mock. The standalone mock (mocks/standalone.ts)
// is a Node server: a request whose line and headers exceed http.maxHeaderSize (16 KiB by default,
// https://nodejs.org/api/cli.html#--max-http-header-sizesize) is refused by Node's parser with 431 and no body,
// at once. msw/node parses the BFF's outgoing request with the same parser and the same limit, but ignores the
// parser's error, so such a request was never answered: the BFF waited for its timeout, retried, and a 20 KB ID
// held a request for 41 s (the same msw behaviour: https://github.com/nock/nock/pull/3005). Here the interceptor's
// parser gets room for any head, and the handlers (handlers.ts) answer an oversized head with the standalone's 431.
// mocks/FIDELITY.md §1 lists the behaviour.
import http from 'node:http';
import type { Socket } from 'node:net';

/** Node's own limit (the standalone server's), read once: the flag --max-http-header-size changes it. */
export const MAX_HEAD_BYTES = http.maxHeaderSize;

/**
 * The bytes of the request line and headers as the client sent them: "METHOD /path?query HTTP/1.1\r\n", then
 * "name: value\r\n" per header, then "\r\n". What Node's parser counts against maxHeaderSize (within a few bytes).
 */
export function headBytes(request: Request): number {
  const url = new URL(request.url);
  let size = Buffer.byteLength(`${request.method} ${url.pathname}${url.search} HTTP/1.1\r\n`);
  request.headers.forEach((value, name) => {
    size += Buffer.byteLength(`${name}: ${value}\r\n`);
  });
  // The Host header the client sent, which a fetch Request does not list.
  if (!request.headers.has('host')) size += Buffer.byteLength(`host: ${url.host}\r\n`);
  return size + 2;
}

/** The standalone's answer to an oversized head (Node's http server): 431, no body, connection closed. */
export function oversizedHead(request: Request): Response | undefined {
  if (headBytes(request) <= MAX_HEAD_BYTES) return undefined;
  return new Response(null, {
    status: 431,
    statusText: 'Request Header Fields Too Large',
    headers: { connection: 'close' },
  });
}

/** The part of msw's socket (MockHttpSocket, @mswjs/interceptors 0.41) this relies on. */
interface InterceptedSocket {
  requestParser?: { initialize?: (type: number, resource: object, maxHeaderSize: number) => void };
  respondWith?: unknown;
}

// Room for any head a test or a hostile caller sends; the handlers then refuse what is over MAX_HEAD_BYTES.
const PARSER_ROOM = 2 ** 30;
/** HTTPParser.REQUEST in Node's _http_common. */
const REQUEST = 1;

let installed = 0;
let originalOnSocket: ((socket: Socket) => void) | undefined;

function widen(socket: Socket): void {
  const s = socket as unknown as InterceptedSocket;
  // Only msw's socket: a real one (a passthrough to 127.0.0.1 is also one of msw's) has no requestParser.
  if (typeof s.respondWith !== 'function' || typeof s.requestParser?.initialize !== 'function') return;
  s.requestParser.initialize(REQUEST, {}, PARSER_ROOM);
}

/**
 * Gives msw's request parser room for any head while the in-process mock listens (startMockCloud). Idempotent per
 * caller; the last undo puts ClientRequest back as it was.
 */
export function widenInterceptedHeads(): () => void {
  const proto = http.ClientRequest.prototype as unknown as {
    onSocket: (socket: Socket, ...rest: unknown[]) => void;
  };
  if (installed++ === 0) {
    const original = proto.onSocket;
    originalOnSocket = original;
    proto.onSocket = function onSocket(this: http.ClientRequest, socket: Socket, ...rest: unknown[]) {
      widen(socket);
      return original.call(this, socket, ...rest);
    };
  }
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    if (--installed === 0 && originalOnSocket) {
      proto.onSocket = originalOnSocket;
      originalOnSocket = undefined;
    }
  };
}
