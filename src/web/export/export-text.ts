// The export view's words, English and Simplified Chinese.
import { textTable, type TextKeyOf } from '../i18n/feature-text';

export const EXPORT_TEXT = textTable(
  {
    title: 'Export',
    intro:
      'Take the setup with you as code, made from the same plan the console runs and the resources it actually created (their IDs, and import lines so Terraform adopts them instead of creating them again). No secret is written: both files use named profiles.',
    profileA: 'CLI / Terraform profile of Account A',
    profileB: 'CLI / Terraform profile of Account B',
    assumeRole: 'Terraform reaches Account B by assuming a RAM role with Account A’s profile',
    roleName: 'RAM role name in Account B',
    cliAll: 'aliyun CLI script: the whole setup',
    cliRemaining: 'aliyun CLI script: only what remains',
    terraform: 'Terraform file (.tf)',
    imports: 'terraform import lines for what already exists',
    noImports: 'Nothing created yet, so nothing to import.',
    blockedNote: '{n} call(s) are still blocked in the console; the files say which and why.',
    loading: 'Reading the cloud…',
    enterpriseNote:
      'Enterprise Edition: both files build the transit routers, B’s grant, the two VPC attachments with their route-table links, the connection between the regions and the VPC routes — the calls the console makes on this edition.',
    vRouterNote:
      'VRT_ID_A / VRT_ID_B stand for the vRouter ID (vrt-…) of that VPC, which the console does not read: find it as VRouterId in DescribeVpcs (or the VPC console) and put it in before running the route entry’s line.',
  },
  {
    title: '导出',
    intro:
      '将配置以代码形式带走：由控制台执行的同一份计划和实际创建的资源生成（包含资源ID，以及让Terraform接管已有资源而不是重新创建的 import 命令）。文件中不含任何密钥：两者都使用命名的 profile。',
    profileA: '账号A的 CLI / Terraform profile',
    profileB: '账号B的 CLI / Terraform profile',
    assumeRole: 'Terraform 使用账号A的 profile 扮演账号B中的RAM角色',
    roleName: '账号B中的RAM角色名',
    cliAll: 'aliyun CLI 脚本：完整配置',
    cliRemaining: 'aliyun CLI 脚本：仅剩余部分',
    terraform: 'Terraform 文件（.tf）',
    imports: '已存在资源的 terraform import 命令',
    noImports: '尚未创建任何资源，无需导入。',
    blockedNote: '控制台中仍有 {n} 个调用受阻；文件中注明了是哪些以及原因。',
    loading: '正在读取云端状态…',
    enterpriseNote:
      '企业版：两个文件都会创建转发路由器、账号B的授权、两个VPC连接及其路由表关联与传播、跨地域连接以及VPC路由——即控制台在此版本中执行的调用。',
    vRouterNote:
      'VRT_ID_A / VRT_ID_B 代表该VPC的vRouter ID（vrt-…），控制台不读取它：请在 DescribeVpcs 的 VRouterId（或VPC控制台）中找到它，填入后再执行该路由条目的命令。',
  },
);

export type ExportTextKey = TextKeyOf<typeof EXPORT_TEXT>;
