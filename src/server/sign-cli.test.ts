// The sign command, run as a user runs it (spawned), plus its validation messages in-process.
import { spawn } from 'node:child_process';
import { signRequest, type SignInput } from '../domain/openapi/signing';
import { nodeCrypto } from './node-crypto';
import { runSignCli } from './sign-cli';

const SECRET = 'demoSecretA-7f3c9e2b5d1a4c8e9f0b';

function run(
  command: string,
  args: string[],
  stdin: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const npmSign = (stdin: string) => run('npm', ['run', '--silent', 'sign'], stdin);
const tsxSign = (stdin: string) => run('node_modules/.bin/tsx', ['src/server/sign-cli.ts'], stdin);

const v3Input = {
  style: 'v3',
  method: 'POST',
  host: 'cbn.aliyuncs.com',
  action: 'CreateCen',
  version: '2017-09-12',
  params: { Name: '跨账号 cen*', Tag: [{ Key: 'env', Value: 'demo' }] },
  accessKeyId: 'LTAI5tDemoAccountA00000001',
  accessKeySecret: SECRET,
  nonce: 'n-cli-1',
  timestamp: '2026-11-25T10:00:00Z',
} satisfies SignInput;

describe('npm run --silent sign (spawned)', () => {
  it('prints one JSON object with the v3 signed request, equal to signRequest, without the secret', async () => {
    const { code, stdout, stderr } = await npmSign(JSON.stringify(v3Input));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toContain(SECRET);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    const expected = signRequest(v3Input, nodeCrypto);
    expect(out).toEqual({
      style: 'v3',
      method: 'POST',
      url: expected.url,
      headers: expected.headers,
      canonicalRequest: expected.canonicalRequest,
      stringToSign: expected.stringToSign,
      signature: expected.signature,
      authorization: expected.authorization,
    });
    expect(out.signature).toMatch(/^[0-9a-f]{64}$/);
  }, 30_000);

  it('signs v1 with a form body and an STS token (base64 signature)', async () => {
    const input = {
      ...v3Input,
      style: 'v1',
      body: { Description: 'a b' },
      securityToken: 'CAIS-token',
      format: 'JSON',
    } satisfies SignInput;
    const { code, stdout } = await tsxSign(JSON.stringify(input));
    expect(code).toBe(0);
    expect(stdout).not.toContain(SECRET);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    const expected = signRequest(input, nodeCrypto);
    expect(out).toMatchObject({
      url: expected.url,
      body: 'Description=a%20b',
      stringToSign: expected.stringToSign,
    });
    expect(out.signature).toBe(expected.signature);
    expect(out.signature).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    expect(out).not.toHaveProperty('authorization');
  }, 30_000);

  it('exits 2 with the field named on stderr and nothing on stdout for a bad timestamp', async () => {
    const { code, stdout, stderr } = await tsxSign(
      JSON.stringify({ ...v3Input, timestamp: '2026-11-25 10:00' }),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('timestamp: expected ISO 8601 UTC like 2026-11-25T10:00:00Z\n');
  }, 30_000);

  it('exits 2 for input that is not JSON, without echoing it', async () => {
    const { code, stdout, stderr } = await tsxSign(`{"accessKeySecret":"${SECRET}",`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('not valid JSON');
    expect(stderr).not.toContain(SECRET);
  }, 30_000);
});

describe('runSignCli validation', () => {
  const errorsFor = (input: unknown) => {
    const result = runSignCli(JSON.stringify(input));
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain(SECRET);
    return result.stderr;
  };

  it.each([
    [{ timestamp: '2026-11-25T10:00:00.000Z' }, 'timestamp: expected ISO 8601 UTC like 2026-11-25T10:00:00Z'],
    [{ timestamp: '2026-02-30T10:00:00Z' }, 'timestamp: expected ISO 8601 UTC like 2026-11-25T10:00:00Z'],
    [{ style: 'v2' }, 'style: expected "v3" (ACS3-HMAC-SHA256) or "v1" (HMAC-SHA1)'],
    [{ method: 'PUT' }, 'method: expected "POST" or "GET"'],
    [
      { host: 'https://cbn.aliyuncs.com/' },
      'host: expected a host name like cbn.aliyuncs.com (no scheme, no path)',
    ],
    [{ version: '20170912' }, 'version: expected an API version like 2017-09-12'],
    [{ nonce: '' }, 'nonce: expected a unique nonce string'],
    [{ accessKeySecret: '' }, 'accessKeySecret: expected the AccessKey secret'],
    [{ params: [1] }, 'params: '],
    [{ headers: { 'x-acs-a': 1 } }, 'headers.x-acs-a: '],
    [{ method: 'GET', body: { A: '1' } }, 'body: a GET request cannot carry a form body'],
    [{ format: 'XML' }, 'format: only v1 requests carry Format'],
    [{ timeStamp: 'x' }, 'input: Unrecognized key: "timeStamp"'],
  ])('%j → %s', (patch, message) => {
    expect(errorsFor({ ...v3Input, ...patch })).toContain(message);
  });

  it('names every missing field', () => {
    const { accessKeyId: _a, nonce: _n, ...rest } = v3Input;
    const stderr = errorsFor(rest);
    expect(stderr).toContain('accessKeyId: expected the AccessKey ID');
    expect(stderr).toContain('nonce: expected a unique nonce string');
  });

  it('wants exactly one object', () => {
    expect(errorsFor([v3Input])).toBe('input: expected one JSON object on stdin\n');
  });
});
