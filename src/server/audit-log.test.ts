import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditLog, redactParams } from './audit-log';

const entry = {
  time: '2026-11-25T10:00:00.000Z',
  account: 'A',
  action: 'Cbn.CreateCen',
  product: 'Cbn',
  write: true,
  outcome: 'ok' as const,
  httpStatus: 200,
  attempts: 1,
  durationMs: 3,
};

describe('audit log', () => {
  it('redacts secret-looking parameters at any depth but keeps the ClientToken', () => {
    expect(
      redactParams({ ClientToken: 'ct', AccessKeySecret: 's', Nested: [{ SecurityToken: 't', Key: 'k' }] }),
    ).toEqual({
      ClientToken: 'ct',
      AccessKeySecret: '[redacted]',
      Nested: [{ SecurityToken: '[redacted]', Key: 'k' }],
    });
  });

  it('keeps a bounded ring and appends JSON lines to a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.jsonl');
    const log = createAuditLog({ capacity: 2, file });
    for (const name of ['one', 'two', 'three']) log.record({ ...entry, params: { Name: name } });
    await log.flush();
    expect(log.list().map((e) => e.params.Name)).toEqual(['two', 'three']);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!)).toMatchObject({ action: 'Cbn.CreateCen', params: { Name: 'three' } });
  });

  it('writes every line, in recording order, also when calls arrive while an append is under way', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.jsonl');
    const log = createAuditLog({ capacity: 10, file });
    for (let i = 0; i < 300; i++) {
      log.record({ ...entry, params: { Name: `n${i}` } });
      // Some records land while the first append is on its way to the disk.
      if (i === 100) await new Promise((r) => setTimeout(r, 0));
    }
    await log.flush();
    log.record({ ...entry, params: { Name: 'last' } });
    await log.flush();
    const names = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { params: { Name: string } }).params.Name);
    expect(names).toEqual([...Array.from({ length: 300 }, (_, i) => `n${i}`), 'last']);
  });

  it('keeps one ring per sandbox, so a busy sandbox cannot push out a quiet one', () => {
    const log = createAuditLog({ capacity: 3, sandboxCapacity: 2, maxSandboxes: 10 });
    log.record({ ...entry, sandbox: 'quiet', params: { Name: 'q' } });
    for (let i = 0; i < 5; i++) log.record({ ...entry, sandbox: 'busy', params: { Name: `b${i}` } });
    for (let i = 0; i < 5; i++) log.record({ ...entry, params: { Name: `d${i}` } });
    expect(log.list({ sandbox: 'quiet' }).map((e) => e.params.Name)).toEqual(['q']);
    expect(log.list({ sandbox: 'busy' }).map((e) => e.params.Name)).toEqual(['b3', 'b4']);
    // No sandbox given when recorded: "default", with the larger capacity.
    expect(log.list({ sandbox: 'default' }).map((e) => e.params.Name)).toEqual(['d2', 'd3', 'd4']);
    expect(log.list().map((e) => e.params.Name)).toEqual(['q', 'b3', 'b4', 'd2', 'd3', 'd4']);
    expect(log.stats()).toEqual({ sandboxes: 3, entries: 6 });
  });

  it('drops the sandbox written least recently beyond maxSandboxes, and forgets on request', () => {
    const log = createAuditLog({ maxSandboxes: 2 });
    log.record({ ...entry, sandbox: 's1', params: {} });
    log.record({ ...entry, sandbox: 's2', params: {} });
    log.record({ ...entry, sandbox: 's1', params: {} });
    log.record({ ...entry, sandbox: 's3', params: {} });
    expect(log.list({ sandbox: 's2' })).toEqual([]);
    expect(log.list({ sandbox: 's1' })).toHaveLength(2);
    log.forget('s1');
    expect(log.stats()).toEqual({ sandboxes: 1, entries: 1 });
  });

  it('filters by account and outcome', () => {
    const log = createAuditLog();
    log.record({ ...entry, params: {} });
    log.record({ ...entry, account: 'B', params: {} });
    log.record({ ...entry, account: 'B', outcome: 'error', code: 'X', params: {} });
    expect(log.list({ account: 'B' })).toHaveLength(2);
    expect(log.list({ account: 'B', outcome: 'error' })).toMatchObject([{ code: 'X', sandbox: 'default' }]);
    expect(log.list({ outcome: 'ok', account: 'A' })).toHaveLength(1);
  });
});
