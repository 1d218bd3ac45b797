// Step 1 says which CEN edition the journey uses and why (api/edition.ts decides it), on both paths.
import { Alert } from 'antd';
import type { Edition } from '../../api/edition';
import { useEnterpriseText } from './enterprise-text';

export function EditionNote({ edition }: { edition: Edition | undefined }) {
  const et = useEnterpriseText();
  // While the edition is read, the note holds its place: appearing later it pushed the form down under a click in
  // flight, which then landed on something else (a lost "Use this CEN" in e2e, the same for a user).
  return (
    <Alert
      type="info"
      role="note"
      showIcon
      data-testid="cen-edition"
      aria-busy={!edition}
      title={
        edition ? et('edition.label', { edition: et(`edition.${edition.name}`) }) : et('edition.checking')
      }
      description={edition ? et(`why.${edition.reason}`) : et('why.checking')}
      style={{ marginBottom: 16 }}
    />
  );
}
