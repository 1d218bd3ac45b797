import { QueryClient } from '@tanstack/react-query';
import { rememberTransitGrant } from './new-transit-grant';
import { transitQueries } from './transit-routers';

const GRANT = {
  regionId: 'cn-beijing',
  vpcId: 'vpc-bbeijing000000001',
  cenId: 'cen-7qthudw0ll6jmc1234',
  cenOwnerUid: '1262302482727553',
  orderType: 'PayByCenOwner',
};
const key = transitQueries.grants(GRANT.regionId, GRANT.vpcId).queryKey;

function client(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
}

describe('rememberTransitGrant', () => {
  it('adds the granted rule to the list read before and keeps it fresh (no read again)', async () => {
    const c = client();
    const other = { CenId: 'cen-other000000000001', CenOwnerId: '111', OrderType: 'PayByResourceOwner' };
    c.setQueryData(key, [other]);
    await rememberTransitGrant(c, GRANT);
    expect(c.getQueryData(key)).toEqual([
      other,
      { CenId: GRANT.cenId, CenOwnerId: GRANT.cenOwnerUid, OrderType: 'PayByCenOwner' },
    ]);
    expect(c.getQueryState(key)?.isInvalidated).toBe(false);
  });

  it('adds nothing twice when the list already holds that rule', async () => {
    const c = client();
    const listed = [{ CenId: GRANT.cenId, CenOwnerId: GRANT.cenOwnerUid, CreateTime: '2024-01-24T16:46Z' }];
    c.setQueryData(key, listed);
    await rememberTransitGrant(c, GRANT);
    expect(c.getQueryData(key)).toEqual(listed);
  });

  it('leaves a list never read to the cloud: marked for a read, nothing made up', async () => {
    const c = client();
    c.getQueryCache().build(c, { queryKey: key });
    await rememberTransitGrant(c, GRANT);
    expect(c.getQueryData(key)).toBeUndefined();
    expect(c.getQueryState(key)?.isInvalidated).toBe(true);
  });
});
