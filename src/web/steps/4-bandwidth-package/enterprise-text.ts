// Step 4's words on the Enterprise Edition path (docs/reference/enterprise-edition.md §1, §2 steps 7–8), en-US and
// zh-CN, beside the screens that use them (i18n/feature-text.ts).
import { textTable, useFeatureText } from '../../i18n/feature-text';

const TEXTS = textTable(
  {
    intro:
      'On Enterprise Edition the two transit routers are joined by an inter-region connection (step 5). Choose how Account A pays for it.',
    legend: 'How the inter-region connection is paid',
    'DataTransfer.label': 'Pay by data transfer (recommended: nothing to buy)',
    'DataTransfer.explain':
      'No purchase and no bandwidth plan. Cloud Data Transfer (CDT) bills Account A for the traffic that crosses between the two regions, per GB, after it is used; the bandwidth set in step 5 is only a cap. Only Enterprise Edition offers it.',
    'BandwidthPackage.label': 'Pay out of a prepaid bandwidth plan',
    'BandwidthPackage.explain':
      'Account A buys a bandwidth plan for the two areas, as on Basic Edition: the whole period is charged at once and the plan cannot be deleted or refunded; step 5 takes its share of the plan’s bandwidth.',
    unconfirmed:
      'Whether CDT must be turned on separately for pay-by-data-transfer is not documented; the prices are on Alibaba Cloud’s CDT and CEN billing pages.',
    'chosen.DataTransfer':
      'Chosen: pay by data transfer. Nothing is bought; step 5 creates the inter-region connection with BandwidthType DataTransfer.',
    'chosen.BandwidthPackage':
      'Chosen: a prepaid bandwidth plan. Buy it below (or use one this CEN already has); step 5 creates the connection out of it.',
    'chosen.none': 'Not chosen yet.',
    keptPackage:
      'The bandwidth plan {id} bought earlier stays in Account A and is billed until it expires; pay-by-data-transfer does not use it.',
  },
  {
    intro: '企业版中，两个转发路由器之间通过跨地域连接（步骤5）互通。请选择账号A为其付费的方式。',
    legend: '跨地域连接的付费方式',
    'DataTransfer.label': '按流量付费（推荐：无需购买）',
    'DataTransfer.explain':
      '无需购买，也无需带宽包。云数据传输（CDT）按两个地域之间实际产生的流量（每GB）向账号A后付费；步骤5设置的带宽只是上限。仅企业版支持。',
    'BandwidthPackage.label': '使用预付费带宽包',
    'BandwidthPackage.explain':
      '账号A按基础版的方式为两个区域购买带宽包：整个购买时长立即扣费，带宽包不能删除，也不能退款；步骤5从带宽包中分配带宽。',
    unconfirmed: '文档未说明按流量付费是否需要另行开通CDT；价格请见阿里云CDT与CEN计费文档。',
    'chosen.DataTransfer': '已选择：按流量付费。无需购买；步骤5以BandwidthType DataTransfer创建跨地域连接。',
    'chosen.BandwidthPackage':
      '已选择：预付费带宽包。请在下方购买（或使用该CEN已有的带宽包）；步骤5从中创建连接。',
    'chosen.none': '尚未选择。',
    keptPackage: '之前购买的带宽包{id}仍保留在账号A中并计费至到期；按流量付费不使用它。',
  },
);
export const useEnterpriseBandwidthText = () => useFeatureText(TEXTS);
