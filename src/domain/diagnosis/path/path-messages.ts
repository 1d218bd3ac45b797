// The path check's sentences, in English and Simplified Chinese: hop titles, then one section per hop family,
// then the summaries; messages.ts joins them into the one table formatMessage reads.

export const pathEn = {
  // ── Path: hop titles ──
  'path.hop.sourceInstance': 'Source instance (Account {account}) is running',
  'path.hop.targetInstance': 'Target instance (Account {account}) is running',
  'path.hop.sourceEgress': 'Source security group (Account {account}) lets ICMP out',
  'path.hop.targetIngress': 'Target security group (Account {account}) accepts ICMP from the source',
  'path.hop.sourceAttachment': '{vpc} is attached to the CEN',
  'path.hop.targetAttachment': '{vpc} is attached to the CEN',
  'path.hop.routeOut': '{from} has a route to {to}',
  'path.hop.routeBack': '{from} has a route back to {to}',
  'path.hop.regionConnection': 'Region connection {local} ↔ {opposite}',

  // ── Path: instances ──
  'path.instance.running': '{instance} ({ip}) is Running in {vpc}.',
  'path.instance.notRunning': '{instance} is {status}, not Running.',
  'path.instance.notRunning.fix': 'Start {instance} in Account {account}, then test again.',
  'path.instance.otherVpc': '{instance} is in {actual}, not in {vpc}.',
  'path.instance.otherVpc.fix': 'Pick an instance in {vpc}.',

  // ── Path: attachments ──
  'path.attach.attached': '{vpc} is Attached to {cen}.',
  'path.attach.missing': '{vpc} is not attached to {cen}.',
  'path.attach.missing.fix': 'Attach {vpc} to {cen} in step 3.',
  'path.attach.attaching': '{vpc} is still Attaching to {cen}; routes are learned only once it is Attached.',
  'path.attach.attaching.fix': 'Wait until {vpc} is Attached (usually under a minute), then test again.',
  'path.attach.status': '{vpc} is {status} on {cen}, not Attached.',
  'path.attach.status.fix': 'Attach {vpc} to {cen} again once the current operation ends.',

  // ── Path: routes ──
  'path.route.notRead':
    'The route table of {vpc} was not read, so the route to {destination} cannot be confirmed.',
  'path.route.notRead.fix':
    'Read the routes of {vpc} (DescribeCenChildInstanceRouteEntries with Account A’s keys) and test again.',
  'path.route.ok': '{vpc} sends {destination} to {peer} by the learned route {route}.',
  'path.route.local':
    '{vpc}’s own route {route} covers {destination}, so the packet never leaves {vpc}: the CIDR blocks overlap.',
  'path.route.otherNextHop': '{vpc} sends {destination} by route {route} to {nextHop}, not to {peer}.',
  'path.route.rejected': 'The route {route} to {destination} in {vpc} is {status}, not Active.',
  'path.route.rejectedConflict':
    'The route {route} to {destination} in {vpc} is {status}: it conflicts with {conflicts}.',
  'path.route.missing': '{vpc} has no route to {destination} ({peer}).',
  'path.route.missing.fix':
    'Check that {vpc} and {peer} are both Attached to the same CEN; the CEN learns their vSwitch routes once they are.',
  'path.route.overlap.fix':
    'Overlapping CIDR blocks: use networks whose blocks do not overlap, or move the instances out of the overlapping range.',

  // ── Path: region connection ──
  'path.region.sameRegion': 'Both networks are in {local}: no region connection is needed.',
  'path.region.ok': '{limit} Mbps between {local} and {opposite} ({status}).',
  'path.region.notActive': '{limit} Mbps between {local} and {opposite} is {status}, not yet Active.',
  'path.region.notActive.fix': 'Wait until the region connection is Active, then test again.',
  'path.region.testOnly':
    'No region connection between {local} and {opposite}: only the free 1 Kbps test bandwidth. Ping can get through; real traffic will not.',
  'path.region.setLimit.fix':
    'In step 5, set a region connection between {local} and {opposite} from package {pkg}.',
  'path.region.buyPackage.fix':
    'Buy a bandwidth package for {localArea} ↔ {oppositeArea} (step 4), then set a region connection between {local} and {opposite} (step 5).',

  // ── Path: security groups ──
  'path.sg.groupNotRead': 'The rules of {groups} were not read, and any of them could decide.',
  'path.sg.groupNotRead.fix':
    'Read {groups} with Account {account}’s keys (DescribeSecurityGroupAttribute), then test again.',
  'path.sg.egressDefault':
    'No outbound rule in {groups} matches ICMP to {target}; outbound traffic is allowed by default.',
  'path.sg.egressAllowed':
    '{group} allows it: outbound {protocol} to {peer}, {policy}, priority {priority}{rule}.',
  'path.sg.egressDropped':
    '{group} drops it: outbound {protocol} to {peer}, {policy}, priority {priority}{rule} matches {target}.',
  'path.sg.egressDropped.fix':
    'In Account {account}, delete or narrow the outbound rule of {group} that drops {protocol} to {peer}{rule}.',
  'path.sg.ingressAllowed':
    '{group} allows it: inbound {protocol} from {peer}, {policy}, priority {priority}{rule}.',
  'path.sg.ingressAllowedIpOnly':
    '{group} allows it: inbound {protocol} from {peer}, {policy}, priority {priority}{rule}. This covers {source} but not all of {cidr}.',
  'path.sg.ingressMissing':
    'No inbound rule in {groups} accepts ICMP from {source}; inbound traffic is denied by default.',
  'path.sg.ingressMissingNear':
    'No inbound rule in {groups} accepts ICMP from {source}. The closest, {near_protocol} from {near_peer}{near_rule} in {near_group}, does not cover it.',
  'path.sg.ingressMissingPort':
    'No inbound rule in {groups} accepts ICMP from {source}. {near_protocol} from {near_peer}{near_rule} in {near_group} has port range {near_portRange}; ICMP rules need -1/-1.',
  'path.sg.ingressDropped':
    '{group} drops it: inbound {protocol} from {peer}, {policy}, priority {priority}{rule} matches {source}.',
  'path.sg.addRule.fix':
    'In Account {account}, add an inbound rule to {group}: ICMP, port range -1/-1, source {cidr}, Accept, priority 1.',
  'path.sg.outrankDrop.fix':
    'Add an inbound rule to {group} that outranks it: ICMP, port range -1/-1, source {cidr}, Accept, priority 1 (the Drop rule has priority {priority}).',
  'path.sg.removeDrop.fix':
    'In Account {account}, delete or narrow the Drop rule of {group} ({protocol} from {peer}{rule}): at priority 1 no Accept rule can outrank it.',

  // ── Path: summaries ──
  'path.summary.reachable': 'Account {from} → Account {to}: every hop passes; ping should get replies.',
  'path.summary.limited':
    'Account {from} → Account {to}: ping can pass, but real traffic cannot — see “{hop}”.',
  'path.summary.blocked': 'Account {from} → Account {to} is blocked at “{hop}”.',
  'path.summary.unknown': 'Account {from} → Account {to} could not be fully checked — see “{hop}”.',
  'path.overall.reachable': 'Both directions pass. {aToB} {bToA}',
  'path.overall.limited': 'Ping can pass, but real traffic is limited. {aToB} {bToA}',
  'path.overall.blocked': 'Connectivity is blocked. {aToB} {bToA}',
  'path.overall.unknown': 'Not everything could be checked — this is not a pass. {aToB} {bToA}',
} as const;

