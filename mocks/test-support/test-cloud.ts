// Shared set-up for the simulator's unit tests: a demo world on a frozen clock, and a terse way to call it as a
// demo account. Not a test file itself.
import { manualClock } from '../cloud/clock';
import { MockCloud, type CloudResult } from '../cloud/mock-cloud';
import type { Product } from '../../src/domain/openapi/products';
import {
  buildDemo,
  runTutorial,
  type DemoOptions,
  type DemoWorld,
  type TutorialState,
} from '../scenarios/demo';
import type { AccountName } from '../../src/domain/accounts';

export interface TestCloud {
  cloud: MockCloud;
  world: DemoWorld;
  state: TutorialState;
  call(
    account: AccountName | 'C',
    product: Product,
    action: string,
    params?: Record<string, unknown>,
  ): CloudResult;
  ok(
    account: AccountName | 'C',
    product: Product,
    action: string,
    params?: Record<string, unknown>,
  ): Record<string, unknown>;
}

export function testCloud(
  options: { delayMs?: number; afterStep?: number; seed?: number; demo?: DemoOptions } = {},
): TestCloud {
  const cloud = new MockCloud({
    clock: manualClock(),
    delayMs: options.delayMs ?? 0,
    seed: options.seed ?? 1,
  });
  const world = buildDemo(cloud, options.demo);
  const state = runTutorial(cloud, world, options.afterStep ?? 0);
  const call: TestCloud['call'] = (account, product, action, params = {}) => {
    const uid = cloud.account(account)?.uid;
    if (!uid) throw new Error(`no account ${account}`);
    return cloud.call({ product, action, callerUid: uid, params });
  };
  return {
    cloud,
    world,
    state,
    call,
    ok(account, product, action, params) {
      const r = call(account, product, action, params);
      if (r.status !== 200) throw new Error(`${action} → ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    },
  };
}

/** The error code of a result, or 'OK'. */
export const codeOf = (r: CloudResult): string => (r.status === 200 ? 'OK' : String(r.body.Code));
