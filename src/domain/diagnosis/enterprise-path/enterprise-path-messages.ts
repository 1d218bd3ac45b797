// The Enterprise-Edition path check's sentences, in English and Simplified Chinese (messages.ts joins them into the
// one table formatMessage reads). The instance, security-group and summary sentences are the Basic ones
// (path/path-messages.ts). Statuses and error codes are the cloud's, verbatim (docs/reference/enterprise-edition.md §2).

export const enterprisePathEn = {
  // ── Hop titles ──
  'ee.hop.cidr': 'The CIDR blocks of {a} and {b} do not overlap',
  'ee.hop.service': 'Account {account}’s transit-router service is on',
  'ee.hop.router': 'The transit router in {region} is Active',
  'ee.hop.grant': 'Account B has granted {vpc} to {cen}',
  'ee.hop.attachment': '{vpc} is attached to the transit router in {region}',
  'ee.hop.association': '{what} is associated with the System route table in {region}',
  'ee.hop.propagation': '{what} propagates its routes to the System route table in {region}',
  'ee.hop.peer': 'The transit routers in {local} and {opposite} are connected',
  'ee.hop.routeOut': '{from} routes {to} to its attachment',
  'ee.hop.routeBack': '{from} routes the reply to {to} to its attachment',
  'ee.what.vpc': 'The attachment of {vpc}',
  'ee.what.peer': 'The connection between the routers',

  // ── CIDR blocks ──
  'ee.cidr.disjoint': '{a} ({aCidr}) and {b} ({bCidr}) do not overlap.',
  'ee.cidr.identical':
    '{a} and {b} have the same CIDR block {aCidr}: a packet for the other VPC never leaves its own.',
  'ee.cidr.overlapping':
    '{a} ({aCidr}) and {b} ({bCidr}) overlap: traffic to the addresses both hold never leaves its own VPC.',

  // ── Transit-router service ──
  'ee.service.on': 'Account {account}’s transit-router service is on.',
  'ee.service.offA':
    'Account {account}’s transit-router service is off: its routers cannot be created (Forbbiden.TransitRouterServiceNotOpen).',
  'ee.service.offB':
    'Account {account}’s transit-router service is off: its VPC cannot be attached (Forbidden.ResourceOwnerTransitRouterServiceNotOpen).',
  'ee.service.open.fix':
    'Account {account} turns its transit-router service on (OpenTransitRouterService): free, but it cannot be undone.',

  // ── Routers ──
  'ee.router.active': '{router} in {region} is Active.',
  'ee.router.missing': '{cen} has no transit router in {region}.',
  'ee.router.missing.fix': 'Account A creates the transit router in {region} (CreateTransitRouter).',
  'ee.router.notActive': '{router} in {region} is {status}, not Active.',
  'ee.router.wait.fix': 'Wait until {router} is Active (usually under a minute), then test again.',
  'ee.router.basic':
    '{router} in {region} is a Basic Edition router: Enterprise Edition calls on it are refused.',
  'ee.router.basic.fix': 'Use the Basic Edition journey for this CEN: start over in step 1.',

  // ── B's grant ──
  'ee.grant.ok': '{vpc} is granted to {cen} with CEN owner {uid} ({orderType}).',
  'ee.grant.attached': '{vpc} is attached to {cen}: its grant was accepted.',
  'ee.grant.missing': 'Account B has not granted {vpc} to {cen}: Account A cannot attach it.',
  'ee.grant.missing.fix':
    'Account B grants {vpc} to {cen} with Account A’s UID {uid} as the CEN owner (GrantInstanceToTransitRouter, {orderType}).',
  'ee.grant.chooseOrder.fix':
    'In step 2, choose who pays for the connection of {vpc}; Account B then grants it to {cen}.',
  'ee.grant.wrongOwner':
    '{vpc} is granted to {cen} with CEN owner UID {wrong}, not Account A’s ({uid}): that grant does not count.',
  'ee.grant.wrongOwner.fix':
    'Account B revokes that grant (RevokeInstanceFromTransitRouter), then grants {vpc} again with {uid} in step 2.',
  'ee.grant.uidUnknown':
    'Account A’s UID is unknown, so the CEN owner of the grant of {vpc} cannot be checked.',
  'ee.grant.uidUnknown.fix':
    'Set CEN_CONNECT_A_UID, or let the console learn it (STS GetCallerIdentity), then test again.',

  // ── VPC attachments ──
  'ee.attach.attached': '{attachment} of {vpc} is Attached to {router}.',
  'ee.attach.noRouter': '{vpc} cannot be attached before the transit router in {region} is Active.',
  'ee.attach.missing': '{vpc} is not attached to {router} in {region}.',
  'ee.attach.missing.fix': 'Attach {vpc} to {router} in step 3, where its zones and vSwitches are chosen.',
  'ee.attach.create.fix':
    'Account A attaches {vpc} to {router} in {zones} (CreateTransitRouterVpcAttachment), then waits until it is Attached.',
  'ee.attach.attaching':
    '{attachment} of {vpc} is still Attaching: the router learns and forwards its routes only once it is Attached.',
  'ee.attach.wait.fix': 'Wait until {attachment} is Attached (it can take a few minutes), then test again.',
  'ee.attach.status': '{attachment} of {vpc} is {status}, not Attached.',
  'ee.attach.status.fix': 'Attach {vpc} again in step 3 once the current operation ends.',

  // ── Route-table links ──
  'ee.link.needs': 'Not checked yet: {what} and the System route table in {region} must exist first.',
  'ee.link.active.association': '{attachment} is associated with {table} (Active).',
  'ee.link.active.propagation': '{attachment} propagates its routes to {table} (Active).',
  'ee.link.missing.association':
    '{attachment} is not associated with {table}: the router does not forward what comes in through it.',
  'ee.link.missing.propagation':
    '{attachment} does not propagate to {table}: the router has not learned the routes behind it.',
  'ee.link.associate.fix':
    'Account A associates {attachment} with {table} (AssociateTransitRouterAttachmentWithRouteTable).',
  'ee.link.propagate.fix':
    'Account A turns on the propagation of {attachment} to {table} (EnableTransitRouterRouteTablePropagation).',
  'ee.link.changing': '{attachment} on {table} is {status}, not yet Active.',
  'ee.link.wait.fix': 'Wait until it is Active (usually under a minute), then test again.',

  // ── The connection between the routers ──
  'ee.peer.needsRouters': 'Not checked yet: the routers in {local} and {opposite} must both be Active first.',
  'ee.peer.attached': '{attachment} connects {local} and {opposite}: Attached, {bandwidth} Mbps ({type}).',
  'ee.peer.missing': 'The routers in {local} and {opposite} are not connected: there is no peer attachment.',
  'ee.peer.missing.fix': 'Connect the routers in step 5 (step 4 chooses how the connection is paid).',
  'ee.peer.create.dataTransfer.fix':
    'Account A connects the routers (CreateTransitRouterPeerAttachment, {bandwidth} Mbps, paid by data transfer).',
  'ee.peer.create.package.fix':
    'Account A connects the routers (CreateTransitRouterPeerAttachment, {bandwidth} Mbps out of the bandwidth plan).',
  'ee.peer.attaching':
    '{attachment} is still {status}: routes cross between {local} and {opposite} only once it is Attached.',
  'ee.peer.wait.fix': 'Wait until {attachment} is Attached (usually a few minutes), then test again.',
  'ee.peer.status': '{attachment} is {status}, not Attached.',
  'ee.peer.status.fix': 'Connect the routers again in step 5 once the current operation ends.',

  // ── VPC routes toward the attachments ──
  'ee.route.ok': '{vpc} sends {destination} to its attachment {attachment} by the route {route}.',
  'ee.route.noAttachment': 'Not checked yet: {vpc} has no attachment to route {destination} to.',
  'ee.route.missing':
    '{vpc} has no route for {destination} toward its attachment {attachment}: the packet never reaches the router.',
  'ee.route.create.fix':
    'Account {account} adds a route to {vpc}: {cidr} → {attachment} (CreateRouteEntry, NextHopType=Attachment).',
  'ee.route.missing.fix': 'In step 5, add the route {cidr} → the attachment of {vpc}.',
  'ee.route.otherNextHop':
    '{vpc} sends {destination} by the route {route} to {nextHop}, not to its attachment {attachment}.',
  'ee.route.otherNextHop.fix':
    'In Account {account}, point the route {route} of {vpc} at {attachment}, or delete it and add the route in step 5.',
  'ee.route.pending': 'The route {route} in {vpc} is {status}, not yet Available.',
  'ee.route.wait.fix': 'Wait until the route is Available (usually seconds), then test again.',
  'ee.route.autoPublish':
    '{vpc} has no route for {destination}; its attachment {attachment} has the router publish its routes into it, which the console cannot confirm.',
  'ee.route.autoPublish.fix':
    'If ping gets no replies, add the route {cidr} → {attachment} to {vpc} in step 5.',
} as const;

