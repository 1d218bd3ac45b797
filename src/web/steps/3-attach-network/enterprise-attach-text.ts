// Step 3's words on the Enterprise Edition path (docs/reference/enterprise-edition.md §2 steps 4–6), en-US and
// zh-CN, beside the screens that use them (i18n/feature-text.ts). `fix.<code>` says what to do after a refusal.
import { textTable, useFeatureText, type TextKeyOf } from '../../i18n/feature-text';

const TEXTS = textTable(
  {
    intro:
      'Account A attaches its own VPC and Account B’s to the transit router of each VPC’s region (CreateTransitRouterVpcAttachment), then associates each attachment with that router’s System route table and propagates its routes there: until then an attachment neither learns nor forwards routes.',
    needVpcs: 'Choose Account A’s and Account B’s VPCs in step 1 first.',
    'side.A': 'Account A’s VPC',
    'side.B': 'Account B’s VPC',
    vpc: 'VPC {vpcId} in {region}',
    owner: 'Owner account (VpcOwnerId): {uid}',
    'router.label': 'Transit router',
    'router.missing': 'There is no transit router in this region yet: create it in step 1.',
    'router.notActive': 'The transit router is {status}: the VPC can be attached once it is Active.',
    'zones.why2':
      'This region has several zones, so the attachment takes a vSwitch in two of them: if one zone fails, the VPC stays connected through the other.',
    'zones.why1': 'The router has one zone in this region, so the attachment takes one vSwitch there.',
    'zones.slot': 'Zone {n}: vSwitch',
    'zones.option': '{zone} · {name} · {cidr} · {free}',
    'zones.free': '{count} free IPs',
    'zones.freeUnknown': 'free IPs unknown',
    'zones.noFreeIp': 'no free IP address (the router needs one for its network interface)',
    'zones.sameZone': 'this zone is already chosen',
    'zones.zoneUnavailable': 'the router cannot use this zone',
    'zones.singleRisk':
      'This VPC has a usable vSwitch in one zone only, so the attachment rests on that zone: if it fails, the VPC is cut off. Create a vSwitch in another zone of the region to add a second one.',
    'zones.create': 'Account {account}: create a vSwitch in {zone} ({cidr})',
    'zones.create.confirm':
      'Account {account} creates a vSwitch in its VPC {vpc}, zone {zone}, CIDR block {cidr} (Vpc CreateVSwitch). The block is the first /24 of the VPC that no vSwitch uses.',
    'zones.create.ok': 'Create it',
    'zones.create.cancel': 'Cancel',
    'zones.noVSwitch':
      'This VPC has no vSwitch with a free IP address in a zone the router can use. Create one, or free an address, then reload the page.',
    'zones.loading': 'Reading the VPC’s vSwitches and their free IP addresses…',
    'problem.none-chosen': 'Choose a vSwitch.',
    'problem.unknown-vswitch': 'Zone {n}: {id} is not a vSwitch of this VPC that can be attached.',
    'problem.no-free-ip':
      'Zone {n}: {id} has no free IP address, and the router puts a network interface in it. Choose another vSwitch.',
    'problem.zone-unavailable': 'Zone {n}: the router of this region cannot use zone {zone}.',
    'problem.same-zone': 'Zone {n}: zone {zone} is already chosen. Choose a vSwitch in another zone.',
    'problem.second-zone-needed':
      'Zone 2: choose a vSwitch in {zones} too, so that one zone’s failure does not cut the attachment.',
    'problem.too-many': 'At most 10 zones ({count} chosen).',
    'attach.A': 'Attach Account A’s VPC',
    'attach.B': 'Attach Account B’s VPC',
    'attach.preflightBlocks': 'The preflight check blocks the attach: {reason}',
    'attachment.label': 'Attachment',
    'links.table': 'System route table',
    'links.association': 'Association',
    'links.propagation': 'Route propagation',
    'links.notYet': 'Not yet',
    'links.do': 'Associate and propagate',
    'links.wait':
      'Once the attachment is Attached, associate it with the router’s System route table and propagate its routes there.',
    done: 'Both VPCs are attached, associated with their router’s System route table and propagating to it. Next: how the connection between the two regions is paid.',
    'fix.Forbidden.ResourceOwnerTransitRouterServiceNotOpen':
      'Account B has not turned its transit-router service on. Turn it on in step 1 (Transit-router service), then attach again.',
    'fix.Forbbiden.TransitRouterServiceNotOpen':
      'Account A’s transit-router service is off. Turn it on in step 1, then attach again.',
    'fix.Forbbiden.AttachChildInstanceAcrossUid':
      'Account B has not granted this VPC to this CEN for transit routers. Do step 2 (GrantInstanceToTransitRouter with this CEN and Account A’s UID), then attach again.',
    'fix.IllegalParam.VpcId':
      'Account A cannot see this VPC for this CEN. For Account B’s VPC, do step 2 (the grant to this CEN) first, then come back.',
    'fix.InsufficientIpAddr.vsw':
      'A chosen vSwitch has no free IP address left. Choose another vSwitch, or free an address in it, then attach again.',
    'fix.IncorrectStatus.TransitRouter':
      'The transit router is not Active yet. Wait until it is, then retry.',
    'fix.IncorrectStatus.AttachmentOrRouteTable':
      'The attachment or the route table is still changing. Retry in a moment: it is safe.',
    'fix.AssociationExist.TransitRouterTable':
      'The attachment is already associated with a route table of this router.',
  },
  {
    intro:
      '账号A将自己的VPC和账号B的VPC分别连接到各自地域的转发路由器（CreateTransitRouterVpcAttachment），再将每个连接关联到该转发路由器的系统路由表，并向其传播路由：在此之前，连接既不学习也不转发路由。',
    needVpcs: '请先在第1步选择账号A和账号B的VPC。',
    'side.A': '账号A的VPC',
    'side.B': '账号B的VPC',
    vpc: 'VPC {vpcId}（{region}）',
    owner: '所属账号（VpcOwnerId）：{uid}',
    'router.label': '转发路由器',
    'router.missing': '此地域尚无转发路由器：请在第1步创建。',
    'router.notActive': '转发路由器状态为{status}：待其可用后即可连接VPC。',
    'zones.why2':
      '此地域有多个可用区，因此连接在其中两个可用区各使用一个交换机：一个可用区故障时，VPC仍通过另一个保持连接。',
    'zones.why1': '转发路由器在此地域只有一个可用区，因此连接在该可用区使用一个交换机。',
    'zones.slot': '可用区{n}：交换机',
    'zones.option': '{zone} · {name} · {cidr} · {free}',
    'zones.free': '{count}个可用IP',
    'zones.freeUnknown': '可用IP数未知',
    'zones.noFreeIp': '没有可用IP地址（转发路由器需要一个用于其弹性网卡）',
    'zones.sameZone': '已选择此可用区',
    'zones.zoneUnavailable': '转发路由器不能使用此可用区',
    'zones.singleRisk':
      '此VPC只在一个可用区有可用的交换机，连接因此只依赖该可用区：该可用区故障时，VPC将断开。请在此地域的另一个可用区创建交换机，以添加第二个可用区。',
    'zones.create': '账号{account}：在{zone}创建交换机（{cidr}）',
    'zones.create.confirm':
      '账号{account}将在其VPC {vpc} 的可用区{zone}创建网段为{cidr}的交换机（Vpc CreateVSwitch）。该网段是此VPC中第一个未被交换机使用的/24网段。',
    'zones.create.ok': '创建',
    'zones.create.cancel': '取消',
    'zones.noVSwitch':
      '此VPC在转发路由器可用的可用区中没有带可用IP地址的交换机。请创建一个或释放一个地址，然后刷新页面。',
    'zones.loading': '正在读取VPC的交换机及其可用IP地址…',
    'problem.none-chosen': '请选择一个交换机。',
    'problem.unknown-vswitch': '可用区{n}：{id}不是此VPC中可连接的交换机。',
    'problem.no-free-ip':
      '可用区{n}：{id}没有可用IP地址，而转发路由器要在其中创建弹性网卡。请选择其他交换机。',
    'problem.zone-unavailable': '可用区{n}：此地域的转发路由器不能使用可用区{zone}。',
    'problem.same-zone': '可用区{n}：已选择可用区{zone}。请选择另一个可用区的交换机。',
    'problem.second-zone-needed': '可用区2：请同时选择{zones}中的一个交换机，以免一个可用区故障就断开连接。',
    'problem.too-many': '最多10个可用区（已选{count}个）。',
    'attach.A': '连接账号A的VPC',
    'attach.B': '连接账号B的VPC',
    'attach.preflightBlocks': '预检阻止了连接：{reason}',
    'attachment.label': '连接',
    'links.table': '系统路由表',
    'links.association': '关联',
    'links.propagation': '路由传播',
    'links.notYet': '尚未',
    'links.do': '关联并传播',
    'links.wait': '连接状态变为已加载后，请将其关联到转发路由器的系统路由表并向其传播路由。',
    done: '两个VPC均已连接，已关联到各自转发路由器的系统路由表并向其传播路由。下一步：选择两个地域之间连接的计费方式。',
    'fix.Forbidden.ResourceOwnerTransitRouterServiceNotOpen':
      '账号B尚未开通转发路由器服务。请在第1步（转发路由器服务）中开通，然后重新连接。',
    'fix.Forbbiden.TransitRouterServiceNotOpen':
      '账号A的转发路由器服务未开通。请在第1步中开通，然后重新连接。',
    'fix.Forbbiden.AttachChildInstanceAcrossUid':
      '账号B尚未将此VPC授权给此CEN的转发路由器。请完成第2步（GrantInstanceToTransitRouter，填写此CEN和账号A的UID），然后重新连接。',
    'fix.IllegalParam.VpcId':
      '账号A在此CEN下看不到此VPC。如为账号B的VPC，请先完成第2步（授权给此CEN），再回到此处。',
    'fix.InsufficientIpAddr.vsw':
      '所选交换机已没有可用IP地址。请选择其他交换机或释放一个地址，然后重新连接。',
    'fix.IncorrectStatus.TransitRouter': '转发路由器尚不可用。请等待其可用后重试。',
    'fix.IncorrectStatus.AttachmentOrRouteTable': '连接或路由表仍在变更中。请稍后重试，重试是安全的。',
    'fix.AssociationExist.TransitRouterTable': '此连接已关联到此转发路由器的某个路由表。',
  },
);
export type EnterpriseStep3Key = TextKeyOf<typeof TEXTS>;
export const useEnterpriseAttachText = () => useFeatureText(TEXTS);

const FIX_CODES = new Set(
  Object.keys(TEXTS.en)
    .filter((k) => k.startsWith('fix.'))
    .map((k) => k.slice(4)),
);
/** The key of what to do after the cloud refused with `code`, if step 3 has one. */
export const fixKey = (code: string): EnterpriseStep3Key | undefined =>
  FIX_CODES.has(code) ? (`fix.${code}` as EnterpriseStep3Key) : undefined;
