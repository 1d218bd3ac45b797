// The plan preview's words, English and Simplified Chinese (the step titles follow the tutorial).
import { textTable, type TextKeyOf } from '../i18n/feature-text';

export const PLAN_TEXT = textTable(
  {
    whatWillBeSent: 'What will be sent',
    whatWillBeSentCount: 'What will be sent ({n})',
    nothingToSend: 'This step sends nothing more: every call of it is done.',
    fullRun: 'The whole run',
    fullRunIntro:
      'The ordered API calls the console makes, exactly as it sends them to its server: which account acts, in which region, with which parameters (ClientToken included; secrets never). Values not known yet show as {{cenId}}.',
    remaining: 'Still to do ({n})',
    done: 'Already done ({n})',
    noRemaining: 'Nothing left to do: every call of the setup is done.',
    account: 'Account',
    region: 'Region',
    central: 'central (cbn.aliyuncs.com)',
    params: 'Parameters',
    waitsFor: 'Then waits until {poll} shows {field} = {until}',
    waitsGone: 'Then waits until {poll} no longer lists it',
    clientToken: 'ClientToken',
    tokenLater: 'made when the call is sent, then kept for retries',
    statusDone: 'Done',
    statusWaiting: 'Waiting for the cloud',
    statusPending: 'To send',
    statusBlocked: 'Blocked',
    blockedBecause: 'Why: {reason}',
    step: 'Step {n}',
    phase: 'Phase {n}',
    warnings: 'Notes',
    loading: 'Reading the cloud…',
    placeholder: 'not known yet',
  },
  {
    whatWillBeSent: '将要发送的请求',
    whatWillBeSentCount: '将要发送的请求（{n} 个调用）',
    nothingToSend: '此步骤已无需发送请求：所有调用均已完成。',
    fullRun: '完整流程',
    fullRunIntro:
      '控制台将按顺序调用的API，与发送给服务器的内容完全一致：由哪个账号、在哪个地域、带哪些参数（包含ClientToken，绝不包含密钥）。尚未知道的值显示为 {{cenId}}。',
    remaining: '待执行（{n}）',
    done: '已完成（{n}）',
    noRemaining: '没有待执行的调用：所有配置调用均已完成。',
    account: '账号',
    region: '地域',
    central: '中心化（cbn.aliyuncs.com）',
    params: '参数',
    waitsFor: '之后等待 {poll} 显示 {field} = {until}',
    waitsGone: '之后等待 {poll} 不再列出该资源',
    clientToken: 'ClientToken',
    tokenLater: '发送时生成，重试时沿用',
    statusDone: '已完成',
    statusWaiting: '等待云端',
    statusPending: '待发送',
    statusBlocked: '受阻',
    blockedBecause: '原因：{reason}',
    step: '步骤{n}',
    phase: '阶段{n}',
    warnings: '说明',
    loading: '正在读取云端状态…',
    placeholder: '尚未知道',
  },
);

export type PlanTextKey = TextKeyOf<typeof PLAN_TEXT>;

/** One line per action in Chinese (the plan's summaries are English, in the words of docs/reference/cen-api.md). */
export const ZH_ACTION: Record<string, string> = {
  'Cbn.CreateCen': '账号A创建CEN实例',
  'Vpc.GrantInstanceToCen': '账号B授权该CEN加载其网络实例',
  'Cbn.AttachCenChildInstance': '账号A加载网络实例',
  'Cbn.CreateCenBandwidthPackage': '账号A购买带宽包',
  'Cbn.AssociateCenBandwidthPackage': '账号A将带宽包绑定到CEN',
  'Cbn.SetCenInterRegionBandwidthLimit': '账号A设置跨地域带宽',
  'Cbn.UnassociateCenBandwidthPackage': '账号A解绑带宽包',
  'Cbn.DetachCenChildInstance': '账号A卸载网络实例',
  'Cbn.DeleteCen': '账号A删除CEN实例',
  'Vpc.RevokeInstanceFromCen': '账号B撤销对该CEN的授权',
};
