// Keyboard-only actions (all six steps can be completed from the keyboard alone): Tab to reach a
// control, Enter / Space / arrows / typing to use it. Locators only check where the focus is; they never click.
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the target (or something inside it) has the focus. */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    const focused = await target.evaluate(
      (el) => el === document.activeElement || el.contains(document.activeElement),
    );
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

export async function press(page: Page, control: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press(key);
}

/** An antd Select by keyboard: focus it, ArrowDown opens the list and moves, Enter picks the active option. */
export async function selectByKeyboard(
  page: Page,
  combobox: Locator,
  option: RegExp,
  max = 80,
): Promise<void> {
  await tabTo(page, combobox);
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < max; i++) {
    const active = await combobox.evaluate((el) => {
      const id = el.getAttribute('aria-activedescendant');
      const item = id ? document.getElementById(id) : null;
      return item
        ? { text: item.textContent ?? '', disabled: item.getAttribute('aria-disabled') === 'true' }
        : null;
    });
    if (active && option.test(active.text) && !active.disabled) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option ${option} in ${combobox.toString()}`);
}
