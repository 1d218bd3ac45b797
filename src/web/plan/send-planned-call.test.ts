// @vitest-environment jsdom
// The steps' one way to write: the plan's call, its ClientToken made once and saved before the first attempt, and a
// call the plan blocked never sent.
import { http, HttpResponse } from 'msw';
import { TOKEN_PURPOSE } from '../../domain/plan/client-token-purposes';
import { createCenCall, limitCall } from '../../domain/plan/setup-calls';
import { progressStore } from '../state/progress-store';
import { mockBff, type BffBody } from '../test-support/mock-bff';
import { resetBrowserState } from '../test-support/render';
import { callWithClientToken, sendPlannedCall, sendProducingCall } from './send-planned-call';

const sent: { action: string; body: BffBody }[] = [];
let answer: Record<string, unknown> = { RequestId: 'r', CenId: 'cen-7qthudw0ll6jmc1234' };
mockBff(
  http.post('/api/openapi/:action', async ({ params, request }) => {
    sent.push({ action: String(params.action), body: (await request.json()) as BffBody });
    return HttpResponse.json(answer);
  }),
);

beforeEach(() => {
  resetBrowserState();
  sent.length = 0;
  answer = { RequestId: 'r', CenId: 'cen-7qthudw0ll6jmc1234' };
});

describe('callWithClientToken', () => {
  it('gives a write its token once, saved before it is sent, and the same token on a retry', () => {
    const build = (tokens: Readonly<Record<string, string>>) => createCenCall({ name: 'Tutorial' }, tokens);
    const first = callWithClientToken(build);
    const token = progressStore.get().clientTokens[TOKEN_PURPOSE.createCen];
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.params.ClientToken).toBe(token);
    expect(callWithClientToken(build).params.ClientToken).toBe(token);
  });

  it('makes no token for a write that takes none', () => {
    const call = callWithClientToken(() =>
      limitCall('cen-7qthudw0ll6jmc1234', {
        localRegionId: 'cn-qingdao',
        oppositeRegionId: 'cn-beijing',
        bandwidthLimit: 5,
      }),
    );
    expect(call.params.ClientToken).toBeUndefined();
    expect(progressStore.get().clientTokens).toEqual({});
  });
});

describe('sendPlannedCall', () => {
  it('POSTs the call under its catalogue key with exactly its account and params', async () => {
    const call = createCenCall({ name: 'Tutorial' }, { [TOKEN_PURPOSE.createCen]: 'token-1' });
    expect(await sendProducingCall(call)).toBe('cen-7qthudw0ll6jmc1234');
    expect(sent).toEqual([
      {
        action: 'Cbn.CreateCen',
        body: { account: 'A', params: { Name: 'Tutorial', ClientToken: 'token-1' } },
      },
    ]);
  });

  it('refuses a blocked call, with its reason, before any request', async () => {
    const call = createCenCall({ name: '1bad' }, { [TOKEN_PURPOSE.createCen]: 'token-1' });
    expect(call.status).toBe('blocked');
    await expect(sendPlannedCall(call)).rejects.toThrow(/Cbn\.CreateCen is blocked: Name: /);
    expect(sent).toEqual([]);
  });

  it('says so when the answer names no output (an empty CenId)', async () => {
    answer = { RequestId: 'r', CenId: '' };
    const call = createCenCall({ name: 'Tutorial' }, { [TOKEN_PURPOSE.createCen]: 'token-1' });
    await expect(sendProducingCall(call)).rejects.toThrow(/Cbn\.CreateCen answered without CenId/);
  });
});
