import {
  DEMO,
  demoAdoptedPackage,
  demoDone,
  demoFresh,
  demoHalfway,
  demoTeardownStart,
} from '../test-support/demo-fixture';
import { planSetup } from '../plan/setup-plan';
import { planTeardown } from '../plan/teardown-plan';
import { renderTerraform, terraformImportCommands } from './terraform';
import { hclString } from './terraform-hcl';

const resourceBlock = (tf: string, type: string, name: string) => {
  const start = tf.indexOf(`resource "${type}" "${name}" {`);
  expect(start, `${type}.${name}`).toBeGreaterThanOrEqual(0);
  return tf.slice(start, tf.indexOf('\n}', start) + 2);
};

describe('renderTerraform', () => {
  it('uses the provider’s current argument names and wires B’s grant before the attach', () => {
    const tf = renderTerraform(planSetup(demoFresh()));
    expect(resourceBlock(tf, 'alicloud_cen_instance', 'cen')).toContain(
      'cen_instance_name = "DifferentAccountDifferentRegion"',
    );
    const grant = resourceBlock(tf, 'alicloud_cen_instance_grant', 'b_cn_beijing');
    expect(grant).toContain('provider          = alicloud.b');
    expect(grant).toContain(`cen_owner_id      = "${DEMO.uidA}"`);
    const attach = resourceBlock(tf, 'alicloud_cen_instance_attachment', 'b_cn_beijing');
    expect(attach).toContain(
      'child_instance_id        = alicloud_cen_instance_grant.b_cn_beijing.child_instance_id',
    );
    expect(attach).toContain(`child_instance_owner_id  = "${DEMO.uidB}"`);
    expect(attach).toContain('depends_on = [alicloud_cen_instance_grant.b_cn_beijing]');
    const pkg = resourceBlock(tf, 'alicloud_cen_bandwidth_package', 'package');
    for (const line of [
      'bandwidth                  = 8',
      'geographic_region_a_id     = "China"',
      'cen_bandwidth_package_name = "MainlandBandwidthPackage"',
      'payment_type               = "PrePaid"',
      'period                     = 1',
    ])
      expect(pkg).toContain(line);
    expect(resourceBlock(tf, 'alicloud_cen_bandwidth_limit', 'cn_beijing_cn_qingdao')).toContain(
      'region_ids      = ["cn-qingdao", "cn-beijing"]',
    );
  });

  it('holds no credentials; the providers name profiles', () => {
    const tf = renderTerraform(planSetup(demoFresh()));
    expect(tf).not.toMatch(/access_key|secret_key|security_token/);
    expect(tf).toContain('profile = "A"');
    expect(tf).toContain('profile = "B"');
  });

  it('reaches B by assume_role when asked, with A’s profile and a role in B', () => {
    const tf = renderTerraform(planSetup(demoFresh()), {
      accountB: { mode: 'assume-role', roleName: 'CenConnect' },
    });
    expect(tf).toContain(`role_arn = "acs:ram::${DEMO.uidB}:role/CenConnect"`);
    expect(tf).not.toContain('profile = "B"');
  });

  it('gives B one provider per region, because the grant is made in the provider’s region', () => {
    const input = demoFresh();
    input.networks.push({ owner: 'B', type: 'VPC', regionId: 'cn-shanghai', instanceId: 'vpc-sh' });
    const tf = renderTerraform(planSetup(input));
    expect(tf).toContain('alias   = "b_cn_beijing"');
    expect(tf).toContain('alias   = "b_cn_shanghai"');
    expect(resourceBlock(tf, 'alicloud_cen_instance_grant', 'b_cn_shanghai')).toContain(
      'alicloud.b_cn_shanghai',
    );
  });

  it('converts the purchase period to the provider’s months, and says when it has none', () => {
    const year = demoFresh();
    year.bandwidthPackage = { ...year.bandwidthPackage!, pricingCycle: 'Year', period: 1 };
    expect(renderTerraform(planSetup(year))).toMatch(/period {21}= 12/);
    const twoYears = demoFresh();
    twoYears.bandwidthPackage = { ...twoYears.bandwidthPackage!, pricingCycle: 'Year', period: 2 };
    const tf = renderTerraform(planSetup(twoYears));
    expect(tf).not.toMatch(/^\s+period\s+=/m);
    expect(tf).toContain('# period: 2 Year has no provider value');
  });

  it('an adopted package: period marked UNKNOWN, never a made-up one; pay-as-you-go has none', () => {
    const tf = renderTerraform(planSetup(demoAdoptedPackage()));
    const pkg = resourceBlock(tf, 'alicloud_cen_bandwidth_package', 'package');
    expect(pkg).not.toMatch(/^\s+period\s+=/m);
    expect(pkg).toContain(`# period: UNKNOWN — ${DEMO.packageId} was not bought by CEN Connect`);
    expect(pkg).toContain('payment_type               = "PrePaid"');
    const postpaid = demoFresh();
    postpaid.bandwidthPackage = { ...postpaid.bandwidthPackage!, chargeType: 'POSTPAY' };
    const payg = resourceBlock(
      renderTerraform(planSetup(postpaid)),
      'alicloud_cen_bandwidth_package',
      'package',
    );
    expect(payg).toContain('"PostPaid"');
    expect(payg).not.toContain('period');
  });

  it('leaves out what the console cannot do, saying why', () => {
    const input = demoFresh();
    input.limits = [{ ...input.limits[0]!, bandwidthLimit: 9 }];
    const tf = renderTerraform(planSetup(input));
    expect(tf).not.toContain('resource "alicloud_cen_bandwidth_limit"');
    expect(tf).toMatch(/# Not exported, blocked in the console: Account A sets 9 Mbps/);
  });

  it('describes the setup only; a teardown is terraform destroy', () => {
    expect(() => renderTerraform(planTeardown(demoTeardownStart()))).toThrow(/terraform destroy/);
  });
});

describe('terraformImportCommands', () => {
  it('imports what exists, with each resource’s documented ID format', () => {
    expect(terraformImportCommands(planSetup(demoDone()))).toEqual([
      `terraform import alicloud_cen_instance.cen ${DEMO.cenId}`,
      `terraform import alicloud_cen_instance_attachment.a_cn_qingdao ${DEMO.cenId}:${DEMO.vpcA}:VPC:cn-qingdao`,
      `terraform import alicloud_cen_instance_grant.b_cn_beijing ${DEMO.cenId}:${DEMO.vpcB}:${DEMO.uidA}`,
      `terraform import alicloud_cen_instance_attachment.b_cn_beijing ${DEMO.cenId}:${DEMO.vpcB}:VPC:cn-beijing`,
      `terraform import alicloud_cen_bandwidth_package.package ${DEMO.packageId}`,
      `terraform import alicloud_cen_bandwidth_package_attachment.package ${DEMO.packageId}`,
      `terraform import alicloud_cen_bandwidth_limit.cn_beijing_cn_qingdao ${DEMO.cenId}:cn-beijing:cn-qingdao`,
    ]);
  });

  it('half-way: only the CEN, A’s attachment and B’s grant', () => {
    expect(terraformImportCommands(planSetup(demoHalfway())).map((l) => l.split(' ')[2])).toEqual([
      'alicloud_cen_instance.cen',
      'alicloud_cen_instance_attachment.a_cn_qingdao',
      'alicloud_cen_instance_grant.b_cn_beijing',
    ]);
    expect(terraformImportCommands(planSetup(demoFresh()))).toEqual([]);
  });
});

describe('hclString', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['${var.x}', '"$${var.x}"'],
    ['%{if x}', '"%%{if x}"'],
    ['back\\slash', '"back\\\\slash"'],
  ])('%s → %s', (input, expected) => expect(hclString(input)).toBe(expected));
});
