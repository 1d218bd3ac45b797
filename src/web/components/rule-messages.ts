// Chinese versions of the domain's rule texts (src/domain is English). Lives with the form components, not in
// the shell's messages, because importing the rule constants brings their zod schemas along.
import { CEN_DESCRIPTION_RULE, CEN_NAME_RULE } from '../../domain/cen';
import {
  describeLimitProblem,
  PACKAGE_BANDWIDTH_RULE,
  PACKAGE_NAME_RULE,
  PERIOD_RULE,
  type LimitProblem,
} from '../../domain/bandwidth';
import { regionLabel, type Locale } from '../../domain/regions';

/** Domain rule texts (src/domain) are English; these are their Chinese versions, keyed by the English text. */
const zhRules: Record<string, string> = {
  [CEN_NAME_RULE]:
    '名称长度为2~128个字符，可包含英文字母、数字、连字符（-）和下划线（_），必须以英文字母开头。',
  [CEN_DESCRIPTION_RULE]: '描述可以为空，或最多256个字符，不能以 http:// 或 https:// 开头。',
  [PACKAGE_BANDWIDTH_RULE]: '带宽必须是2~10000之间的整数（Mbps）。',
  [PACKAGE_NAME_RULE]:
    '带宽包名称长度为2~128个字符，可包含英文字母、数字、连字符和下划线，必须以英文字母开头。',
  [PERIOD_RULE]: '购买时长必须为1、2、3、6个月，或1、2、3年。',
  'Enter a name.': '请输入名称。',
  'Choose a region.': '请选择地域。',
  'Choose a network.': '请选择网络实例。',
  'Choose a bandwidth package.': '请选择带宽包。',
  'Choose both areas.': '请选择两个区域。',
  'Choose two different regions.': '请选择两个不同的地域。',
  'Enter the bandwidth in Mbps.': '请输入带宽（Mbps）。',
};

/** A domain rule message in the app's language (English when no translation is known). */
export function translateRule(message: string, locale: Locale): string {
  return locale === 'zh' ? (zhRules[message] ?? message) : message;
}

/** An inter-region limit problem (checkInterRegionLimit) in the app's language. */
export function limitProblemText(problem: LimitProblem, locale: Locale): string {
  if (locale !== 'zh') return describeLimitProblem(problem);
  switch (problem.kind) {
    case 'same-region':
      return '请选择两个不同的地域。';
    case 'unknown-region':
      return `地域 ${problem.regionId} 不在CEN区域目录中。`;
    case 'outside-areas':
      return `${regionLabel(problem.local, 'zh')} 和 ${regionLabel(problem.opposite, 'zh')} 不属于该带宽包的互通区域。`;
    case 'range':
      return `带宽必须是 ${problem.min} 到 ${problem.max} 之间的整数（Mbps，带宽包的总带宽）。`;
    case 'over-budget':
      return `带宽包共 ${problem.total} Mbps，其他地域连接已分配 ${problem.allocated} Mbps，只剩 ${problem.remaining} Mbps；${problem.requested} Mbps 超出了剩余带宽。`;
  }
}
