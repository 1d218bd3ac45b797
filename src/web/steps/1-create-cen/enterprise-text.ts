// Step 1's words on the Enterprise Edition path (docs/reference/enterprise-edition.md §1, §2 steps 0–2), en-US and
// zh-CN, beside the screens that use them (i18n/feature-text.ts).
import { textTable, useFeatureText, type TextKeyOf } from '../../i18n/feature-text';

const TEXTS = textTable(
  {
    'edition.Basic': 'Basic Edition',
    'edition.Enterprise': 'Enterprise Edition (transit routers)',
    'edition.label': 'CEN edition: {edition}',
    'edition.checking': 'CEN edition: checking…',
    'why.checking': 'Reading what the cloud says about this CEN and Account A before choosing the calls.',
    'why.routers': 'This CEN already has transit routers of this edition, and a CEN keeps its edition.',
    'why.basic-refused':
      'Account A can no longer use Basic Edition, so the new CEN gets one Enterprise Edition transit router in each region and the later steps use the transit-router calls.',
    'why.basic-allowed':
      'Account A can still use Basic Edition, so the console follows the tutorial’s calls (AttachCenChildInstance, SetCenInterRegionBandwidthLimit).',
    'why.live':
      'Alibaba Cloud builds new CEN instances on Enterprise Edition transit routers, so the console uses the transit-router calls.',
    'service.title': 'Transit-router service',
    'service.explain':
      'Each account turns the transit-router service on once: A to create routers and attachments, B so that A may attach B’s VPC. Turning it on is free but cannot be undone.',
    'service.on': 'On',
    'service.off': 'Off',
    'service.open': 'Turn on in Account {account}',
    'service.confirm':
      'Turn on the transit-router service in Account {account}? It is free, places an order and cannot be turned off again.',
    'service.confirmOk': 'Turn it on',
    'service.cancel': 'Cancel',
    'service.needed': 'Turn on the service in Account A first.',
    'form.aVpc': 'Account A’s VPC',
    'form.bVpc': 'Account B’s VPC',
    'form.regions':
      'One transit router is created in each of the two regions; the VPCs are attached to them in step 3.',
    'routers.title': 'Transit routers',
    'routers.create': 'Create the transit routers',
    'routers.none': 'Not created yet',
    'routers.waitCen': 'The routers can be created once the CEN is Active.',
    'routers.done': 'The CEN and both transit routers are Active. Next: Account B grants its VPC.',
    'routers.region': 'Region',
    'routers.id': 'Transit router',
    'adopt.title': 'The two VPCs this CEN connects',
    'adopt.explain':
      'Choose Account A’s VPC and Account B’s VPC (a VPC this CEN already attaches is proposed). The CEN’s transit router in each of their regions is used; a region without one gets one next.',
    'adopt.use': 'Use these VPCs',
  },
  {
    'edition.Basic': '基础版',
    'edition.Enterprise': '企业版（转发路由器）',
    'edition.label': 'CEN版本：{edition}',
    'edition.checking': 'CEN版本：正在确认…',
    'why.checking': '正在读取该CEN实例和账号A的信息，以确定使用哪些接口。',
    'why.routers': '该CEN实例已有此版本的转发路由器，CEN实例的版本不会改变。',
    'why.basic-refused':
      '账号A已不能使用基础版，新的CEN实例在每个地域各有一个企业版转发路由器，后续步骤使用转发路由器的接口。',
    'why.basic-allowed':
      '账号A仍可使用基础版，控制台按教程的接口操作（AttachCenChildInstance、SetCenInterRegionBandwidthLimit）。',
    'why.live': '阿里云新建的CEN实例使用企业版转发路由器，控制台因此使用转发路由器的接口。',
    'service.title': '转发路由器服务',
    'service.explain':
      '每个账号需开通一次转发路由器服务：账号A用于创建转发路由器和连接，账号B用于允许账号A连接其VPC。开通免费，但不能撤销。',
    'service.on': '已开通',
    'service.off': '未开通',
    'service.open': '在账号{account}中开通',
    'service.confirm': '确定在账号{account}中开通转发路由器服务？开通免费，会生成订单，开通后不能关闭。',
    'service.confirmOk': '开通',
    'service.cancel': '取消',
    'service.needed': '请先在账号A中开通该服务。',
    'form.aVpc': '账号A的VPC',
    'form.bVpc': '账号B的VPC',
    'form.regions': '在两个地域各创建一个转发路由器；第3步将VPC连接到它们。',
    'routers.title': '转发路由器',
    'routers.create': '创建转发路由器',
    'routers.none': '尚未创建',
    'routers.waitCen': 'CEN实例可用后即可创建转发路由器。',
    'routers.done': 'CEN实例和两个转发路由器均已可用。下一步：账号B授权其VPC。',
    'routers.region': '地域',
    'routers.id': '转发路由器',
    'adopt.title': '该CEN实例连接的两个VPC',
    'adopt.explain':
      '请选择账号A的VPC和账号B的VPC（已连接到该CEN实例的VPC会预先填入）。将使用该CEN实例在这两个地域的转发路由器；没有转发路由器的地域接下来会创建一个。',
    'adopt.use': '使用这两个VPC',
  },
);
export type EnterpriseStep1Key = TextKeyOf<typeof TEXTS>;
export const useEnterpriseText = () => useFeatureText(TEXTS);
