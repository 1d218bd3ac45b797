import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditFile } from './audit-file';
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
    const log = createAuditLog({ capacity: 2, file: auditFile(file) });
    for (const name of ['one', 'two', 'three']) log.record({ ...entry, params: { Name: name } });
    await log.flush();
    expect(log.list().map((e) => e.params.Name)).toEqual(['two', 'three']);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!)).toMatchObject({ action: 'Cbn.CreateCen', params: { Name: 'three' } });
  });

  it('writes every line, in recording order, also when calls arrive while an append is under way', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.jsonl');
    const log = createAuditLog({ capacity: 10, file: auditFile(file) });
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

  it('holds at most 16 MiB of entries whatever their size: 2,500 calls with 20 KB IDs keep only the newest', () => {
    const log = createAuditLog();
    const id = (i: number) => `cen-${String(i).padStart(6, '0')}${'x'.repeat(20_000)}`;
    for (let i = 0; i < 2500; i++) log.record({ ...entry, params: { CenId: id(i) } });
    const kept = log.list();
    const held = kept.reduce((sum, e) => sum + JSON.stringify(e).length + 1, 0);
    expect(held).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(log.bytes()).toBe(held);
    // The newest, contiguous: the oldest went first.
    expect(kept.at(-1)!.params.CenId).toBe(id(2499));
    expect(kept[0]!.params.CenId).toBe(id(2500 - kept.length));
  });

  it("bounds a training sandbox's bytes, so one trainee's huge calls leave the others' entries alone", () => {
    const log = createAuditLog({ sandboxMaxBytes: 64 * 1024, maxBytes: 1024 * 1024 });
    log.record({ ...entry, sandbox: 'quiet', params: { Name: 'q' } });
    for (let i = 0; i < 200; i++)
      log.record({ ...entry, sandbox: 'huge', params: { Name: 'x'.repeat(10_000) } });
    expect(log.list({ sandbox: 'quiet' })).toHaveLength(1);
    const huge = log.list({ sandbox: 'huge' });
    expect(huge.length).toBeGreaterThan(0);
    expect(huge.length).toBeLessThanOrEqual(7);
    // Beyond the total, the sandbox written least recently gives way first.
    for (let s = 0; s < 30; s++)
      for (let i = 0; i < 6; i++)
        log.record({ ...entry, sandbox: `s${s}`, params: { Name: 'y'.repeat(10_000) } });
    expect(log.bytes()).toBeLessThanOrEqual(1024 * 1024);
    expect(log.list({ sandbox: 'quiet' })).toHaveLength(0);
    expect(log.list({ sandbox: 's29' })).toHaveLength(6);
  });

  it("resolves a record once its line is in the file (a write's answer waits for it)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.jsonl');
    const log = createAuditLog({ file: auditFile(file) });
    const first = log.record({ ...entry, params: { Name: 'first' } }).written;
    const second = log.record({ ...entry, params: { Name: 'second' } }).written;
    await first;
    expect(readFileSync(file, 'utf8')).toContain('"first"');
    await second;
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
    await expect(createAuditLog().record({ ...entry, params: {} }).written).resolves.toBeUndefined();
  });
});
