// The zh-CN walk: switch to 中文 and complete all six steps with the Chinese labels, step
// titles and region names as the Chinese console writes them, e.g. 华北1（青岛）.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { TUTORIAL, ZH, choose, expectStepDone, networkOption, next, stepHeading } from './walk';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('walks all six steps in Chinese', async ({ page, cloud }) => {
  await cloud.setDelay(300);
  await page.goto('/');
  await button(page, '中文').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  for (const [i, title] of ZH.titles.entries())
    await expect(page.getByRole('navigation', { name: ZH.tutorialSteps })).toContainText(
      `${title}步骤${i + 1}`,
    );

  // 步骤1: with the optional "attach a network" part, Account A's own VPC.
  await expect(stepHeading(page, 1, ZH)).toBeVisible();
  await page.getByLabel('名称', { exact: true }).fill(TUTORIAL.cenName);
  await page.getByLabel('描述', { exact: true }).fill('端到端测试');
  await page.getByLabel('加载网络实例', { exact: true }).check();
  await page.getByLabel('同账号', { exact: true }).check();
  await choose(page, '地域', ZH.regionA);
  await choose(page, '网络实例', networkOption('A-Qingdao-VPC'));
  await button(page, '创建CEN实例').click();
  await expect(page.getByTestId('cen-status')).toHaveText('可用');
  await expect(page.getByText('CEN实例已可用，请继续步骤2。')).toBeVisible();
  await expectStepDone(page, 1, ZH);
  await next(page, 2, ZH);

  // 步骤2 as Account B.
  await expect(page.getByLabel('账号A的UID')).toHaveValue('1262302482727553');
  await choose(page, '地域', ZH.regionB);
  await choose(page, '网络实例', networkOption('B-Beijing-VPC'));
  // antd spaces a two-character Chinese button label ("授 权").
  await page.getByRole('button', { name: /^授 ?权$/ }).click();
  await expect(page.getByText(/^账号B已将 vpc-\S+ 授权给该CEN，请继续步骤3。$/)).toBeVisible();
  await next(page, 3, ZH);

  // 步骤3.
  await expect(page.getByLabel('跨账号')).toBeChecked();
  await choose(page, '地域', ZH.regionB);
  await choose(page, '网络实例', networkOption('B-Beijing-VPC'));
  await button(page, '加载网络实例').click();
  await expect(page.getByText('账号B的网络实例已加载，请继续步骤4。')).toBeVisible();
  await next(page, 4, ZH);

  // 步骤4.
  await expect(page.getByText(/根据已加载网络实例所在地域推荐：.*华北1（青岛）/)).toBeVisible();
  await expect(page.getByRole('note')).toContainText('到期前不能删除，也不能退款');
  await page.getByLabel('带宽', { exact: true }).fill(String(TUTORIAL.packageMbps));
  await page.getByLabel('带宽包名称', { exact: true }).fill(TUTORIAL.packageName);
  await button(page, '购买带宽包').click();
  await expect(page.getByText('带宽包已绑定到CEN，请继续步骤5。')).toBeVisible();
  await next(page, 5, ZH);

  // 步骤5.
  await page.getByLabel('带宽', { exact: true }).fill(String(TUTORIAL.limitMbps));
  await button(page, '设置跨地域带宽').click();
  await expect(page.getByText('地域互通已生效，请继续步骤6。')).toBeVisible();
  await expect(page.getByRole('region', { name: '地域互通' })).toContainText('华北1（青岛） ↔ 华北2（北京）');
  await next(page, 6, ZH);

  // 步骤6.
  await choose(page, /（华北1（青岛））中的ECS实例$/, /a-qingdao-ecs/);
  await choose(page, /（华北2（北京））中的ECS实例$/, /b-beijing-ecs/);
  await expect(page.getByText(/^登录 i-\S+ 后执行：$/).first()).toBeVisible();
  await expect(page.getByTestId('ping-from-A')).toHaveText(`ping -c 4 ${TUTORIAL.ipB}`);
  for (const n of [1, 2, 3, 4, 5, 6]) await expectStepDone(page, n, ZH);
});