export const pathZh: Record<keyof typeof pathEn, string> = {
  'path.hop.sourceInstance': '源实例（账号 {account}）正在运行',
  'path.hop.targetInstance': '目标实例（账号 {account}）正在运行',
  'path.hop.sourceEgress': '源安全组（账号 {account}）允许 ICMP 出方向',
  'path.hop.targetIngress': '目标安全组（账号 {account}）允许来自源的 ICMP',
  'path.hop.sourceAttachment': '{vpc} 已加载到 CEN',
  'path.hop.targetAttachment': '{vpc} 已加载到 CEN',
  'path.hop.routeOut': '{from} 有去往 {to} 的路由',
  'path.hop.routeBack': '{from} 有返回 {to} 的路由',
  'path.hop.regionConnection': '跨地域连接 {local} ↔ {opposite}',

  'path.instance.running': '{instance}（{ip}）在 {vpc} 中运行中（Running）。',
  'path.instance.notRunning': '{instance} 的状态是 {status}，不是 Running。',
  'path.instance.notRunning.fix': '在账号 {account} 中启动 {instance}，然后重新测试。',
  'path.instance.otherVpc': '{instance} 位于 {actual}，不在 {vpc} 中。',
  'path.instance.otherVpc.fix': '请选择 {vpc} 中的实例。',

  'path.attach.attached': '{vpc} 已加载到 {cen}（Attached）。',
  'path.attach.missing': '{vpc} 未加载到 {cen}。',
  'path.attach.missing.fix': '在第 3 步将 {vpc} 加载到 {cen}。',
  'path.attach.attaching': '{vpc} 仍在加载到 {cen}（Attaching）；加载完成（Attached）后才会学习路由。',
  'path.attach.attaching.fix': '等待 {vpc} 变为 Attached（通常不到一分钟），然后重新测试。',
  'path.attach.status': '{vpc} 在 {cen} 上的状态是 {status}，不是 Attached。',
  'path.attach.status.fix': '当前操作结束后，重新将 {vpc} 加载到 {cen}。',

  'path.route.notRead': '未读取 {vpc} 的路由表，无法确认去往 {destination} 的路由。',
  'path.route.notRead.fix':
    '读取 {vpc} 的路由（使用账号 A 的密钥调用 DescribeCenChildInstanceRouteEntries），然后重新测试。',
  'path.route.ok': '{vpc} 通过学习到的路由 {route} 将 {destination} 发往 {peer}。',
  'path.route.local': '{vpc} 自己的路由 {route} 覆盖了 {destination}，报文不会离开 {vpc}：网段重叠。',
  'path.route.otherNextHop': '{vpc} 通过路由 {route} 将 {destination} 发往 {nextHop}，而不是 {peer}。',
  'path.route.rejected': '{vpc} 中去往 {destination} 的路由 {route} 状态为 {status}，不是 Active。',
  'path.route.rejectedConflict':
    '{vpc} 中去往 {destination} 的路由 {route} 状态为 {status}：与 {conflicts} 冲突。',
  'path.route.missing': '{vpc} 没有去往 {destination}（{peer}）的路由。',
  'path.route.missing.fix':
    '确认 {vpc} 和 {peer} 都已加载到同一个 CEN（Attached）；加载后 CEN 会学习它们的交换机路由。',
  'path.route.overlap.fix': '网段重叠：请使用网段不重叠的网络，或把实例移出重叠的地址范围。',

  'path.region.sameRegion': '两个网络都在 {local}：不需要跨地域连接。',
  'path.region.ok': '{local} 与 {opposite} 之间有 {limit} Mbps（{status}）。',
  'path.region.notActive': '{local} 与 {opposite} 之间的 {limit} Mbps 状态为 {status}，尚未生效（Active）。',
  'path.region.notActive.fix': '等待跨地域连接变为 Active，然后重新测试。',
  'path.region.testOnly':
    '{local} 与 {opposite} 之间没有跨地域连接，只有免费的 1 Kbps 测试带宽：ping 可以通，实际业务流量无法正常传输。',
  'path.region.setLimit.fix': '在第 5 步，使用带宽包 {pkg} 设置 {local} 与 {opposite} 之间的跨地域带宽。',
  'path.region.buyPackage.fix':
    '购买 {localArea} ↔ {oppositeArea} 的带宽包（第 4 步），然后设置 {local} 与 {opposite} 之间的跨地域带宽（第 5 步）。',

  'path.sg.groupNotRead': '未读取 {groups} 的规则，其中任何一条都可能起决定作用。',
  'path.sg.groupNotRead.fix':
    '使用账号 {account} 的密钥读取 {groups}（DescribeSecurityGroupAttribute），然后重新测试。',
  'path.sg.egressDefault': '{groups} 中没有匹配去往 {target} 的 ICMP 出方向规则；出方向默认允许。',
  'path.sg.egressAllowed': '{group} 允许：出方向 {protocol} 到 {peer}，{policy}，优先级 {priority}{rule}。',
  'path.sg.egressDropped':
    '{group} 拒绝：出方向 {protocol} 到 {peer}，{policy}，优先级 {priority}{rule} 匹配 {target}。',
  'path.sg.egressDropped.fix':
    '在账号 {account} 中，删除或收窄 {group} 中拒绝 {protocol} 到 {peer}{rule} 的出方向规则。',
  'path.sg.ingressAllowed':
    '{group} 允许：入方向 {protocol} 来自 {peer}，{policy}，优先级 {priority}{rule}。',
  'path.sg.ingressAllowedIpOnly':
    '{group} 允许：入方向 {protocol} 来自 {peer}，{policy}，优先级 {priority}{rule}。它覆盖 {source}，但没有覆盖整个 {cidr}。',
  'path.sg.ingressMissing': '{groups} 中没有允许来自 {source} 的 ICMP 入方向规则；入方向默认拒绝。',
  'path.sg.ingressMissingNear':
    '{groups} 中没有允许来自 {source} 的 ICMP 入方向规则。最接近的规则是 {near_group} 中来自 {near_peer} 的 {near_protocol}{near_rule}，但它不覆盖该地址。',
  'path.sg.ingressMissingPort':
    '{groups} 中没有允许来自 {source} 的 ICMP 入方向规则。{near_group} 中来自 {near_peer} 的 {near_protocol}{near_rule} 端口范围是 {near_portRange}；ICMP 规则需要 -1/-1。',
  'path.sg.ingressDropped':
    '{group} 拒绝：入方向 {protocol} 来自 {peer}，{policy}，优先级 {priority}{rule} 匹配 {source}。',
  'path.sg.addRule.fix':
    '在账号 {account} 中，为 {group} 添加入方向规则：ICMP，端口范围 -1/-1，授权对象 {cidr}，允许（Accept），优先级 1。',
  'path.sg.outrankDrop.fix':
    '为 {group} 添加一条优先级更高的入方向规则：ICMP，端口范围 -1/-1，授权对象 {cidr}，允许（Accept），优先级 1（该拒绝规则的优先级是 {priority}）。',
  'path.sg.removeDrop.fix':
    '在账号 {account} 中，删除或收窄 {group} 中的拒绝规则（来自 {peer} 的 {protocol}{rule}）：它的优先级是 1，任何允许规则都无法优先于它。',

  'path.summary.reachable': '账号 {from} → 账号 {to}：每一跳都通过，ping 应该能收到回复。',
  'path.summary.limited': '账号 {from} → 账号 {to}：ping 可以通，但实际业务流量无法通过——见“{hop}”。',
  'path.summary.blocked': '账号 {from} → 账号 {to} 被阻断于“{hop}”。',
  'path.summary.unknown': '账号 {from} → 账号 {to} 无法完整检查——见“{hop}”。',
  'path.overall.reachable': '两个方向都通过。{aToB}{bToA}',
  'path.overall.limited': 'ping 可以通，但实际流量受限。{aToB}{bToA}',
  'path.overall.blocked': '连通性被阻断。{aToB}{bToA}',
  'path.overall.unknown': '部分项目无法检查——这不代表检查通过。{aToB}{bToA}',
};
