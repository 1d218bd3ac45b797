// The guided teardown's words, English and Simplified Chinese.
import { textTable, type TextKeyOf } from '../i18n/feature-text';

export const TEARDOWN_TEXT = textTable(
  {
    title: 'Tear down',
    intro:
      'Removes what the tutorial built, in the order the cloud requires: region connections to 0 Mbps, unassociate the bandwidth package, detach the networks, delete the CEN instance, and Account B revokes its grant. Each call waits until the cloud shows the change before the next one.',
    prepaid:
      'A prepaid (subscription) bandwidth package cannot be deleted by API: it stays in Account A and is billed until it expires. Turn off its auto-renewal in the CEN console. Terraform cannot destroy it either.',
    nothing: 'Nothing to tear down: this browser has no CEN instance of the tutorial.',
    planTitle: 'What the teardown will send',
    start: 'Tear down…',
    confirmTitle: 'Tear down {cen}?',
    confirmBody:
      'This deletes the CEN instance {cen}, detaches {n} network(s) and removes its region connections. It cannot be undone.',
    confirmOk: 'Tear down',
    cancel: 'Cancel',
    stop: 'Stop after the current call',
    resumeNotice:
      'A teardown of {cen} started at {time} has not finished. Resume it: it continues from what the cloud shows now.',
    resume: 'Resume teardown',
    running: 'Tearing down…',
    sending: 'Sending {action} ({account})',
    sent: '{action} accepted',
    polling: '{action}: the cloud shows {observed}',
    complete:
      'Teardown complete: the CEN instance and its connections are gone, and Account B’s grant is revoked.',
    blocked: 'The teardown stopped: {reason}',
    stopped: 'Stopped. Resume whenever you are ready.',
    clearProgress: 'Clear this browser’s progress and start the tutorial again',
    loading: 'Reading the cloud…',
    log: 'Teardown log',
    introEnterprise:
      'Removes what the Enterprise journey built, in the order the cloud requires: the VPC routes toward the transit routers, the route-table associations and propagations, the VPC attachments and the connection between the routers, the two transit routers and Account B’s grant, then the CEN instance. Each call waits until the cloud shows the change before the next one.',
    prepaidEnterprise:
      'The bandwidth plan bought in step 4 cannot be deleted or refunded by API: it stays in Account A and is billed until it expires. The teardown only unassociates it; turn off its auto-renewal in the CEN console.',
    serviceStays:
      'The transit router service stays on in both accounts: once turned on it cannot be turned off. It costs nothing by itself.',
    confirmBodyEnterprise:
      'This deletes the CEN instance {cen}, its {routers} transit router(s) and {attachments} attachment(s) with their routes and route-table links, and Account B revokes its grant. It cannot be undone.',
    completeEnterprise:
      'Teardown complete: the CEN instance, its transit routers and their attachments are gone, and Account B’s grant is revoked.',
    hintEnterprise:
      'The cloud still lists something that must go first, or that is still changing (a route, a route-table link, an attachment). Retry: the teardown reads the cloud again, waits for what is settling and removes what blocks this call first.',
  },
  {
    title: '释放资源',
    intro:
      '按云端要求的顺序删除教程创建的资源：将地域互通带宽设为 0 Mbps、解绑带宽包、卸载网络实例、删除CEN实例，最后由账号B撤销授权。每个调用都会等到云端显示变更后再进行下一个。',
    prepaid:
      '预付费（包年包月）带宽包无法通过API删除：它会保留在账号A中并持续计费直到到期。请在CEN控制台关闭其自动续费。Terraform 同样无法删除它。',
    nothing: '没有可释放的资源：本浏览器中没有教程创建的CEN实例。',
    planTitle: '释放过程将发送的请求',
    start: '释放资源…',
    confirmTitle: '确定释放 {cen}？',
    confirmBody: '将删除CEN实例 {cen}，卸载 {n} 个网络实例并删除其地域互通连接。此操作不可撤销。',
    confirmOk: '释放',
    cancel: '取消',
    stop: '完成当前调用后停止',
    resumeNotice: '{time} 开始的 {cen} 释放尚未完成。继续执行：将从云端当前状态接着进行。',
    resume: '继续释放',
    running: '正在释放…',
    sending: '正在发送 {action}（{account}）',
    sent: '{action} 已受理',
    polling: '{action}：云端显示 {observed}',
    complete: '释放完成：CEN实例及其连接已删除，账号B的授权已撤销。',
    blocked: '释放已停止：{reason}',
    stopped: '已停止。准备好后可继续。',
    clearProgress: '清除本浏览器的进度，重新开始教程',
    loading: '正在读取云端状态…',
    log: '释放日志',
    introEnterprise:
      '按云端要求的顺序删除企业版流程创建的资源：先删除指向转发路由器的VPC路由、路由表关联和路由学习，再删除VPC连接和两个转发路由器之间的连接，然后删除两个转发路由器并由账号B撤销授权，最后删除CEN实例。每个调用都会等到云端显示变更后再进行下一个。',
    prepaidEnterprise:
      '步骤4购买的带宽包无法通过API删除或退款：它会保留在账号A中并持续计费直到到期。释放过程只会解绑它；请在CEN控制台关闭其自动续费。',
    serviceStays: '两个账号的转发路由器服务将保持开通：开通后无法关闭。该服务本身不收费。',
    confirmBodyEnterprise:
      '将删除CEN实例 {cen}、其 {routers} 个转发路由器和 {attachments} 个连接（及其路由和路由表关联），并由账号B撤销授权。此操作不可撤销。',
    completeEnterprise: '释放完成：CEN实例、其转发路由器及连接已删除，账号B的授权已撤销。',
    hintEnterprise:
      '云端仍列出必须先删除或仍在变更中的资源（路由、路由表关联或连接）。请重试：释放过程会重新读取云端，等待变更完成，并先删除阻止此调用的资源。',
  },
);

export type TeardownTextKey = TextKeyOf<typeof TEARDOWN_TEXT>;
