// The words of "Start from" (start-world.tsx), en-US and zh-CN. The mock's catalogue gives its seeds' titles in
// English only, so the worlds a newcomer is offered are named here, in both languages.
import { textTable, useFeatureText, type TextKeyOf } from '../i18n/feature-text';

const TEXTS = textTable(
  {
    'world.label': 'Start from',
    'world.help':
      'The world the mock cloud starts from: the two accounts, their networks and what the cloud lets them do. Starting one rebuilds the mock cloud and clears the console’s saved progress, so the console starts again at step 1.',
    'world.demo': 'Tutorial start: accounts that may still use Basic Edition',
    'world.demoExplain':
      'Account A and Account B each have a VPC (cn-qingdao, cn-beijing) with an ECS instance. Both can still create Basic Edition CEN instances, so the console follows the tutorial’s calls.',
    'world.enterprise-edition': 'Accounts opened today: Enterprise Edition',
    'world.enterpriseExplain':
      'The same accounts and networks, but, like accounts opened today, they can no longer use Basic Edition and have not turned on the transit-router service yet. Step 1 takes the Enterprise Edition path: one transit router in each of the two regions.',
    'world.afterStep': 'Basic Edition, after step {n}',
    'world.afterStepExplain':
      'The tutorial world with steps 1–{n} already done on Basic Edition. In step 1, choose its existing CEN.',
    'world.enterpriseAfterStep': 'Enterprise Edition, after step {n}',
    'world.enterpriseAfterStepExplain':
      'The Enterprise Edition world with steps 1–{n} already done with transit routers. In step 1, choose its existing CEN.',
    'world.start': 'Start on this world',
    'world.confirm':
      'Start again on “{world}”? The mock cloud is rebuilt from that world’s start and the console’s saved progress is cleared: everything made since is gone.',
    'world.ok': 'Start again',
    'world.cancel': 'Cancel',
    'world.done': 'The mock cloud is at the start of “{world}”; the console is back at step 1.',
  },
  {
    'world.label': '起始环境',
    'world.help':
      '模拟云的起始环境：两个账号、它们的网络以及云允许它们做什么。切换环境会重建模拟云并清除控制台保存的进度，控制台将从第1步重新开始。',
    'world.demo': '教程起点：仍可使用基础版的账号',
    'world.demoExplain':
      '账号A和账号B各有一个VPC（cn-qingdao、cn-beijing）和一台ECS实例。两个账号仍可创建基础版CEN实例，控制台按教程的接口操作。',
    'world.enterprise-edition': '新开通的账号：企业版',
    'world.enterpriseExplain':
      '账号和网络相同，但与新开通的账号一样，已不能使用基础版，也尚未开通转发路由器服务。第1步走企业版路径：在两个地域各创建一个转发路由器。',
    'world.afterStep': '基础版，已完成第{n}步',
    'world.afterStepExplain': '教程环境，已用基础版完成第1–{n}步。请在第1步选择已有的CEN实例。',
    'world.enterpriseAfterStep': '企业版，已完成第{n}步',
    'world.enterpriseAfterStepExplain':
      '企业版环境，已用转发路由器完成第1–{n}步。请在第1步选择已有的CEN实例。',
    'world.start': '从此环境开始',
    'world.confirm':
      '从“{world}”重新开始？模拟云将重建为该环境的起点，控制台保存的进度将被清除：之后创建的所有内容都会消失。',
    'world.ok': '重新开始',
    'world.cancel': '取消',
    'world.done': '模拟云已处于“{world}”的起点；控制台已回到第1步。',
  },
);
export type StartWorldKey = TextKeyOf<typeof TEXTS>;
export const useStartWorldText = () => useFeatureText(TEXTS);
