// The step's side of the Enterprise preflight: reads the panel's last result (same query key, never a run of its
// own) and names the first blocking item, so the write button is disabled with the reason while it stands.
import { skipToken, useQuery } from '@tanstack/react-query';
import type { PreflightReport } from '../../domain/diagnosis/preflight/preflight-types';
import { enterprisePreflightKey, type EnterprisePreflightRequest } from './gather-enterprise-preflight';

export function usePreflightBlock(req: EnterprisePreflightRequest | undefined) {
  const report = useQuery<PreflightReport>({
    queryKey: req ? enterprisePreflightKey(req) : ['diagnosis', 'preflight', 'enterprise', 'none'],
    queryFn: skipToken,
  });
  return report.data?.items.find((i) => i.verdict === 'blocking');
}
