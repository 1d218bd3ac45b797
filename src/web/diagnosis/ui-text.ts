// The diagnosis panels' own words (labels, buttons, headings) in English and Simplified Chinese. The findings
// themselves come from the engine's tables (src/domain/diagnosis/messages.ts) through formatMessage; these are
// only the chrome around them. Kept here, not in i18n/messages.ts, so the feature stays in one folder.
import { useMemo } from 'react';
import { formatMessage, type Message } from '../../domain/diagnosis/messages';
import { textTable, useFeatureText, type TextFn, type TextKeyOf } from '../i18n/feature-text';
import { useI18n } from '../i18n/i18n';

export const DIAGNOSIS_TEXT = textTable(
  {
    'verdict.pass': 'Pass',
    'verdict.warning': 'Warning',
    'verdict.blocking': 'Blocking',
    'verdict.blocked': 'Blocked here',
    'verdict.unknown': 'Could not inspect',
    'path.reachable': 'Reachable',
    'path.limited': 'Limited',
    'path.blocked': 'Blocked',
    'path.unknown': 'Not fully checked',
    'preflight.title': 'Preflight check',
    'preflight.summary':
      'Preflight: {verdict} — {blocking} blocking, {warning} warning(s), {unknown} not inspected, {pass} passed',
    'preflight.running': 'Checking both accounts…',
    'preflight.rerun': 'Run the preflight again',
    'preflight.empty': 'Nothing to check yet: choose what this step will change.',
    'preflight.intro':
      'Read-only checks in both accounts before this step writes anything: CIDR blocks, the grant, bandwidth package areas and budget.',
    evidence: 'Evidence',
    whatToDo: 'What to do',
    'diagnosis.title': 'Path check, hop by hop',
    'diagnosis.intro':
      'Reads both accounts (instances, security groups, attachments, routes, region connections) and names the first hop that stops a ping — or says which hop could not be inspected.',
    'diagnosis.run': 'Check the path',
    'diagnosis.rerun': 'Check again',
    'diagnosis.running': 'Reading both accounts…',
    'diagnosis.needSides':
      'The path check needs one VPC of each account in the CEN. Attach them in step 3 first.',
    'diagnosis.noInstance':
      'No ECS instance in {vpc} (Account {account}). Create one there to test the path.',
    'diagnosis.autoPicked':
      'Instance chosen by the console: {instance} ({ip}). Choose another above to change it.',
    'diagnosis.direction': 'Account {from} → Account {to}',
    'diagnosis.fixes': 'One-call fixes',
    'fix.button': 'Fix: {action} in Account {account}…',
    'fix.title': 'Send {action} with Account {account}’s keys?',
    'fix.intro': 'This is the exact request the console will send. Nothing is sent until you confirm.',
    'fix.confirm': 'Send it',
    'fix.cancel': 'Cancel',
    'fix.done': '{action} succeeded. Checking the path again…',
    'fix.account': 'Account',
    'fix.region': 'Region',
    'fix.action': 'Action',
    'fix.params': 'Parameters',
    'ping.title': 'Active test (Cloud Assistant)',
    'ping.run': 'Ping {ip} from {instance} (Account {account})',
    'ping.running': 'Running {command} on {instance}… {status}',
    'ping.output': 'Output of {command} on {instance}',
    'ping.stats':
      'Sent {transmitted}, received {received}, loss {loss}%, rtt min/avg/max {min}/{avg}/{max} ms',
    'ping.failed': 'The command finished with status {status} (exit code {exit}).',
    'ping.cannotRun': 'Cloud Assistant could not run the command ({code}). Run it by hand on {instance}:',
    'ping.manualTitle': 'To run by hand',
    'ping.timeout': 'No result after {seconds} s. Run the command by hand or try again.',
  },
  {
    'verdict.pass': '通过',
    'verdict.warning': '警告',
    'verdict.blocking': '阻断',
    'verdict.blocked': '在此处被阻断',
    'verdict.unknown': '无法检查',
    'path.reachable': '可达',
    'path.limited': '受限',
    'path.blocked': '被阻断',
    'path.unknown': '未完全检查',
    'preflight.title': '预检',
    'preflight.summary':
      '预检：{verdict}——{blocking} 项阻断，{warning} 项警告，{unknown} 项无法检查，{pass} 项通过',
    'preflight.running': '正在检查两个账号…',
    'preflight.rerun': '重新预检',
    'preflight.empty': '暂无可检查的内容：请先选择本步骤要变更的对象。',
    'preflight.intro': '在本步骤写入之前，在两个账号中只读检查：网段、授权、带宽包的区域和额度。',
    evidence: '依据',
    whatToDo: '处理方法',
    'diagnosis.title': '逐跳路径检查',
    'diagnosis.intro':
      '读取两个账号的实例、安全组、加载状态、路由和跨地域连接，指出第一个阻止 ping 的跳点——或说明哪一跳无法检查。',
    'diagnosis.run': '检查路径',
    'diagnosis.rerun': '重新检查',
    'diagnosis.running': '正在读取两个账号…',
    'diagnosis.needSides': '路径检查需要 CEN 中两个账号各有一个 VPC。请先在第 3 步加载。',
    'diagnosis.noInstance': '{vpc}（账号 {account}）中没有 ECS 实例。请在其中创建一个以测试路径。',
    'diagnosis.autoPicked': '控制台选择的实例：{instance}（{ip}）。可在上方选择其他实例。',
    'diagnosis.direction': '账号 {from} → 账号 {to}',
    'diagnosis.fixes': '一键修复',
    'fix.button': '修复：在账号 {account} 中调用 {action}…',
    'fix.title': '使用账号 {account} 的密钥发送 {action}？',
    'fix.intro': '以下是控制台将发送的完整请求。确认之前不会发送任何内容。',
    'fix.confirm': '发送',
    'fix.cancel': '取消',
    'fix.done': '{action} 已成功。正在重新检查路径…',
    'fix.account': '账号',
    'fix.region': '地域',
    'fix.action': '操作',
    'fix.params': '参数',
    'ping.title': '主动测试（云助手）',
    'ping.run': '从 {instance}（账号 {account}）ping {ip}',
    'ping.running': '正在 {instance} 上运行 {command}… {status}',
    'ping.output': '{instance} 上 {command} 的输出',
    'ping.stats':
      '发送 {transmitted}，接收 {received}，丢包率 {loss}%，rtt 最小/平均/最大 {min}/{avg}/{max} ms',
    'ping.failed': '命令结束，状态 {status}（退出码 {exit}）。',
    'ping.cannotRun': '云助手无法运行该命令（{code}）。请在 {instance} 上手动运行：',
    'ping.manualTitle': '手动运行',
    'ping.timeout': '{seconds} 秒后仍无结果。请手动运行命令或重试。',
  },
);

export type DiagnosisTextKey = TextKeyOf<typeof DIAGNOSIS_TEXT>;

export interface DiagnosisText {
  /** A chrome string with {name} placeholders filled. */
  tx: TextFn<DiagnosisTextKey>;
  /** An engine finding in the app's current language. */
  fmt: (message: Message) => string;
}

export function useDiagnosisText(): DiagnosisText {
  const { locale } = useI18n();
  const tx = useFeatureText(DIAGNOSIS_TEXT);
  return useMemo(() => ({ tx, fmt: (message) => formatMessage(message, locale) }), [tx, locale]);
}
