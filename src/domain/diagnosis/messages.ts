// Every user-facing sentence of the diagnosis, in English and Simplified Chinese: the console speaks both, and
// a sentence missing in one of them is a test failure (messages.test.ts). The engine returns { key, params }; the
// web calls formatMessage with its locale. Placeholders are {name}; a region or area parameter is rendered with its
// localized name (regions.ts), so the engine never chooses a language. Wording: plain, one fact per sentence, the
// ID or number that proves it. Preflight's and the path check's sentences stand beside their checks
// (preflight/preflight-messages.ts, path/path-messages.ts); this file joins them into one table per language.
import { fillPlaceholders } from '../fill-placeholders';
import { areaLabel, regionLabel, type Locale } from '../regions';
import { enterprisePathEn, enterprisePathZh } from './enterprise-path/enterprise-path-messages';
import { pathEn, pathZh } from './path/path-messages';
import { preflightEn, preflightZh } from './preflight/preflight-messages';

export const en = {
  // ── Could not inspect ──
  'common.notInspected':
    'Could not check: {action} with Account {account}’s keys was refused ({code}). This is not a pass.',
  'common.notInspected.permission.fix':
    'Give Account {account}’s AccessKey (its RAM user or role) permission for {action}, then run the check again.',
  'common.notInspected.retry.fix': 'Run the check again; if {action} keeps failing, open the error details.',

  ...preflightEn,
  ...pathEn,
  ...enterprisePathEn,

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

  ...preflightZh,
  ...pathZh,
  ...enterprisePathZh,

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
