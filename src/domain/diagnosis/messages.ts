// Every user-facing sentence of the diagnosis, in English and Simplified Chinese: the console speaks both, and
// a sentence missing in one of them is a test failure (messages.test.ts). The engine returns { key, params }; the
// web calls formatMessage with its locale. Placeholders are {name}; a region or area parameter is rendered with its
// localized name (regions.ts), so the engine never chooses a language. Wording: plain, one fact per sentence, the ID or number that proves it.
import { fillPlaceholders } from '../fill-placeholders';
import { areaLabel, regionLabel, type Locale } from '../regions';

export const en = {
  // ── Could not inspect ──
  'common.notInspected':
    'Could not check: {action} with Account {account}’s keys was refused ({code}). This is not a pass.',
  'common.notInspected.permission.fix':
    'Give Account {account}’s AccessKey (its RAM user or role) permission for {action}, then run the check again.',
  'common.notInspected.retry.fix': 'Run the check again; if {action} keeps failing, open the error details.',

  // ── Preflight: CIDR blocks ──
  'preflight.cidr.title': 'CIDR blocks of {a} and {b}',
  'preflight.cidr.inCen.title': 'CIDR blocks of the networks already in {cen}',
  'preflight.cidr.identical':
    '{a} uses {aCidr} and {b} uses {bCidr}: the same block. The CEN (protection level {level}) refuses to attach two networks with identical CIDR blocks.',
  'preflight.cidr.identical.fix':
    'Attach a network whose CIDR block is not {cidr} instead of {b}; a VPC’s primary CIDR block cannot be changed.',
  'preflight.cidr.overlapping':
    '{a} uses {aCidr} and {b} uses {bCidr}: the blocks overlap. The attach is allowed, but the overlapping routes conflict and addresses in the overlap cannot reach each other.',
  'preflight.cidr.overlapping.fix':
    'Prefer networks whose CIDR blocks do not overlap. If you attach anyway, check the learned routes in step 6.',
  'preflight.cidr.disjoint': '{a} ({aCidr}) and {b} ({bCidr}) do not overlap.',
  'preflight.cidr.unparsed': '{cidr} is not an IPv4 CIDR block, so it cannot be compared.',

  // ── Preflight: grant ──
  'preflight.grant.title': 'Grant for {vpc} (Account {account})',
  'preflight.grant.sameAccount': '{vpc} belongs to the CEN owner’s account: no grant is needed.',
  'preflight.grant.ok': '{vpc} is granted to {cen}, owner UID {uid}.',
  'preflight.grant.missing':
    'Account {account} has not granted {vpc} to {cen}. Attaching it from another account will be refused (Forbbiden.AttachChildInstanceAcrossUid).',
  'preflight.grant.missingSeenFromCen':
    '{cen} has no grant for {vpc} (seen from the CEN owner’s side). Attaching it will be refused (Forbbiden.AttachChildInstanceAcrossUid).',
  'preflight.grant.missing.fix':
    'In Account {account}, grant {vpc} to CEN {cen} with CEN owner UID {uid} (step 2, GrantInstanceToCen).',
  'preflight.grant.otherCen': '{vpc} is granted to {others}, but not to {cen}.',
  'preflight.grant.wrongOwner':
    '{vpc} is granted to {cen} with owner UID {granted}, but {cen} belongs to UID {uid}. The attach will be refused.',
  'preflight.grant.wrongOwner.fix':
    'In Account {account}, revoke the grant of {vpc} to {cen} (owner {granted}) and grant it again with CEN owner UID {uid}.',
  'preflight.grant.notRead': 'The grants of {vpc} were not read, so the grant cannot be confirmed.',

  // ── Preflight: areas and packages ──
  'preflight.areas.title': 'Bandwidth package for {local} ↔ {opposite}',
  'preflight.areas.unknownRegion': 'Region {region} is not in the CEN area catalogue.',
  'preflight.areas.unknownRegion.fix': 'Choose a network in a region listed for CEN, not {region}.',
  'preflight.areas.noPackage':
    'The CEN has no bandwidth package yet. Between {local} and {opposite} ({localArea} ↔ {oppositeArea}) only the free 1 Kbps test bandwidth is available.',
  'preflight.areas.notCovered':
    'No bandwidth package of this CEN connects {localArea} and {oppositeArea}, which {local} ↔ {opposite} needs. Packages: {packages}.',
  'preflight.areas.buy.fix': 'In step 4, buy a bandwidth package for the areas {localArea} ↔ {oppositeArea}.',
  'preflight.areas.notAssociated':
    'Package {pkg} connects {localArea} ↔ {oppositeArea} but is not associated with this CEN.',
  'preflight.areas.associate.fix': 'Associate {pkg} with {cen} (AssociateCenBandwidthPackage).',
  'preflight.areas.covered':
    'Package {pkg} connects {localArea} ↔ {oppositeArea}: it covers {local} ↔ {opposite}.',
  'preflight.areas.plannedCovers':
    'The package you plan to buy connects {localArea} ↔ {oppositeArea}: it covers {local} ↔ {opposite}.',
  'preflight.package': '{pkg} ({areaA} ↔ {areaB})',
  'preflight.package.planned': 'the package you plan to buy ({areaA} ↔ {areaB})',
  'preflight.span.title': 'One bandwidth package per pair of areas',
  'preflight.span.ok': 'Each pair of areas has one package: {spans}.',
  'preflight.span.duplicate':
    'The area pair {span} has more than one package: {existing}. A CEN takes one package per area pair (InvalidOperation.BwpForGeoSpanAlreadyAssociated).',
  'preflight.span.duplicate.fix': 'Keep one package for {span} on this CEN and unassociate the others.',
  'preflight.span.plannedDuplicate':
    'The CEN already has package {existing} for {span}. Buying another for the same areas cannot be associated (InvalidOperation.BwpForGeoSpanAlreadyAssociated).',
  'preflight.span.plannedDuplicate.fix':
    'Do not buy a new package: use {existing}, or raise its bandwidth if it is too small.',
  'preflight.packageBandwidth.title': 'Bandwidth of the package to buy',
  'preflight.packageBandwidth.ok': '{value} Mbps is within {min}–{max} Mbps.',
  'preflight.packageBandwidth.range': '{value} Mbps is outside {min}–{max} Mbps.',
  'preflight.packageBandwidth.range.fix': 'Enter a whole number of Mbps from {min} to {max}.',

  // ── Preflight: region connection limits ──
  'preflight.limit.title': 'Region connection {local} ↔ {opposite}',
  'preflight.limit.ok': '{limit} Mbps fits: {allocated} of {total} Mbps is already allocated in {pkg}.',
  'preflight.limit.zero':
    'A limit of 0 Mbps removes the connection: only the free 1 Kbps test bandwidth would remain.',
  'preflight.limit.sameRegion': 'Both ends are in the same region: a region connection needs two regions.',
  'preflight.limit.unknownRegion': 'Region {region} is not in the CEN area catalogue.',
  'preflight.limit.outsideAreas': '{local} and {opposite} are not in the package’s two areas.',
  'preflight.limit.range': '{limit} Mbps is outside {min}–{max} Mbps (the package’s total).',
  'preflight.limit.overBudget':
    '{requested} Mbps does not fit: {allocated} Mbps of the package’s {total} Mbps is allocated to other connections, so {remaining} Mbps is left.',
  'preflight.limit.lower.fix': 'Set at most {max} Mbps, or raise the package’s bandwidth first.',
  'preflight.limit.regions.fix': 'Choose two regions in the package’s two areas.',

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

  // ── Ping ──
  'ping.manual': 'On the instance in Account {from}, run: {command}',
  'ping.replied': '{target}: {received} of {transmitted} replies, {loss}% loss, average {avg} ms.',
  'ping.partial': '{target}: only {received} of {transmitted} replies ({loss}% loss).',
  'ping.lost': '{target}: no replies ({transmitted} sent, {loss}% loss).',
  'ping.unreadable': 'The output of ping to {target} has no statistics line; read it below.',
} as const;

