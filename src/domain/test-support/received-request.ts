// A signed request as the mock's gateway receives it (what checkSignature reads, signature-check.ts): decoded query
// pairs, lower-case header names, the raw body. The signer's round-trip tests, with fake and with real hashes, hand
// their requests over through it.
import type { ReceivedRequest } from '../openapi/signature-check';
import type { SignedRequest } from '../openapi/signing';

export function receive(signed: SignedRequest): ReceivedRequest {
  const url = new URL(signed.url);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return {
    method: signed.method,
    host: url.host,
    pathname: url.pathname,
    query: [...url.searchParams],
    headers,
    body: signed.body ?? '',
  };
}
