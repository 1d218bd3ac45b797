// The audit view's words, English and Simplified Chinese.
import type { Texts } from '../i18n/feature-text';

const en = {
  title: 'Audit log',
  intro:
    'Every call the console server made to the cloud for you: when, which account, which action, where, the RequestId, the result and how long it took. Parameters are recorded without secrets.',
  caption: 'Calls to the cloud, newest last',
  time: 'Time',
  account: 'Account',
  action: 'Action',
  region: 'Region',
  requestId: 'RequestId',
  result: 'Result',
  duration: 'Duration',
  filterAccount: 'Account',
  filterResult: 'Result',
  all: 'All',
  accountA: 'Account A',
  accountB: 'Account B',
  ok: 'Succeeded',
  error: 'Failed',
  download: 'Download as JSON lines',
  refresh: 'Refresh',
  empty: 'No call matches.',
  loading: 'Reading the log…',
  central: 'central',
  attempts: '{n} attempts',
  count: '{n} calls',
} as const;

export type AuditTextKey = keyof typeof en;

const zh: Record<AuditTextKey, string> = {
  title: '审计日志',
  intro:
    '控制台服务器代您向云端发出的每个调用：时间、账号、接口、地域、RequestId、结果和耗时。参数记录时不含任何密钥。',
  caption: '对云端的调用，按时间先后排列',
  time: '时间',
  account: '账号',
  action: '接口',
  region: '地域',
  requestId: 'RequestId',
  result: '结果',
  duration: '耗时',
  filterAccount: '账号',
  filterResult: '结果',
  all: '全部',
  accountA: '账号A',
  accountB: '账号B',
  ok: '成功',
  error: '失败',
  download: '下载为 JSON Lines',
  refresh: '刷新',
  empty: '没有符合条件的调用。',
  loading: '正在读取日志…',
  central: '中心化',
  attempts: '共 {n} 次尝试',
  count: '{n} 个调用',
};

export const AUDIT_TEXT: Texts<AuditTextKey> = { en, zh };