export const enterprisePathZh: Record<keyof typeof enterprisePathEn, string> = {
  'ee.hop.cidr': '{a} 与 {b} 的网段不重叠',
  'ee.hop.service': '账号 {account} 已开通转发路由器服务',
  'ee.hop.router': '{region} 的转发路由器可用（Active）',
  'ee.hop.grant': '账号 B 已将 {vpc} 授权给 {cen}',
  'ee.hop.attachment': '{vpc} 已连接到 {region} 的转发路由器',
  'ee.hop.association': '{what} 已关联到 {region} 的系统路由表',
  'ee.hop.propagation': '{what} 已向 {region} 的系统路由表传播路由',
  'ee.hop.peer': '{local} 与 {opposite} 的转发路由器已互连',
  'ee.hop.routeOut': '{from} 将去往 {to} 的流量路由到其连接',
  'ee.hop.routeBack': '{from} 将返回 {to} 的流量路由到其连接',
  'ee.what.vpc': '{vpc} 的连接',
  'ee.what.peer': '转发路由器之间的跨地域连接',

  'ee.cidr.disjoint': '{a}（{aCidr}）与 {b}（{bCidr}）不重叠。',
  'ee.cidr.identical': '{a} 与 {b} 的网段相同（{aCidr}）：去往对方 VPC 的报文不会离开本 VPC。',
  'ee.cidr.overlapping': '{a}（{aCidr}）与 {b}（{bCidr}）重叠：去往两者共有地址的流量不会离开本 VPC。',

  'ee.service.on': '账号 {account} 已开通转发路由器服务。',
  'ee.service.offA':
    '账号 {account} 未开通转发路由器服务：无法创建其转发路由器（Forbbiden.TransitRouterServiceNotOpen）。',
  'ee.service.offB':
    '账号 {account} 未开通转发路由器服务：无法连接其 VPC（Forbidden.ResourceOwnerTransitRouterServiceNotOpen）。',
  'ee.service.open.fix':
    '账号 {account} 开通转发路由器服务（OpenTransitRouterService）：免费，但开通后无法关闭。',

  'ee.router.active': '{region} 的 {router} 可用（Active）。',
  'ee.router.missing': '{cen} 在 {region} 没有转发路由器。',
  'ee.router.missing.fix': '账号 A 在 {region} 创建转发路由器（CreateTransitRouter）。',
  'ee.router.notActive': '{region} 的 {router} 状态为 {status}，不是 Active。',
  'ee.router.wait.fix': '等待 {router} 变为 Active（通常不到一分钟），然后重新测试。',
  'ee.router.basic': '{region} 的 {router} 是基础版转发路由器：企业版的调用会被拒绝。',
  'ee.router.basic.fix': '请为此 CEN 使用基础版流程：在第 1 步重新开始。',

  'ee.grant.ok': '{vpc} 已授权给 {cen}，CEN 所有者为 {uid}（{orderType}）。',
  'ee.grant.attached': '{vpc} 已连接到 {cen}：其授权已被接受。',
  'ee.grant.missing': '账号 B 尚未将 {vpc} 授权给 {cen}：账号 A 无法连接它。',
  'ee.grant.missing.fix':
    '账号 B 将 {vpc} 授权给 {cen}，以账号 A 的 UID {uid} 作为 CEN 所有者（GrantInstanceToTransitRouter，{orderType}）。',
  'ee.grant.chooseOrder.fix': '在第 2 步选择由谁为 {vpc} 的连接付费；然后账号 B 将其授权给 {cen}。',
  'ee.grant.wrongOwner':
    '{vpc} 授权给 {cen} 时填写的 CEN 所有者 UID 是 {wrong}，不是账号 A 的（{uid}）：该授权无效。',
  'ee.grant.wrongOwner.fix':
    '账号 B 撤销该授权（RevokeInstanceFromTransitRouter），然后在第 2 步以 {uid} 重新授权 {vpc}。',
  'ee.grant.uidUnknown': '账号 A 的 UID 未知，无法检查 {vpc} 授权中的 CEN 所有者。',
  'ee.grant.uidUnknown.fix':
    '设置 CEN_CONNECT_A_UID，或让控制台自动获取（STS GetCallerIdentity），然后重新测试。',

  'ee.attach.attached': '{vpc} 的 {attachment} 已连接到 {router}（Attached）。',
  'ee.attach.noRouter': '{region} 的转发路由器变为 Active 之前，无法连接 {vpc}。',
  'ee.attach.missing': '{vpc} 未连接到 {region} 的 {router}。',
  'ee.attach.missing.fix': '在第 3 步将 {vpc} 连接到 {router}，并在那里选择其可用区和交换机。',
  'ee.attach.create.fix':
    '账号 A 将 {vpc} 连接到 {router}，使用 {zones}（CreateTransitRouterVpcAttachment），然后等待其变为 Attached。',
  'ee.attach.attaching':
    '{vpc} 的 {attachment} 仍在连接中（Attaching）：变为 Attached 后转发路由器才会学习和转发其路由。',
  'ee.attach.wait.fix': '等待 {attachment} 变为 Attached（可能需要几分钟），然后重新测试。',
  'ee.attach.status': '{vpc} 的 {attachment} 状态为 {status}，不是 Attached。',
  'ee.attach.status.fix': '当前操作结束后，在第 3 步重新连接 {vpc}。',

  'ee.link.needs': '尚未检查：{what} 和 {region} 的系统路由表必须先存在。',
  'ee.link.active.association': '{attachment} 已关联到 {table}（Active）。',
  'ee.link.active.propagation': '{attachment} 已向 {table} 传播路由（Active）。',
  'ee.link.missing.association': '{attachment} 未关联到 {table}：转发路由器不会转发从它进入的流量。',
  'ee.link.missing.propagation': '{attachment} 未向 {table} 传播路由：转发路由器没有学到它背后的路由。',
  'ee.link.associate.fix':
    '账号 A 将 {attachment} 关联到 {table}（AssociateTransitRouterAttachmentWithRouteTable）。',
  'ee.link.propagate.fix':
    '账号 A 开启 {attachment} 到 {table} 的路由传播（EnableTransitRouterRouteTablePropagation）。',
  'ee.link.changing': '{attachment} 在 {table} 上的状态为 {status}，尚未生效（Active）。',
  'ee.link.wait.fix': '等待其变为 Active（通常不到一分钟），然后重新测试。',

  'ee.peer.needsRouters': '尚未检查：{local} 与 {opposite} 的转发路由器都必须先变为 Active。',
  'ee.peer.attached': '{attachment} 连接 {local} 与 {opposite}：Attached，{bandwidth} Mbps（{type}）。',
  'ee.peer.missing': '{local} 与 {opposite} 的转发路由器之间没有跨地域连接。',
  'ee.peer.missing.fix': '在第 5 步连接两个转发路由器（第 4 步选择连接的付费方式）。',
  'ee.peer.create.dataTransfer.fix':
    '账号 A 连接两个转发路由器（CreateTransitRouterPeerAttachment，{bandwidth} Mbps，按流量付费）。',
  'ee.peer.create.package.fix':
    '账号 A 连接两个转发路由器（CreateTransitRouterPeerAttachment，从带宽包中分配 {bandwidth} Mbps）。',
  'ee.peer.attaching':
    '{attachment} 仍为 {status}：变为 Attached 后路由才会在 {local} 与 {opposite} 之间传递。',
  'ee.peer.wait.fix': '等待 {attachment} 变为 Attached（通常需要几分钟），然后重新测试。',
  'ee.peer.status': '{attachment} 的状态为 {status}，不是 Attached。',
  'ee.peer.status.fix': '当前操作结束后，在第 5 步重新连接两个转发路由器。',

  'ee.route.ok': '{vpc} 通过路由 {route} 将 {destination} 发往其连接 {attachment}。',
  'ee.route.noAttachment': '尚未检查：{vpc} 还没有可将 {destination} 路由过去的连接。',
  'ee.route.missing': '{vpc} 没有将 {destination} 指向其连接 {attachment} 的路由：报文到不了转发路由器。',
  'ee.route.create.fix':
    '账号 {account} 在 {vpc} 中添加路由：{cidr} → {attachment}（CreateRouteEntry，NextHopType=Attachment）。',
  'ee.route.missing.fix': '在第 5 步添加路由 {cidr} → {vpc} 的连接。',
  'ee.route.otherNextHop':
    '{vpc} 通过路由 {route} 将 {destination} 发往 {nextHop}，而不是其连接 {attachment}。',
  'ee.route.otherNextHop.fix':
    '在账号 {account} 中，将 {vpc} 的路由 {route} 指向 {attachment}，或删除它并在第 5 步添加路由。',
  'ee.route.pending': '{vpc} 中的路由 {route} 状态为 {status}，尚未可用（Available）。',
  'ee.route.wait.fix': '等待路由变为 Available（通常几秒钟），然后重新测试。',
  'ee.route.autoPublish':
    '{vpc} 没有去往 {destination} 的路由；其连接 {attachment} 设置了由转发路由器向其发布路由，控制台无法确认其效果。',
  'ee.route.autoPublish.fix': '如果 ping 没有回复，请在第 5 步向 {vpc} 添加路由 {cidr} → {attachment}。',
};
