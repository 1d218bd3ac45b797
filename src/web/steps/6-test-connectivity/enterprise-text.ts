// Step 6's words on the Enterprise Edition path (docs/reference/enterprise-edition.md §2), en-US and zh-CN, beside
// the screen that uses them (i18n/feature-text.ts).
import { textTable, useFeatureText } from '../../i18n/feature-text';

const TEXTS = textTable(
  {
    intro:
      'On Enterprise Edition a ping crosses each VPC’s attachment to its region’s transit router, the connection between the two routers and each VPC’s route toward its router. The path check below reads all of them and names the first one that stops the ping.',
    'need.networks': 'Choose A’s VPC and B’s VPC in step 1 first.',
    'need.attachments': 'Both VPCs must be Attached to their transit routers first (step 3).',
    'need.peer': 'Connect the two transit routers in step 5 first.',
  },
  {
    intro:
      '企业版中，ping需经过每个VPC到其地域转发路由器的连接、两个转发路由器之间的跨地域连接，以及每个VPC指向其转发路由器的路由。下方的路径检查会读取所有这些配置，并指出第一个阻断ping的环节。',
    'need.networks': '请先在步骤1中选择账号A的VPC和账号B的VPC。',
    'need.attachments': '两个VPC须先连接到各自的转发路由器且状态为Attached（步骤3）。',
    'need.peer': '请先在步骤5中连接两个转发路由器。',
  },
);
export const useEnterpriseConnectivityText = () => useFeatureText(TEXTS);
