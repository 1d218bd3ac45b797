// Step 2's words on the Enterprise Edition path (docs/reference/enterprise-edition.md §2 step 3), en-US and zh-CN,
// beside the screens that use them (i18n/feature-text.ts).
import { textTable, useFeatureText } from '../../i18n/feature-text';

const TEXTS = textTable(
  {
    intro:
      'Account B lets Account A’s CEN attach B’s VPC to a transit router (GrantInstanceToTransitRouter), naming the CEN and the UID of its owner, and says who pays for that connection.',
    vpc: 'Account B’s VPC',
    needVpc: 'Choose Account B’s VPC in step 1 first.',
    'payer.legend': 'Who pays for the connection of B’s VPC',
    'payer.PayByCenOwner': 'Account A, the CEN’s owner, pays (PayByCenOwner)',
    'payer.PayByCenOwner.explain':
      'The charges of B’s VPC connection on the transit router and of the traffic it carries go to Account A’s bill; Account B pays nothing for it. The usual choice when A runs the network.',
    'payer.PayByResourceOwner': 'Account B, the VPC’s owner, pays (PayByResourceOwner)',
    'payer.PayByResourceOwner.explain':
      'The same charges go to Account B’s bill instead, though Account A owns the CEN and the transit router.',
    'payer.unconfirmed':
      'Which of the transit router’s fees the payer moves is not spelled out in the API reference; Alibaba Cloud’s CEN billing pages have the prices. Once the VPC is connected, the payer cannot simply be switched.',
    grant: 'Grant to the CEN',
    'rules.title': 'Grants of this VPC to transit routers (Account B)',
    'rules.none': 'This VPC is not granted to any CEN yet.',
    'rules.cen': 'CEN',
    'rules.owner': 'CEN owner UID',
    'rules.payer': 'Who pays',
    'rules.created': 'Granted at',
    'rules.match': 'Match',
    'match.ok': 'This CEN, Account A',
    'match.wrongOwner': 'This CEN, but the owner UID is not Account A’s',
    'match.otherCen': 'Another CEN',
    revoke: 'Revoke',
    'revoke.confirm': 'Revoke the grant of {vpc} to {cen} (owner {owner})?',
    'revoke.ok': 'Revoke',
    'revoke.cancel': 'Cancel',
    wrongOwner:
      'The VPC is granted to this CEN under owner UID {owner}, which is not Account A’s ({uidA}): Account A cannot attach it. Revoke that grant, then grant again.',
    done: 'Account B has granted {vpc} to {cen} of Account A. Next: Account A attaches both VPCs.',
  },
  {
    intro:
      '账号B允许账号A的CEN实例将B的VPC连接到转发路由器（GrantInstanceToTransitRouter），需指定CEN实例及其所有者的UID，并选择由谁支付该连接的费用。',
    vpc: '账号B的VPC',
    needVpc: '请先在步骤1中选择账号B的VPC。',
    'payer.legend': 'B的VPC连接由谁付费',
    'payer.PayByCenOwner': '由CEN实例所有者账号A付费（PayByCenOwner）',
    'payer.PayByCenOwner.explain':
      'B的VPC在转发路由器上的连接费用及其承载的流量费用计入账号A的账单，账号B无需为此付费。由A管理网络时通常选此项。',
    'payer.PayByResourceOwner': '由VPC所有者账号B付费（PayByResourceOwner）',
    'payer.PayByResourceOwner.explain': '上述费用改为计入账号B的账单，但CEN实例和转发路由器仍归账号A所有。',
    'payer.unconfirmed':
      'API参考未写明付费方变更影响转发路由器的哪些费用；价格请见阿里云CEN计费文档。VPC连接后不能直接切换付费方。',
    grant: '授权给CEN实例',
    'rules.title': '该VPC对转发路由器的授权（账号B）',
    'rules.none': '该VPC尚未授权给任何CEN实例。',
    'rules.cen': 'CEN实例',
    'rules.owner': 'CEN所有者UID',
    'rules.payer': '付费方',
    'rules.created': '授权时间',
    'rules.match': '是否匹配',
    'match.ok': '本CEN实例，账号A',
    'match.wrongOwner': '本CEN实例，但所有者UID不是账号A的',
    'match.otherCen': '其他CEN实例',
    revoke: '撤销',
    'revoke.confirm': '撤销{vpc}对{cen}（所有者{owner}）的授权？',
    'revoke.ok': '撤销',
    'revoke.cancel': '取消',
    wrongOwner:
      '该VPC已授权给本CEN实例，但所有者UID为{owner}，不是账号A的UID（{uidA}），账号A无法连接。请撤销该授权后重新授权。',
    done: '账号B已将{vpc}授权给账号A的{cen}。下一步：账号A连接两个VPC。',
  },
);
export const useEnterpriseGrantText = () => useFeatureText(TEXTS);
