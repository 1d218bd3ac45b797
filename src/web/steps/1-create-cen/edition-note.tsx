// Step 1 says which CEN edition the journey uses and why (api/edition.ts decides it), on both paths.
import { Alert } from 'antd';
import type { Edition } from '../../api/edition';
import { useEnterpriseText } from './enterprise-text';

export function EditionNote({ edition }: { edition: Edition | undefined }) {
  const et = useEnterpriseText();
  if (!edition) return null;
  return (
    <Alert
      type="info"
      role="note"
      showIcon
      data-testid="cen-edition"
      title={et('edition.label', { edition: et(`edition.${edition.name}`) })}
      description={et(`why.${edition.reason}`)}
      style={{ marginBottom: 16 }}
    />
  );
}
