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
  },
);

export type TopologyTextKey = TextKeyOf<typeof TOPOLOGY_TEXT>;
