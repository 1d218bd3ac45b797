import {
  ACTIONS,
  actionSpec,
  resolveAction,
  type ActionName,
  type ParamsOf,
  type ResponseOf,
} from './actions';

describe('the action catalogue', () => {
  it('keeps the flags the BFF and the mock act on, per action', () => {
    const flags = (s: { write: boolean; clientToken: boolean; regional: boolean; proxied: boolean }) =>
      (['write', 'clientToken', 'regional', 'proxied'] as const).filter((f) => s[f]).join(' ');
    expect(Object.fromEntries([...ACTIONS].map(([key, spec]) => [key, flags(spec)]))).toEqual({
      'Cbn.AssociateCenBandwidthPackage': 'write proxied',
      'Cbn.AssociateTransitRouterAttachmentWithRouteTable': 'write clientToken proxied',
      'Cbn.AttachCenChildInstance': 'write proxied',
      'Cbn.CheckTransitRouterService': 'proxied',
      'Cbn.CreateCen': 'write clientToken proxied',
      'Cbn.CreateCenBandwidthPackage': 'write clientToken proxied',
      'Cbn.CreateTransitRouter': 'write clientToken proxied',
      'Cbn.CreateTransitRouterPeerAttachment': 'write clientToken proxied',
      'Cbn.CreateTransitRouterVpcAttachment': 'write clientToken proxied',
      'Cbn.DeleteCen': 'write proxied',
      'Cbn.DeleteTransitRouter': 'write clientToken proxied',
      'Cbn.DeleteTransitRouterPeerAttachment': 'write clientToken proxied',
      'Cbn.DeleteTransitRouterVpcAttachment': 'write clientToken proxied',
      'Cbn.DescribeCenAttachedChildInstanceAttribute': 'proxied',
      'Cbn.DescribeCenAttachedChildInstances': 'proxied',
      'Cbn.DescribeCenBandwidthPackages': 'proxied',
      'Cbn.DescribeCenChildInstanceRouteEntries': 'proxied',
      'Cbn.DescribeCenGeographicSpanRemainingBandwidth': 'proxied',
      'Cbn.DescribeCenInterRegionBandwidthLimits': 'proxied',
      'Cbn.DescribeCenRegionDomainRouteEntries': 'proxied',
      'Cbn.DescribeCens': 'proxied',
      'Cbn.DescribeChildInstanceRegions': 'proxied',
      'Cbn.DescribeGeographicRegionMembership': 'proxied',
      'Cbn.DescribeGrantRulesToCen': 'proxied',
      'Cbn.DescribeGrantRulesToResource': 'proxied',
      'Cbn.DetachCenChildInstance': 'write proxied',
      'Cbn.DisableTransitRouterRouteTablePropagation': 'write clientToken proxied',
      'Cbn.DissociateTransitRouterAttachmentFromRouteTable': 'write clientToken proxied',
      'Cbn.EnableTransitRouterRouteTablePropagation': 'write clientToken proxied',
      'Cbn.GrantInstanceToTransitRouter': 'write proxied',
      'Cbn.ListGrantVSwitchesToCen': 'proxied',
      'Cbn.ListTransitRouterAvailableResource': 'proxied',
      'Cbn.ListTransitRouterPeerAttachments': 'proxied',
      'Cbn.ListTransitRouterRouteTableAssociations': 'proxied',
      'Cbn.ListTransitRouterRouteTablePropagations': 'proxied',
      'Cbn.ListTransitRouterRouteTables': 'proxied',
      'Cbn.ListTransitRouterVpcAttachments': 'proxied',
      'Cbn.ListTransitRouters': 'proxied',
      'Cbn.OpenTransitRouterService': 'write clientToken proxied',
      'Cbn.RevokeInstanceFromTransitRouter': 'write proxied',
      'Cbn.SetCenInterRegionBandwidthLimit': 'write proxied',
      'Cbn.UnassociateCenBandwidthPackage': 'write proxied',
      'Ecs.AuthorizeSecurityGroup': 'write clientToken regional proxied',
      'Ecs.DescribeInstances': 'regional proxied',
      'Ecs.DescribeInvocationResults': 'regional proxied',
      'Ecs.DescribeSecurityGroupAttribute': 'regional proxied',
      'Ecs.RunCommand': 'write clientToken regional proxied',
      'Sts.AssumeRole': '',
      'Sts.GetCallerIdentity': '',
      'Vpc.DescribeGrantRulesToCen': 'regional proxied',
      'Vpc.CreateRouteEntry': 'write clientToken regional proxied',
      'Vpc.DeleteRouteEntry': 'write regional proxied',
      'Vpc.CreateVSwitch': 'write clientToken regional proxied',
      'Vpc.DescribeRegions': 'proxied',
      'Vpc.DescribeRouteEntryList': 'regional proxied',
      'Vpc.DescribeRouteTableList': 'regional proxied',
      'Vpc.DescribeVSwitches': 'regional proxied',
      'Vpc.DescribeVirtualBorderRouters': 'regional proxied',
      'Vpc.DescribeVpcs': 'regional proxied',
      'Vpc.GrantInstanceToCen': 'write clientToken regional proxied',
      'Vpc.RevokeInstanceFromCen': 'write clientToken regional proxied',
    });
  });

  it('names every entry by its product and action', () => {
    for (const [key, spec] of ACTIONS) expect(`${spec.product}.${spec.action}`).toBe(key);
  });

  it('resolves a unique name, and refuses an ambiguous one with the qualified names', () => {
    expect(resolveAction('CreateCen')).toBe(ACTIONS.get('Cbn.CreateCen'));
    expect(resolveAction('DescribeGrantRulesToCen')).toEqual({
      ambiguous: ['Cbn.DescribeGrantRulesToCen', 'Vpc.DescribeGrantRulesToCen'],
    });
    expect(resolveAction('Cbn.Nope')).toBeUndefined();
    expect(actionSpec('Vpc.DescribeGrantRulesToCen')).toBe(ACTIONS.get('Vpc.DescribeGrantRulesToCen'));
  });

  it('carries the params and response types to callers', () => {
    expectTypeOf<ParamsOf<'CreateCen'>['Name']>().toEqualTypeOf<string>();
    expectTypeOf<ParamsOf<'Cbn.CreateCenBandwidthPackage'>['Bandwidth']>().toEqualTypeOf<string | number>();
    expectTypeOf<ResponseOf<'DescribeCens'>['Cens']['Cen'][number]['CenId']>().toEqualTypeOf<string>();
    // UIDs come out as strings whatever the wire carried.
    expectTypeOf<
      ResponseOf<'Cbn.DescribeGrantRulesToCen'>['GrantRules']['GrantRule'][number]['CenOwnerId']
    >().toEqualTypeOf<string>();
    expectTypeOf<'DescribeGrantRulesToCen'>().not.toExtend<ActionName>();
    expectTypeOf<'Vpc.DescribeGrantRulesToCen'>().toExtend<ActionName>();
    // @ts-expect-error a field the catalogue does not name is not in the type
    type _Typo = ResponseOf<'DescribeCens'>['Cens']['Cen'][number]['CenID'];
  });
});
