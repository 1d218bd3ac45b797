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
});
