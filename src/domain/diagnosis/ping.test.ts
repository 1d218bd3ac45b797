import { findAction } from '../openapi/actions';
import { validateApiCall } from './api-call';
import { formatMessage } from './messages';
import {
  decodeCommandOutput,
  parsePingOutput,
  pingCommand,
  pingOutcome,
  pingResultsCall,
  pingRunCommandCall,
} from './ping';

// Linux iputils output, as `ping -c 4` prints it (and as the mock's routing.ts pingOutput reproduces it).
const REPLIED = `PING 192.168.1.20 (192.168.1.20) 56(84) bytes of data.
64 bytes from 192.168.1.20: icmp_seq=1 ttl=64 time=12.0 ms
64 bytes from 192.168.1.20: icmp_seq=2 ttl=64 time=12.3 ms
64 bytes from 192.168.1.20: icmp_seq=3 ttl=64 time=11.8 ms
64 bytes from 192.168.1.20: icmp_seq=4 ttl=64 time=12.1 ms

--- 192.168.1.20 ping statistics ---
4 packets transmitted, 4 received, 0% packet loss, time 3004ms
rtt min/avg/max/mdev = 11.800/12.050/12.300/0.180 ms
`;
const LOST = `PING 192.168.1.20 (192.168.1.20) 56(84) bytes of data.

--- 192.168.1.20 ping statistics ---
4 packets transmitted, 0 received, 100% packet loss, time 3062ms
`;
const UNREACHABLE = `PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
From 172.16.1.1 icmp_seq=1 Destination Host Unreachable

--- 10.9.9.9 ping statistics ---
4 packets transmitted, 0 received, +4 errors, 100% packet loss, time 3050ms
`;
const PARTIAL = `--- 172.16.1.10 ping statistics ---
4 packets transmitted, 3 received, 25% packet loss, time 3005ms
rtt min/avg/max/mdev = 11.701/11.900/12.100/0.163 ms
`;

describe('pingCommand', () => {
  it('is the exact command of the issue', () => {
    expect(pingCommand('192.168.1.20')).toBe('ping -c 4 192.168.1.20');
  });

  it('refuses anything but an IPv4 address, since it goes into a shell', () => {
    for (const bad of ['192.168.1.20; reboot', '256.1.1.1', '', 'localhost', '1.2.3', '$(id)', '1.2.3.4 ']) {
      expect(() => pingCommand(bad)).toThrow();
    }
    expect(() => pingCommand('10.0.0.1', 0)).toThrow();
  });
});

describe('Cloud Assistant calls', () => {
  const source = { account: 'A' as const, regionId: 'cn-qingdao', instanceId: 'i-m5ea0000000000000a01' };

  it('RunCommand carries the ping and passes the catalogue schema', () => {
    const call = pingRunCommandCall(source, '192.168.1.20', 'cc-ping-1');
    expect(call.params).toMatchObject({
      RegionId: 'cn-qingdao',
      Type: 'RunShellScript',
      CommandContent: 'ping -c 4 192.168.1.20',
      InstanceId: ['i-m5ea0000000000000a01'],
      ClientToken: 'cc-ping-1',
    });
    expect(findAction('Ecs', 'RunCommand')!.params.safeParse(call.params).success).toBe(true);
    expect(validateApiCall(call)).toEqual({ ok: true });
  });

  it('DescribeInvocationResults passes the catalogue schema', () => {
    expect(validateApiCall(pingResultsCall(source, 't-abc'))).toEqual({ ok: true });
  });

  it('validateApiCall reports what the catalogue refuses', () => {
    const bad = validateApiCall({ key: 'Ecs.RunCommand', account: 'A', params: { RegionId: 'cn-qingdao' } });
    expect(bad.ok).toBe(false);
    expect(validateApiCall({ key: 'Ecs.RebootInstance', account: 'A', params: {} })).toEqual({
      ok: false,
      issues: ['Ecs.RebootInstance is not in the action catalogue.'],
    });
  });
});

describe('decodeCommandOutput', () => {
  it('decodes Base64 as UTF-8 (the default Output encoding)', () => {
    const text = 'PING ok — 中文\n';
    expect(decodeCommandOutput(Buffer.from(text, 'utf8').toString('base64'))).toBe(text);
    expect(decodeCommandOutput(text, 'PlainText')).toBe(text);
  });
});

describe('parsePingOutput', () => {
  it('reads counts, loss and rtt of a successful ping', () => {
    expect(parsePingOutput(REPLIED)).toEqual({
      target: '192.168.1.20',
      transmitted: 4,
      received: 4,
      lossPercent: 0,
      minMs: 11.8,
      avgMs: 12.05,
      maxMs: 12.3,
      mdevMs: 0.18,
    });
  });

  it('reads a total loss without an rtt line', () => {
    expect(parsePingOutput(LOST)).toEqual({
      target: '192.168.1.20',
      transmitted: 4,
      received: 0,
      lossPercent: 100,
    });
  });

  it('reads "+N errors"', () => {
    expect(parsePingOutput(UNREACHABLE)).toMatchObject({
      transmitted: 4,
      received: 0,
      errors: 4,
      lossPercent: 100,
    });
  });

  it('returns null when there is no statistics line', () => {
    expect(parsePingOutput('ping: 10.0.0.1: Name or service not known\n')).toBeNull();
  });

  it('says what happened, in both languages', () => {
    const ok = pingOutcome(parsePingOutput(REPLIED), '192.168.1.20');
    expect(ok.outcome).toBe('replied');
    expect(formatMessage(ok.message, 'en')).toBe('192.168.1.20: 4 of 4 replies, 0% loss, average 12.05 ms.');
    expect(formatMessage(ok.message, 'zh')).toBe('192.168.1.20：收到 4/4 个回复，丢包率 0%，平均 12.05 ms。');
    expect(pingOutcome(parsePingOutput(PARTIAL), '172.16.1.10').outcome).toBe('partial');
    expect(pingOutcome(parsePingOutput(LOST), '192.168.1.20').outcome).toBe('lost');
    expect(pingOutcome(null, '10.0.0.1').outcome).toBe('unreadable');
  });
});
