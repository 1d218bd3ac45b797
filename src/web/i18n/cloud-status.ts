// A cloud resource's status in the console's language: in English the API's word, as the Alibaba Cloud console and
// the API show it; in Chinese the console's Chinese word, or the API's word where there is none.
import type { Locale } from '../../domain/regions';

const ZH: Record<string, string> = {
  Active: '可用',
  Creating: '创建中',
  Modifying: '修改中',
  Deleting: '删除中',
  Attaching: '加载中',
  Attached: '已加载',
  Detaching: '卸载中',
  Available: '可用',
  InUse: '使用中',
  Idle: '空闲',
  Running: '运行中',
  Stopped: '已停止',
  Pending: '等待中',
  Granted: '已授权',
  Associating: '关联中',
  Dissociating: '解除关联中',
  Enabling: '开启中',
  Disabling: '关闭中',
  Unknown: '未知',
};

export function statusWord(status: string, locale: Locale): string {
  return locale === 'zh' ? (ZH[status] ?? status) : status;
}
