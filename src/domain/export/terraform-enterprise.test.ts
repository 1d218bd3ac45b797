import { planEnterpriseSetup } from '../plan/enterprise-setup-plan';
import type { EnterpriseSetupInput } from '../plan/enterprise-setup-input';
import { planSetup } from '../plan/setup-plan';
import { demoFresh } from '../test-support/demo-fixture';
import { EE, enterpriseByPackage, enterpriseDone, enterpriseFresh } from '../test-support/enterprise-fixture';
import { renderTerraform, terraformImportCommands } from './terraform';
import { renderEnterpriseTerraform } from './terraform-enterprise';

const tf = (input: EnterpriseSetupInput, options?: Parameters<typeof renderTerraform>[1]) =>
  renderTerraform(planEnterpriseSetup(input), options);

/** One `resource`/`data` block, from its head to its closing brace. */
const blockOf = (text: string, head: string) => {
  const start = text.indexOf(`${head} {`);
  expect(start, head).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf('\n}', start) + 2);
};
const resource = (text: string, type: string, name: string) => blockOf(text, `resource "${type}" "${name}"`);

describe('renderTerraform on an Enterprise-Edition plan', () => {
  it('renders the transit-router resources, not the Basic ones', () => {
    const text = tf(enterpriseFresh());
    for (const type of [
      'alicloud_cen_instance',
      'alicloud_cen_transit_router',
      'alicloud_cen_transit_router_grant_attachment',
      'alicloud_cen_transit_router_vpc_attachment',
      'alicloud_cen_transit_router_route_table_association',
      'alicloud_cen_transit_router_route_table_propagation',
      'alicloud_cen_transit_router_peer_attachment',
      'alicloud_route_entry',
    ])
      expect(text).toContain(`resource "${type}"`);
    expect(text).not.toMatch(
      /alicloud_cen_instance_grant|alicloud_cen_instance_attachment|alicloud_cen_bandwidth_limit/,
    );
  });

  it('gives Account A a provider in each region it builds a router in, and B one in its VPC’s region', () => {
    const text = tf(enterpriseFresh());
    expect(text).toMatch(/alias {3}= "a"\n {2}region {2}= "cn-qingdao"\n {2}profile = "A"/);
    expect(text).toMatch(/alias {3}= "a_cn_beijing"\n {2}region {2}= "cn-beijing"\n {2}profile = "A"/);
    expect(text).toMatch(/alias {3}= "b"\n {2}region {2}= "cn-beijing"\n {2}profile = "B"/);
    expect(resource(text, 'alicloud_cen_transit_router', 'cn_qingdao')).toContain('provider = alicloud.a\n');
    expect(resource(text, 'alicloud_cen_transit_router', 'cn_beijing')).toContain(
      'provider = alicloud.a_cn_beijing',
    );
    // B's VPC is attached by A, in B's region; B itself grants and routes.
    expect(resource(text, 'alicloud_cen_transit_router_vpc_attachment', 'b_cn_beijing')).toContain(
      'alicloud.a_cn_beijing',
    );
    expect(resource(text, 'alicloud_cen_transit_router_grant_attachment', 'b_cn_beijing')).toContain(
      'alicloud.b\n',
    );
    expect(resource(text, 'alicloud_route_entry', 'b_cn_beijing')).toContain('alicloud.b\n');
  });

  it('B grants its VPC to A’s UID with who pays, and A’s attachment of it waits for the grant', () => {
    const text = tf(enterpriseFresh());
    const grant = resource(text, 'alicloud_cen_transit_router_grant_attachment', 'b_cn_beijing');
    expect(grant).toContain(`cen_owner_id  = "${EE.uidA}"`);
    expect(grant).toContain('instance_type = "VPC"');
    expect(grant).toContain(`instance_id   = "${EE.vpcB}"`);
    expect(grant).toContain('order_type    = "PayByCenOwner"');
    const attach = resource(text, 'alicloud_cen_transit_router_vpc_attachment', 'b_cn_beijing');
    expect(attach).toContain(`vpc_owner_id      = "${EE.uidB}"`);
    expect(attach).toContain('transit_router_id = alicloud_cen_transit_router.cn_beijing.transit_router_id');
    expect(attach).toMatch(/depends_on = \[alicloud_cen_transit_router_grant_attachment\.b_cn_beijing/);
    for (const z of EE.zonesB)
      expect(attach).toContain(
        `zone_mappings {\n    zone_id    = "${z.zoneId}"\n    vswitch_id = "${z.vSwitchId}"\n  }`,
      );
    expect(resource(text, 'alicloud_cen_transit_router_vpc_attachment', 'a_cn_qingdao')).not.toContain(
      'vpc_owner_id',
    );
  });

  it('links each VPC attachment to its own router’s System table and the peer attachment to both', () => {
    const text = tf(enterpriseFresh());
    expect(blockOf(text, 'data "alicloud_cen_transit_router_route_tables" "cn_beijing"')).toContain(
      'transit_router_route_table_type = "System"',
    );
    const table = (r: string) =>
      `transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.${r}.tables[0].transit_router_route_table_id`;
    for (const type of ['association', 'propagation']) {
      const link = (name: string) => resource(text, `alicloud_cen_transit_router_route_table_${type}`, name);
      expect(link('a_cn_qingdao')).toContain(table('cn_qingdao'));
      expect(link('b_cn_beijing')).toContain(table('cn_beijing'));
      expect(link('peer_cn_qingdao')).toContain(table('cn_qingdao'));
      expect(link('peer_cn_beijing')).toContain(table('cn_beijing'));
      expect(link('peer_cn_beijing')).toContain(
        'alicloud_cen_transit_router_peer_attachment.peer.transit_router_attachment_id',
      );
    }
  });

  it('pays by data transfer with no plan to buy, or out of a bought plan', () => {
    const dt = tf(enterpriseFresh());
    const peer = resource(dt, 'alicloud_cen_transit_router_peer_attachment', 'peer');
    expect(peer).toContain('bandwidth_type                = "DataTransfer"');
    expect(peer).toContain('bandwidth                     = 5');
    expect(peer).toContain('peer_transit_router_region_id = "cn-beijing"');
    expect(peer).not.toContain('cen_bandwidth_package_id');
    expect(dt).not.toContain('alicloud_cen_bandwidth_package');
    const bp = tf(enterpriseByPackage());
    expect(resource(bp, 'alicloud_cen_bandwidth_package', 'package')).toContain(
      'period                     = 1',
    );
    expect(resource(bp, 'alicloud_cen_bandwidth_package_attachment', 'package')).toContain(
      'instance_id          = alicloud_cen_instance.cen.id',
    );
    const paid = resource(bp, 'alicloud_cen_transit_router_peer_attachment', 'peer');
    expect(paid).toContain('bandwidth_type                = "BandwidthPackage"');
    expect(paid).toContain(
      'cen_bandwidth_package_id      = alicloud_cen_bandwidth_package_attachment.package.bandwidth_package_id',
    );
  });

  it('routes each VPC’s other-side CIDR to its own attachment, or publishes routes instead', () => {
    const text = tf(enterpriseFresh());
    const a = resource(text, 'alicloud_route_entry', 'a_cn_qingdao');
    expect(a).toContain(`route_table_id        = "${EE.vtbA}"`);
    expect(a).toContain(`destination_cidrblock = "${EE.cidrB}"`);
    expect(a).toContain('nexthop_type          = "Attachment"');
    expect(a).toContain(
      'nexthop_id            = alicloud_cen_transit_router_vpc_attachment.a_cn_qingdao.transit_router_attachment_id',
    );
    expect(resource(text, 'alicloud_route_entry', 'b_cn_beijing')).toContain(
      `destination_cidrblock = "${EE.cidrA}"`,
    );
    const auto = tf({ ...enterpriseFresh(), routes: 'AutoPublish' });
    expect(auto).not.toContain('alicloud_route_entry');
    expect(resource(auto, 'alicloud_cen_transit_router_vpc_attachment', 'b_cn_beijing')).toContain(
      'auto_publish_route_enabled = true',
    );
    expect(auto).toContain('# NOTE: The routers publish their routes into the VPCs');
  });

  it('opens a service only where it is not on, with the data source that does it at plan time', () => {
    const text = tf(enterpriseFresh());
    expect(blockOf(text, 'data "alicloud_cen_transit_router_service" "b"')).toContain('enable   = "On"');
    expect(resource(text, 'alicloud_cen_transit_router', 'cn_qingdao')).toContain(
      'depends_on = [data.alicloud_cen_transit_router_service.a]',
    );
    const on = enterpriseFresh();
    on.accounts.A.service = 'on';
    on.accounts.B.service = 'on';
    const quiet = tf(on);
    expect(quiet).not.toContain('data "alicloud_cen_transit_router_service"');
    expect(quiet).toContain("# Account B's transit-router service is on already");
    // Off and not confirmed: the console blocks the opening, so the file does not open it either.
    const off = enterpriseFresh();
    off.accounts.B.service = 'off';
    const refused = tf(off);
    expect(refused).not.toContain('data "alicloud_cen_transit_router_service" "b"');
    expect(refused).toMatch(
      /# Not exported, blocked in the console: Account B turns its transit-router service on/,
    );
  });

  it('leaves out what the console cannot do yet, saying why', () => {
    const input = enterpriseFresh();
    input.grant.orderType = undefined;
    const text = tf(input);
    expect(text).not.toContain('resource "alicloud_cen_transit_router_grant_attachment"');
    expect(text).not.toContain('resource "alicloud_cen_transit_router_vpc_attachment" "b_cn_beijing"');
    expect(text).toMatch(/# Not exported, blocked in the console: Account B authorizes .* — Choose who pays/);
  });

  it('reaches B by assume_role when asked, and holds no credentials', () => {
    const text = tf(enterpriseFresh(), { accountB: { mode: 'assume-role', roleName: 'CenConnect' } });
    expect(text).toContain(`role_arn = "acs:ram::${EE.uidB}:role/CenConnect"`);
    expect(text).not.toContain('profile = "B"');
    expect(text).not.toMatch(/access_key|secret_key|security_token/);
  });

  it('takes only the Enterprise setup plan', () => {
    expect(() => renderEnterpriseTerraform(planSetup(demoFresh()))).toThrow(/planEnterpriseSetup/);
  });
});

describe('terraformImportCommands on an Enterprise-Edition plan', () => {
  it('imports what exists, with each resource’s ID format', () => {
    const lines = terraformImportCommands(planEnterpriseSetup(enterpriseDone()));
    expect(lines).toEqual([
      `terraform import alicloud_cen_instance.cen ${EE.cenId}`,
      `terraform import alicloud_cen_transit_router.cn_qingdao ${EE.cenId}:${EE.routerA}`,
      `terraform import alicloud_cen_transit_router.cn_beijing ${EE.cenId}:${EE.routerB}`,
      `terraform import alicloud_cen_transit_router_grant_attachment.b_cn_beijing VPC:${EE.vpcB}:${EE.uidA}:${EE.cenId}`,
      `terraform import alicloud_cen_transit_router_vpc_attachment.a_cn_qingdao ${EE.cenId}:${EE.attachA}`,
      `terraform import alicloud_cen_transit_router_route_table_association.a_cn_qingdao ${EE.attachA}:${EE.trTableA}`,
      `terraform import alicloud_cen_transit_router_route_table_propagation.a_cn_qingdao ${EE.attachA}:${EE.trTableA}`,
      `terraform import alicloud_cen_transit_router_vpc_attachment.b_cn_beijing ${EE.cenId}:${EE.attachB}`,
      `terraform import alicloud_cen_transit_router_route_table_association.b_cn_beijing ${EE.attachB}:${EE.trTableB}`,
      `terraform import alicloud_cen_transit_router_route_table_propagation.b_cn_beijing ${EE.attachB}:${EE.trTableB}`,
      `terraform import alicloud_cen_transit_router_peer_attachment.peer ${EE.cenId}:${EE.peer}`,
      `terraform import alicloud_cen_transit_router_route_table_association.peer_cn_qingdao ${EE.peer}:${EE.trTableA}`,
      `terraform import alicloud_cen_transit_router_route_table_propagation.peer_cn_qingdao ${EE.peer}:${EE.trTableA}`,
      `terraform import alicloud_cen_transit_router_route_table_association.peer_cn_beijing ${EE.peer}:${EE.trTableB}`,
      `terraform import alicloud_cen_transit_router_route_table_propagation.peer_cn_beijing ${EE.peer}:${EE.trTableB}`,
      `terraform import alicloud_route_entry.a_cn_qingdao ${EE.vtbA}:VRT_ID_A:${EE.cidrB}:Attachment:${EE.attachA}`,
      `terraform import alicloud_route_entry.b_cn_beijing ${EE.vtbB}:VRT_ID_B:${EE.cidrA}:Attachment:${EE.attachB}`,
    ]);
    expect(terraformImportCommands(planEnterpriseSetup(enterpriseFresh()))).toEqual([]);
  });

  it('names each VPC’s vRouter in its route entry’s import ID when it is known', () => {
    const vRouterIds = { A: 'vrt-m5eaaaaaaaaaaaaaaaaaa', B: 'vrt-2zebbbbbbbbbbbbbbbbbb' };
    const lines = terraformImportCommands(planEnterpriseSetup(enterpriseDone()), { vRouterIds });
    expect(lines).toContain(
      `terraform import alicloud_route_entry.a_cn_qingdao ${EE.vtbA}:${vRouterIds.A}:${EE.cidrB}:Attachment:${EE.attachA}`,
    );
    expect(lines.join('\n')).not.toContain('VRT_ID_');
    const text = tf(enterpriseDone(), { vRouterIds });
    expect(text).toContain(`${EE.vtbB}:${vRouterIds.B}:${EE.cidrA}:Attachment:${EE.attachB}`);
    expect(text).not.toContain('VRT_ID_');
  });

  it('says what VRT_ID_A stands for instead of guessing the vRouter ID', () => {
    expect(tf(enterpriseDone())).toContain('# VRT_ID_A / VRT_ID_B: the vRouter ID (vrt-…) of that VPC');
  });
});
