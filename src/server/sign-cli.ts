// `npm run --silent sign`: one JSON object on stdin → one JSON object on stdout, the signed request.
// For checking a signature by hand or against another implementation, with a fixed clock and nonce.
// Bad input → one line per problem on stderr, naming the field, exit code 2, nothing on stdout.
// The secret is an input only: it never appears in the output or in an error message.
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { signRequest, type SignInput } from '../domain/openapi/signing';
import { nodeCrypto } from './node-crypto';

const nested = z.record(z.string(), z.unknown());

/** A required, non-empty string: missing, not a string and "" all get the same message. */
const filled = (error: string) => z.string({ error }).min(1, { error });
/** A required string of a given form, with one message for missing, not a string and ill-formed. */
const shaped = (pattern: RegExp, error: string) => z.string({ error }).regex(pattern, { error });

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** A real UTC instant written the SDK way (openapi-util getTimestamp), e.g. 2026-11-25T10:00:00Z. */
function isSdkTimestamp(text: string): boolean {
  if (!TIMESTAMP.test(text)) return false;
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().replace('.000Z', 'Z') === text;
}

export const signCliInputSchema = z
  .strictObject({
    style: z.enum(['v3', 'v1'], { error: 'expected "v3" (ACS3-HMAC-SHA256) or "v1" (HMAC-SHA1)' }),
    method: z.enum(['POST', 'GET'], { error: 'expected "POST" or "GET"' }),
    host: z
      .string({ error: 'expected a host name like cbn.aliyuncs.com' })
      .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, {
        error: 'expected a host name like cbn.aliyuncs.com (no scheme, no path)',
      }),
    action: shaped(/^[A-Za-z][A-Za-z0-9]*$/, 'expected an action name like CreateCen'),
    version: shaped(/^\d{4}-\d{2}-\d{2}$/, 'expected an API version like 2017-09-12'),
    params: nested.optional(),
    body: nested.optional(),
    headers: z
      .record(z.string(), z.string(), { error: 'expected an object of header names to strings' })
      .optional(),
    format: z.string().min(1, { error: 'expected a response format like JSON' }).optional(),
    accessKeyId: filled('expected the AccessKey ID'),
    accessKeySecret: filled('expected the AccessKey secret'),
    securityToken: z.string().min(1, { error: 'expected a non-empty STS token, or leave it out' }).optional(),
    nonce: filled('expected a unique nonce string'),
    timestamp: z
      .string({ error: 'expected ISO 8601 UTC like 2026-11-25T10:00:00Z' })
      .refine(isSdkTimestamp, { error: 'expected ISO 8601 UTC like 2026-11-25T10:00:00Z' }),
    protocol: z.enum(['https', 'http'], { error: 'expected "https" or "http"' }).optional(),
  })
  .refine((input) => !(input.method === 'GET' && input.body !== undefined), {
    path: ['body'],
    error: 'a GET request cannot carry a form body; put the parameters in "params" or use POST',
  })
  .refine((input) => input.style === 'v1' || input.format === undefined, {
    path: ['format'],
    error: 'only v1 requests carry Format',
  });

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The whole command as a function of its stdin text. */
export function runSignCli(stdinText: string): CliResult {
  let raw: unknown;
  try {
    raw = JSON.parse(stdinText);
  } catch {
    // JSON.parse's own message quotes the input, which may hold the secret.
    return {
      exitCode: 2,
      stdout: '',
      stderr: 'input: expected one JSON object on stdin, and it is not valid JSON\n',
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { exitCode: 2, stdout: '', stderr: 'input: expected one JSON object on stdin\n' };
  }
  const parsed = signCliInputSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
    return { exitCode: 2, stdout: '', stderr: lines.join('\n') + '\n' };
  }
  const input: SignInput = parsed.data;
  const signed = signRequest(input, nodeCrypto);
  const output = {
    style: input.style,
    method: signed.method,
    url: signed.url,
    headers: signed.headers,
    ...(signed.body !== undefined ? { body: signed.body } : {}),
    ...(signed.canonicalRequest !== undefined ? { canonicalRequest: signed.canonicalRequest } : {}),
    stringToSign: signed.stringToSign,
    signature: signed.signature,
    ...(signed.authorization !== undefined ? { authorization: signed.authorization } : {}),
  };
  return { exitCode: 0, stdout: JSON.stringify(output, null, 2) + '\n', stderr: '' };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const result = runSignCli(await readStdin());
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