export type MessageKey = keyof typeof en;

export const zhCN: Record<MessageKey, string> = {
  'common.notInspected':
    '无法检查：使用账号 {account} 的密钥调用 {action} 被拒绝（{code}）。这不代表检查通过。',
  'common.notInspected.permission.fix':
    '为账号 {account} 的 AccessKey（其 RAM 用户或角色）授予 {action} 的权限，然后重新检查。',
  'common.notInspected.retry.fix': '请重新检查；如果 {action} 仍然失败，请查看错误详情。',

  'preflight.cidr.title': '{a} 与 {b} 的网段',
  'preflight.cidr.inCen.title': '{cen} 中已有网络的网段',
  'preflight.cidr.identical':
    '{a} 使用 {aCidr}，{b} 使用 {bCidr}：网段相同。CEN（保护级别 {level}）拒绝加载网段完全相同的两个网络。',
  'preflight.cidr.identical.fix': '请改为加载网段不是 {cidr} 的网络来替代 {b}；VPC 的主网段无法修改。',
  'preflight.cidr.overlapping':
    '{a} 使用 {aCidr}，{b} 使用 {bCidr}：网段重叠。允许加载，但重叠部分的路由会冲突，重叠范围内的地址无法互通。',
  'preflight.cidr.overlapping.fix': '建议选择网段不重叠的网络。如果仍要加载，请在第 6 步检查学习到的路由。',
  'preflight.cidr.disjoint': '{a}（{aCidr}）与 {b}（{bCidr}）不重叠。',
  'preflight.cidr.unparsed': '{cidr} 不是 IPv4 网段，无法比较。',

  'preflight.grant.title': '{vpc} 的授权（账号 {account}）',
  'preflight.grant.sameAccount': '{vpc} 属于 CEN 所有者的账号，无需授权。',
  'preflight.grant.ok': '{vpc} 已授权给 {cen}，所有者 UID 为 {uid}。',
  'preflight.grant.missing':
    '账号 {account} 尚未将 {vpc} 授权给 {cen}。跨账号加载会被拒绝（Forbbiden.AttachChildInstanceAcrossUid）。',
  'preflight.grant.missingSeenFromCen':
    '{cen} 没有 {vpc} 的授权（从 CEN 所有者一侧查看）。加载会被拒绝（Forbbiden.AttachChildInstanceAcrossUid）。',
  'preflight.grant.missing.fix':
    '在账号 {account} 中，将 {vpc} 授权给 CEN {cen}，CEN 所有者 UID 填 {uid}（第 2 步，GrantInstanceToCen）。',
  'preflight.grant.otherCen': '{vpc} 已授权给 {others}，但没有授权给 {cen}。',
  'preflight.grant.wrongOwner':
    '{vpc} 已授权给 {cen}，但填写的所有者 UID 是 {granted}，而 {cen} 属于 UID {uid}。加载会被拒绝。',
  'preflight.grant.wrongOwner.fix':
    '在账号 {account} 中，撤销 {vpc} 对 {cen}（所有者 {granted}）的授权，再以 CEN 所有者 UID {uid} 重新授权。',
  'preflight.grant.notRead': '未读取 {vpc} 的授权信息，无法确认授权。',

  'preflight.areas.title': '{local} ↔ {opposite} 的带宽包',
  'preflight.areas.unknownRegion': '地域 {region} 不在 CEN 的区域目录中。',
  'preflight.areas.unknownRegion.fix': '请选择 CEN 支持的地域中的网络，而不是 {region}。',
  'preflight.areas.noPackage':
    '该 CEN 还没有带宽包。{local} 与 {opposite}（{localArea} ↔ {oppositeArea}）之间只有免费的 1 Kbps 测试带宽。',
  'preflight.areas.notCovered':
    '该 CEN 没有连接 {localArea} 与 {oppositeArea} 的带宽包，而 {local} ↔ {opposite} 需要它。现有带宽包：{packages}。',
  'preflight.areas.buy.fix': '在第 4 步购买互通区域为 {localArea} ↔ {oppositeArea} 的带宽包。',
  'preflight.areas.notAssociated': '带宽包 {pkg} 连接 {localArea} ↔ {oppositeArea}，但未绑定到该 CEN。',
  'preflight.areas.associate.fix': '将 {pkg} 绑定到 {cen}（AssociateCenBandwidthPackage）。',
  'preflight.areas.covered': '带宽包 {pkg} 连接 {localArea} ↔ {oppositeArea}，覆盖 {local} ↔ {opposite}。',
  'preflight.areas.plannedCovers':
    '计划购买的带宽包连接 {localArea} ↔ {oppositeArea}，覆盖 {local} ↔ {opposite}。',
  'preflight.package': '{pkg}（{areaA} ↔ {areaB}）',
  'preflight.package.planned': '计划购买的带宽包（{areaA} ↔ {areaB}）',
  'preflight.span.title': '每对互通区域一个带宽包',
  'preflight.span.ok': '每对互通区域各有一个带宽包：{spans}。',
  'preflight.span.duplicate':
    '互通区域 {span} 有多个带宽包：{existing}。一个 CEN 每对互通区域只能绑定一个带宽包（InvalidOperation.BwpForGeoSpanAlreadyAssociated）。',
  'preflight.span.duplicate.fix': '在该 CEN 上为 {span} 只保留一个带宽包，解绑其余的。',
  'preflight.span.plannedDuplicate':
    '该 CEN 已有 {span} 的带宽包 {existing}。再购买相同互通区域的带宽包将无法绑定（InvalidOperation.BwpForGeoSpanAlreadyAssociated）。',
  'preflight.span.plannedDuplicate.fix': '不要购买新带宽包：使用 {existing}，如果带宽不够请升级它。',
  'preflight.packageBandwidth.title': '要购买的带宽包的带宽',
  'preflight.packageBandwidth.ok': '{value} Mbps 在 {min}–{max} Mbps 范围内。',
  'preflight.packageBandwidth.range': '{value} Mbps 不在 {min}–{max} Mbps 范围内。',
  'preflight.packageBandwidth.range.fix': '请输入 {min} 到 {max} 之间的整数（Mbps）。',

  'preflight.limit.title': '跨地域连接 {local} ↔ {opposite}',
  'preflight.limit.ok': '{limit} Mbps 可以分配：{pkg} 共 {total} Mbps，已分配 {allocated} Mbps。',
  'preflight.limit.zero': '带宽设为 0 Mbps 会删除该连接：只剩免费的 1 Kbps 测试带宽。',
  'preflight.limit.sameRegion': '两端在同一地域：跨地域连接需要两个不同的地域。',
  'preflight.limit.unknownRegion': '地域 {region} 不在 CEN 的区域目录中。',
  'preflight.limit.outsideAreas': '{local} 和 {opposite} 不在带宽包的两个互通区域内。',
  'preflight.limit.range': '{limit} Mbps 不在 {min}–{max} Mbps（带宽包总带宽）范围内。',
  'preflight.limit.overBudget':
    '{requested} Mbps 超出可用带宽：带宽包共 {total} Mbps，其他连接已分配 {allocated} Mbps，只剩 {remaining} Mbps。',
  'preflight.limit.lower.fix': '最多设置 {max} Mbps，或先升级带宽包的带宽。',
  'preflight.limit.regions.fix': '请选择位于带宽包两个互通区域内的两个地域。',

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

  'ping.manual': '在账号 {from} 的实例上运行：{command}',
  'ping.replied': '{target}：收到 {received}/{transmitted} 个回复，丢包率 {loss}%，平均 {avg} ms。',
  'ping.partial': '{target}：只收到 {received}/{transmitted} 个回复（丢包率 {loss}%）。',
  'ping.lost': '{target}：没有回复（发送 {transmitted} 个，丢包率 {loss}%）。',
  'ping.unreadable': 'ping {target} 的输出中没有统计行，请查看下面的原始输出。',
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, zh: zhCN };

/** A parameter value: plain text/number, or something the formatter renders in the reader's language. */
export type MessageParam =
  | string
  | number
  | { region: string }
  | { area: string }
  | { list: readonly MessageParam[] }
  | { message: Message };

export interface Message {
  key: MessageKey;
  params?: Record<string, MessageParam>;
}

function renderParam(value: MessageParam, locale: Locale): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if ('region' in value) {
    const label = regionLabel(value.region, locale);
    return label === value.region ? label : `${label} [${value.region}]`;
  }
  if ('area' in value) return areaLabel(value.area, locale);
  if ('list' in value)
    return value.list.length
      ? value.list.map((v) => renderParam(v, locale)).join(locale === 'zh' ? '、' : ', ')
      : '—';
  return formatMessage(value.message, locale);
}

/** The sentence for a message in a locale; an unknown placeholder is left visible rather than dropped. */
export function formatMessage(message: Message, locale: Locale): string {
  return fillPlaceholders(MESSAGES[locale][message.key], message.params, (value) =>
    renderParam(value, locale),
  );
}
