// The picture's words in English and Simplified Chinese; statuses are worded by i18n/cloud-status.ts.
import { textTable, type TextKeyOf } from '../i18n/feature-text';

export const TOPOLOGY_TEXT = textTable(
  {
    title: 'Topology',
    intro:
      'What the cloud shows now: the CEN in the middle, each account as a lane, each region as a group with its networks and CIDR blocks, region connections with their bandwidth. It updates as the steps complete.',
    figure: 'Diagram of the CEN, the networks of accounts A and B, and the region connections',
    cen: 'CEN',
    noCen: 'No CEN yet (step 1)',
    accountLane: 'Account {account}',
    pkg: 'Bandwidth package',
    noPkg: 'No bandwidth package yet (step 4)',
    pkgTotals: '{total} Mbps total · {allocated} Mbps allocated',
    edge: '{bandwidth} Mbps · {status}',
    noCidr: 'CIDR unknown',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    refresh: 'Read the cloud again',
    legend:
      'Outline: solid = settled, dashed = changing, dotted = not there yet. The status is always written out.',
    loading: 'Reading the cloud…',
    NotAttached: 'not attached',
    Granted: 'granted, not attached',
    eeIntro:
      'What the cloud shows now on Enterprise Edition: the CEN, the transit router of each region with its System route table, each VPC’s attachment to its router, the peer attachment between the routers, and their associations and propagations — each with the status the cloud lists. While something is still changing the picture is read again every second.',
    eeFigure:
      'Diagram of the CEN, the transit routers of both regions, the VPC attachments of accounts A and B and the peer attachment between the routers',
    eeSettling: 'Something is still changing: the picture is read again until it settles.',
    eeListTitle: 'The same, in words',
    router: 'Transit router',
    noRouter: 'No transit router yet (step 1)',
    systemTable: 'System route table {id}',
    vpcAttachment: 'VPC attachment',
    noAttachment: 'Not attached yet (step 3)',
    peer: 'Peer attachment',
    noPeer: 'Routers not connected yet (step 5)',
    links: 'association {association} · propagation {propagation}',
    none: 'none',
    noVpc: 'No VPC chosen yet (step 1)',
    ownerOf: 'Account {account}’s',
    routeTo: 'route to {cidr}: {status}',
    noRoute: 'no route toward the attachment yet (step 5)',
    peerLine: '{bandwidth} Mbps · {status}',
    itemCen: 'CEN {id}{name}: {status}',
    itemRouter:
      'Account {account}’s region {region}: transit router {id}: {status}; System route table {table}',
    itemAttachment:
      'VPC attachment {id} of VPC {vpc} (owner: Account {account}) to the router in {region}: {status}; association {association}, propagation {propagation}',
    itemPeer:
      'Peer attachment {id} between the two routers: {bandwidth} Mbps, {status}; on A’s table: association {associationA}, propagation {propagationA}; on B’s table: association {associationB}, propagation {propagationB}',
    itemRoute: 'Account {account}’s VPC {vpc}: route to {cidr} toward its attachment: {status}',
  },
  {
    title: '拓扑',
    intro:
      '云端当前的状态：中间是CEN，每个账号一列，每个地域一组，显示其网络实例和网段，地域之间的连线标注带宽。随步骤完成而更新。',
    figure: 'CEN、账号A和账号B的网络实例以及地域互通连接的示意图',
    cen: 'CEN',
    noCen: '尚无CEN（步骤1）',
    accountLane: '账号{account}',
    pkg: '带宽包',
    noPkg: '尚无带宽包（步骤4）',
    pkgTotals: '总计 {total} Mbps · 已分配 {allocated} Mbps',
    edge: '{bandwidth} Mbps · {status}',
    noCidr: '网段未知',
    downloadSvg: '下载 SVG',
    downloadPng: '下载 PNG',
    refresh: '重新读取云端',
    legend: '边框：实线 = 已稳定，虚线 = 变更中，点线 = 尚未完成。状态总以文字标出。',
    loading: '正在读取云端状态…',
    NotAttached: '未加载',
    Granted: '已授权，未加载',
    eeIntro:
      '企业版下云端当前的状态：CEN、每个地域的转发路由器及其系统路由表、每个VPC到其转发路由器的连接、两个转发路由器之间的跨地域连接，以及它们的路由表关联和路由学习——每一项都显示云端列出的状态。有资源仍在变更时，每秒重新读取一次。',
    eeFigure: 'CEN、两个地域的转发路由器、账号A和账号B的VPC连接以及转发路由器之间跨地域连接的示意图',
    eeSettling: '仍有资源在变更中：将持续重新读取，直到稳定。',
    eeListTitle: '文字说明',
    router: '转发路由器',
    noRouter: '尚无转发路由器（步骤1）',
    systemTable: '系统路由表 {id}',
    vpcAttachment: 'VPC连接',
    noAttachment: '尚未连接（步骤3）',
    peer: '跨地域连接',
    noPeer: '转发路由器尚未互连（步骤5）',
    links: '关联 {association} · 路由学习 {propagation}',
    none: '无',
    noVpc: '尚未选择VPC（步骤1）',
    ownerOf: '账号{account}的',
    routeTo: '到 {cidr} 的路由：{status}',
    noRoute: '尚无指向连接的路由（步骤5）',
    peerLine: '{bandwidth} Mbps · {status}',
    itemCen: 'CEN {id}{name}：{status}',
    itemRouter: '账号{account}的地域 {region}：转发路由器 {id}：{status}；系统路由表 {table}',
    itemAttachment:
      'VPC {vpc}（所有者：账号{account}）到 {region} 转发路由器的VPC连接 {id}：{status}；关联 {association}，路由学习 {propagation}',
    itemPeer:
      '两个转发路由器之间的跨地域连接 {id}：{bandwidth} Mbps，{status}；A的路由表：关联 {associationA}，路由学习 {propagationA}；B的路由表：关联 {associationB}，路由学习 {propagationB}',
    itemRoute: '账号{account}的VPC {vpc}：指向其连接、到 {cidr} 的路由：{status}',
  },
);

export type TopologyTextKey = TextKeyOf<typeof TOPOLOGY_TEXT>;
