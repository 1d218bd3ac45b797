import { QueryClient } from '@tanstack/react-query';
import { grantQueries } from './networks';
import { rememberGrant } from './new-grant';

const NETWORK = { type: 'VPC', regionId: 'cn-beijing', instanceId: 'vpc-bbeijing000000001' } as const;
const CEN = 'cen-7qthudw0ll6jmc1234';
const UID_A = '1262302482727553';
const own = grantQueries.ofNetwork(NETWORK.regionId, NETWORK.instanceId, NETWORK.type).queryKey;
const toCen = grantQueries.toCen(CEN, 'VPC').queryKey;

function client(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
}

describe('rememberGrant', () => {
  it('adds the granted rule to the network’s list read before, keeps it fresh, and marks A’s view for a new read', async () => {
    const c = client();
    const other = { CenInstanceId: 'cen-other000000000001', CenOwnerId: '111', CreationTime: 't' };
    c.setQueryData(own, [other]);
    c.setQueryData(toCen, []);
    await rememberGrant(c, NETWORK, CEN, UID_A);
    expect(c.getQueryData(own)).toEqual([other, { CenInstanceId: CEN, CenOwnerId: UID_A }]);
    expect(c.getQueryState(own)?.isInvalidated).toBe(false);
    expect(c.getQueryState(toCen)?.isInvalidated).toBe(true);
  });

  it('adds nothing twice when the list already holds that rule', async () => {
    const c = client();
    const listed = [{ CenInstanceId: CEN, CenOwnerId: UID_A, CreationTime: 't' }];
    c.setQueryData(own, listed);
    await rememberGrant(c, NETWORK, CEN, UID_A);
    expect(c.getQueryData(own)).toEqual(listed);
  });

  it('leaves a list never read to the cloud: marked for a read, nothing made up', async () => {
    const c = client();
    c.setQueryData(toCen, []);
    c.getQueryCache().build(c, { queryKey: own });
    await rememberGrant(c, NETWORK, CEN, UID_A);
    expect(c.getQueryData(own)).toBeUndefined();
    expect(c.getQueryState(own)?.isInvalidated).toBe(true);
  });

  it('adds the rule to A’s cached view of the CEN’s grants when B’s UID is known, instead of a read', async () => {
    const c = client();
    const UID_B = '1188923488273323';
    c.setQueryData(own, []);
    c.setQueryData(toCen, []);
    await rememberGrant(c, NETWORK, CEN, UID_A, UID_B);
    expect(c.getQueryData(toCen)).toEqual([
      {
        CenId: CEN,
        CenOwnerId: UID_A,
        ChildInstanceId: NETWORK.instanceId,
        ChildInstanceOwnerId: UID_B,
        ChildInstanceRegionId: NETWORK.regionId,
        ChildInstanceType: 'VPC',
      },
    ]);
    expect(c.getQueryState(toCen)?.isInvalidated).toBe(false);
    // A view never read stays the cloud's to answer.
    const d = client();
    d.getQueryCache().build(d, { queryKey: toCen });
    await rememberGrant(d, NETWORK, CEN, UID_A, UID_B);
    expect(d.getQueryData(toCen)).toBeUndefined();
    expect(d.getQueryState(toCen)?.isInvalidated).toBe(true);
  });
});
