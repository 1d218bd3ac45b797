// Chinese versions of the error hints (src/domain/openapi/errors.ts HINTS is English, and the BFF sends that
// English hint with each error). Keyed by the error code, like the domain table; a code missing here falls back to
// the English hint, and a test keeps the two tables' keys equal.
import { hintFor } from '../../domain/openapi/errors';
import type { Locale } from '../../domain/regions';

export const ZH_HINTS: Record<string, string> = {
  'Forbbiden.AttachChildInstanceAcrossUid':
    '账号B尚未授权此CEN——请先完成步骤2（GrantInstanceToCen），授权此网络实例，填写此CEN ID和账号A的UID。',
  'InvalidOperation.ChildInstanceAlreadyAttached':
    '此网络实例已加载到某个CEN。请先在那里卸载，或改用那个CEN。',
  'InvalidOperation.CenInstanceStatus': 'CEN实例仍在变更中（例如创建中）。请等待其变为可用后重试。',
  'InvalidOperation.ChildInstanceStatus': '网络实例仍在变更中（例如加载中）。请稍候再重试。',
  'Operation.Blocking': '此CEN上有另一个操作正在进行。请几秒后重试——重试是安全的。',
  'InvalidOperation.BwpForGeoSpanAlreadyAssociated': '此CEN已有这对区域的带宽包。请直接使用它，不要再购买。',
  'InvalidOperation.CenBandwidthLimitsNotZero': '解绑或删除带宽包之前，请先把它的每个跨地域连接带宽设为0。',
  'InvalidAccessKeyId.NotFound': '为此账号配置的AccessKey ID不存在。请检查服务器的账号配置。',
  SignatureDoesNotMatch:
    '为此账号配置的AccessKey Secret不正确，或有代理修改了请求。运行 `npm run --silent sign` 对比待签名字符串。',
  'InvalidTimeStamp.Expired': '服务器时钟偏差超过15分钟。请同步时钟（NTP）后重试。',
  SignatureNonceUsed: '请求被重放。请重试，每次都会使用新的随机数。',
  'Throttling.User': '云端正在对此账号限流。控制台会退避重试，请稍候。',
  Throttling: '云端正在限流。控制台会退避重试，请稍候。',
  'Forbidden.RAM': '此账号的AccessKey缺少执行此操作的RAM权限。请在RAM中授权，或使用其他AccessKey。',
  Unauthorized: '此账号的AccessKey无权执行此操作。',
  'InvalidInstanceId.NotFound': '账号B在此地域没有这个网络实例。请检查地域和网络实例ID。',
  'QuotaExceeded.CbnGrantRules': '此网络实例的CEN授权数量已达上限。',
  TaskConflict: '此网络实例上同时进行的操作过多。请几秒后重试。',
  'OperationInvalid.UserCanNotBuyCrossBorderBwp':
    '此账号不能购买跨境带宽包。请选择同一边境内的区域，或联系阿里云。',
  ParameterError: '此网络实例未加载到此CEN。',
  'ParameterIllegal.CenInstanceId': '账号A没有此ID的CEN实例（或已被删除）。',
  'InvalidOperation.CidrBlockConflict':
    '此CEN中已有一个网段完全相同的网络实例；在REDUCED保护级别下，相同网段会被拒绝。请加载网段不同的网络实例。',
  'InvalidOperation.BandwidthLimitExceeded':
    '跨地域连接使用的带宽将超过带宽包的总带宽。请调低此连接或其他连接。',
  'InvalidOperation.RegionNotInGeoSpan':
    '这些地域不在带宽包的互通区域内。请选择区域内的地域，或为这些区域购买带宽包。',
  'InvalidOperation.BwpNotAssociated': '此CEN还没有这对区域的带宽包——请先完成步骤4（购买并绑定带宽包）。',
  'InvalidOperation.GrantRuleExist': '账号B已为此网络实例授权此CEN——无需操作。',
  ParameterInstanceId: '该网络实例未加载到此CEN。',
  ParameterBwpInstanceId: '账号A没有此ID的带宽包。',
  'InstanceState.NotRunning': 'ECS实例未运行；请先启动，再测试。',
};

/**
 * The hint for an error code in the app's language: the Chinese table in zh, else the domain's English hint, else
 * the hint the BFF sent (it may know one the console does not).
 */
export function localHint(code: string, locale: Locale, sent?: string): string | undefined {
  if (locale === 'zh') return ZH_HINTS[code] ?? sent ?? hintFor(code);
  return sent ?? hintFor(code);
}
