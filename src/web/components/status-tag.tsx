// A cloud resource status as words plus a glyph, never colour alone.
// The test id sits on the words only, so `toHaveText('Active')` sees exactly the status.
import { Tag } from 'antd';
import { statusWord } from '../i18n/cloud-status';
import { useI18n } from '../i18n/i18n';

const FINAL_OK = new Set([
  'Active',
  'Attached',
  'Available',
  'InUse',
  'Idle',
  'Running',
  'Normal',
  'Granted',
]);
const CHANGING = new Set([
  'Creating',
  'Attaching',
  'Detaching',
  'Modifying',
  'Deleting',
  'Pending',
  'Starting',
  // Route-table links of transit routers (docs/reference/enterprise-edition.md §2 step 6).
  'Associating',
  'Dissociating',
  'Enabling',
  'Disabling',
]);

const TEXT: Record<string, string> = {
  success: '#135200',
  processing: '#003eb3',
  error: '#820014',
  default: 'rgba(0, 0, 0, 0.88)',
};

export function StatusTag({ status, testId }: { status: string; testId?: string }) {
  const { locale } = useI18n();
  const text = statusWord(status, locale);
  const [color, glyph] = FINAL_OK.has(status)
    ? ['success', '✓']
    : CHANGING.has(status)
      ? ['processing', '⟳']
      : status === 'Failed' || status === 'Error'
        ? ['error', '✕']
        : ['default', '•'];
  return (
    // Text colours darker than antd's preset tags so the words pass WCAG AA on the tinted background.
    <Tag color={color} style={{ color: TEXT[color] }}>
      <span aria-hidden="true">{glyph} </span>
      <span data-testid={testId} data-status={status}>
        {text}
      </span>
    </Tag>
  );
}
