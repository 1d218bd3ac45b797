// Step 5's words on the Enterprise Edition path (docs/reference/enterprise-edition.md §2 steps 8–10), en-US and
// zh-CN, beside the screens that use them (i18n/feature-text.ts).
import { textTable, useFeatureText, type TextKeyOf } from '../../i18n/feature-text';

const TEXTS = textTable(
  {
    intro:
      'On Enterprise Edition the two regions are joined by a connection between their transit routers (a peer attachment). It carries routes once it is associated with and propagates to both routers’ System route tables, and traffic once each VPC routes the other VPC’s CIDR block toward the transit router.',
    'need.routers': 'Both transit routers must be Active first (step 1).',
    'need.attachments': 'Both VPCs must be Attached to their transit routers first (step 3).',
    'need.payBy': 'Choose in step 4 how the connection between the regions is paid.',
    'need.package':
      'The connection is paid out of a bandwidth plan, but no plan of this CEN is in use: buy it in step 4 (or choose pay by data transfer there).',
    'peer.title': 'Connection between the transit routers',
    'peer.routers': 'From the router in {a} ({aId}) to the router in {b} ({bId})',
    'peer.payDataTransfer':
      'Paid by data transfer (chosen in step 4): no plan to buy; the traffic is billed by Cloud Data Transfer (CDT). The bandwidth is the most the connection carries.',
    'peer.payPackage':
      'Paid out of the bandwidth plan {plan} (chosen in step 4): the bandwidth is the share of the plan this connection takes, and the shares of all its connections stay within its total.',
    'peer.bandwidth': 'Bandwidth',
    'peer.rule': 'A whole number of Mbps from {min} to {max}.',
    'peer.noPackage': 'The bandwidth plan of step 4 is not in use by this CEN.',
    'peer.create': 'Connect the two routers',
    'peer.attachment': 'Peer attachment',
    'peer.none': 'Not created yet',
    'links.title': 'Route tables of both routers',
    'links.explain':
      'The connection learns and forwards routes only once it is associated with each router’s System route table and propagates its routes to it (four calls; Associating or Enabling, then Active).',
    'links.router': 'Router',
    'links.association': 'Association',
    'links.propagation': 'Propagation',
    'links.create': 'Associate and propagate on both routers',
    'links.waitPeer': 'Possible once the connection is Attached.',
    'routes.title': 'Routes in the VPCs',
    'routes.legend': 'How each VPC reaches the transit router',
    'routes.RouteEntry': 'A route entry in each VPC (recommended)',
    'routes.RouteEntry.explain':
      'Each VPC’s owner adds to its VPC’s System route table a route that sends the other VPC’s CIDR block to its own VPC attachment (CreateRouteEntry, next hop type Attachment): Account A in A’s VPC, Account B in B’s. Documented for both accounts.',
    'routes.AutoPublish': 'Automatic publication by the routers',
    'routes.AutoPublish.explain':
      'The routers publish their routes into the VPCs (AutoPublishRouteEnabled on each VPC attachment) and no route entry is made. It is set when the attachment is created in step 3; this console cannot change it afterwards. Not confirmed: whether Account A may turn it on for Account B’s VPC. The mock cloud publishes nothing, so there the ping of step 6 fails.',
    'routes.vpc': 'VPC',
    'routes.destination': 'Destination',
    'routes.nextHop': 'Next hop',
    'routes.create': 'Account {account}: add the route in {vpc}',
    'routes.waitAttachment': 'Waits for the attachment of {vpc} to be Attached (step 3).',
    'routes.noCidr': 'The CIDR block of the other VPC is not known yet.',
    'routes.noTable': 'The System route table of {vpc} is not listed yet.',
    'routes.published': 'The attachment of {vpc} publishes the routers’ routes.',
    'routes.notPublished':
      'The attachment of {vpc} was created without automatic publication: choose route entries, or detach it and attach it again in step 3 with publication on.',
    done: 'The two regions are connected: the peer attachment is Attached and Active on both routers, and each VPC reaches the other through its transit router. Next: test the connection.',
  },
  {
    intro:
      '企业版通过两个地域的转发路由器之间的连接（跨地域连接）互通。该连接与两个转发路由器的系统路由表关联并向其传播路由后才会学习路由；每个VPC将对端VPC的网段路由指向转发路由器后才会转发流量。',
    'need.routers': '请先确保两个转发路由器均可用（步骤1）。',
    'need.attachments': '请先将两个VPC连接到各自的转发路由器（步骤3）。',
    'need.payBy': '请在步骤4中选择跨地域连接的计费方式。',
    'need.package':
      '该连接使用带宽包计费，但该CEN实例没有在用的带宽包：请在步骤4中购买（或在步骤4中改为按流量计费）。',
    'peer.title': '转发路由器之间的连接',
    'peer.routers': '从{a}的转发路由器（{aId}）到{b}的转发路由器（{bId}）',
    'peer.payDataTransfer':
      '按流量计费（步骤4中已选择）：无需购买带宽包，流量由云数据传输（CDT）计费。带宽是该连接的最大带宽。',
    'peer.payPackage':
      '使用带宽包 {plan} 计费（步骤4中已选择）：带宽是该连接占用的带宽包份额，带宽包上所有连接的份额之和不能超过其总带宽。',
    'peer.bandwidth': '带宽',
    'peer.rule': '{min}~{max}之间的整数（Mbps）。',
    'peer.noPackage': '步骤4的带宽包未被该CEN实例使用。',
    'peer.create': '连接两个转发路由器',
    'peer.attachment': '跨地域连接',
    'peer.none': '尚未创建',
    'links.title': '两个转发路由器的路由表',
    'links.explain':
      '该连接与每个转发路由器的系统路由表关联并向其传播路由后，才会学习和转发路由（共四次调用；先为关联中或开启中，然后为可用）。',
    'links.router': '转发路由器',
    'links.association': '关联',
    'links.propagation': '传播',
    'links.create': '在两个转发路由器上关联并传播',
    'links.waitPeer': '连接状态为已连接后即可操作。',
    'routes.title': 'VPC中的路由',
    'routes.legend': '每个VPC如何到达转发路由器',
    'routes.RouteEntry': '在每个VPC中添加路由条目（推荐）',
    'routes.RouteEntry.explain':
      '每个VPC的所有者在其VPC的系统路由表中添加一条路由，将对端VPC的网段指向本VPC的连接（CreateRouteEntry，下一跳类型为Attachment）：账号A在A的VPC中添加，账号B在B的VPC中添加。两个账号均有文档说明。',
    'routes.AutoPublish': '由转发路由器自动发布路由',
    'routes.AutoPublish.explain':
      '转发路由器将其路由发布到VPC中（每个VPC连接的AutoPublishRouteEnabled），不添加路由条目。该选项在步骤3创建连接时设置，本控制台之后无法修改。未确认：账号A能否为账号B的VPC开启该选项。模拟云不发布任何路由，因此在模拟云中步骤6的ping会失败。',
    'routes.vpc': 'VPC',
    'routes.destination': '目标网段',
    'routes.nextHop': '下一跳',
    'routes.create': '账号{account}：在 {vpc} 中添加路由',
    'routes.waitAttachment': '等待 {vpc} 的连接状态变为已连接（步骤3）。',
    'routes.noCidr': '尚不知道对端VPC的网段。',
    'routes.noTable': '尚未列出 {vpc} 的系统路由表。',
    'routes.published': '{vpc} 的连接会发布转发路由器的路由。',
    'routes.notPublished':
      '{vpc} 的连接创建时未开启自动发布：请选择路由条目，或在步骤3中删除该连接并以开启发布的方式重新连接。',
    done: '两个地域已互通：跨地域连接已连接，并在两个转发路由器上可用；每个VPC都通过其转发路由器到达对端。下一步：测试连通性。',
  },
);
export type EnterpriseStep5Key = TextKeyOf<typeof TEXTS>;
export const useEnterpriseStep5Text = () => useFeatureText(TEXTS);
