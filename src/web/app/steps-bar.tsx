// The Steps bar: the tutorial's six steps as a list of buttons, each with its number (or a mark once done or
// failed), its title and its state line. Own markup, not antd's Steps: the bar is in the first load, and Steps with
// rc-steps and the styles antd generates for it at runtime were ~10 kB gzip of the entry chunk (bench row (d)) for
// what a list of buttons shows. Native buttons: Tab reaches each, Enter and Space open it; the open one is
// aria-current="step" (https://www.w3.org/TR/wai-aria-1.2/#aria-current).
import CheckOutlined from '@ant-design/icons/CheckOutlined';
import CloseOutlined from '@ant-design/icons/CloseOutlined';
import type { ReactNode } from 'react';
import type { StepState } from '../state/progress-store';
import './steps-bar.css';

export interface StepsBarItem {
  key: number;
  title: string;
  /** The line under the title ("Step 1 · Account A · Done"). */
  content: ReactNode;
  status: StepState['status'];
}

function Mark({ n, status }: { n: number; status: StepState['status'] }) {
  if (status === 'finish') return <CheckOutlined />;
  if (status === 'error') return <CloseOutlined />;
  return <>{n}</>;
}

export function StepsBar({
  items,
  current,
  onOpen,
}: {
  items: readonly StepsBarItem[];
  current: number;
  /** Every click opens its step, the open one included (a click on it is the user's choice too, app.tsx). */
  onOpen: (index: number) => void;
}) {
  return (
    <ol className="steps-bar">
      {items.map((item, index) => (
        <li key={item.key} className={`steps-bar-item steps-bar-${item.status}`}>
          <button
            type="button"
            aria-current={index === current ? 'step' : undefined}
            onClick={() => onOpen(index)}
          >
            <span className="steps-bar-mark" aria-hidden="true">
              <Mark n={index + 1} status={item.status} />
            </span>
            <span className="steps-bar-text">
              <span className="steps-bar-title">{item.title}</span>
              <span className="steps-bar-content">{item.content}</span>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
