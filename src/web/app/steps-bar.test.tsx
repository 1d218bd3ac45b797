// @vitest-environment jsdom
// The Steps bar's own contract: one button per step named by its title and state line, the open one marked as the
// current step, and a click on any of them — the open one included — opening it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StepsBar, type StepsBarItem } from './steps-bar';

const ITEMS: StepsBarItem[] = [
  { key: 1, title: 'First', content: 'Step 1 · Done', status: 'finish' },
  { key: 2, title: 'Second', content: 'Step 2 · In progress', status: 'process' },
  { key: 3, title: 'Third', content: 'Step 3 · Waiting', status: 'wait' },
];

describe('StepsBar', () => {
  it('names each step by its title and state line and marks the open one as the current step', () => {
    render(<StepsBar items={ITEMS} current={1} onOpen={() => {}} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'FirstStep 1 · Done',
      '2SecondStep 2 · In progress',
      '3ThirdStep 3 · Waiting',
    ]);
    // Title and state line are two boxes, so a browser names the button "Second Step 2 · In progress" (jsdom lays
    // out nothing and runs them together).
    expect(screen.getByRole('button', { name: /^Second ?Step 2 · In progress$/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(screen.getByRole('button', { name: /^First/ })).not.toHaveAttribute('aria-current');
  });

  it('opens the step clicked, the open one too, by keyboard as by mouse', async () => {
    const opened: number[] = [];
    render(<StepsBar items={ITEMS} current={1} onOpen={(i) => opened.push(i)} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Second/ }));
    await user.click(screen.getByRole('button', { name: /^Third/ }));
    screen.getByRole('button', { name: /^First/ }).focus();
    await user.keyboard('{Enter}');
    expect(opened).toEqual([1, 2, 0]);
  });
});
