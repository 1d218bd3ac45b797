import { clientTokenSchema } from '../openapi/wire-values';
import { deterministicClientToken } from './api-call';

describe('deterministicClientToken', () => {
  it('is stable for the same fix and valid as a ClientToken', () => {
    const id = 'icmp-sg-2zeb00000000000000b1-172.16.0.0_16';
    expect(deterministicClientToken(id)).toBe(deterministicClientToken(id));
    expect(clientTokenSchema.safeParse(deterministicClientToken(id)).success).toBe(true);
  });

  it('stays within 64 characters and distinct for long ids that share a prefix', () => {
    const long = 'grant-'.padEnd(90, 'x');
    const a = deterministicClientToken(`${long}-a`);
    const b = deterministicClientToken(`${long}-b`);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).not.toBe(b);
    expect(clientTokenSchema.safeParse(a).success).toBe(true);
  });

  it('replaces characters a ClientToken may not hold', () => {
    expect(clientTokenSchema.safeParse(deterministicClientToken('icmp sg 中')).success).toBe(true);
  });
});
