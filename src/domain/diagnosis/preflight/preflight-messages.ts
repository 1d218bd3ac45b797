// Preflight's sentences, in English and Simplified Chinese, one section per check (CIDR blocks, grant, areas and
// packages, region connection limits); messages.ts joins them into the one table formatMessage reads.

export const preflightEn = {
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
} as const;

export const preflightZh: Record<keyof typeof preflightEn, string> = {
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
};
