// Step 1 on Enterprise Edition for an adopted CEN (adopt-cen.tsx): the CEN exists, but the console does not know yet
// which two VPCs the journey connects. Where the CEN already attaches a VPC of A or of B
// (ListTransitRouterVpcAttachments, docs/reference/enterprise-edition.md §2 step 6), that VPC is proposed; the user
// confirms or chooses. Then enterprise-routers.tsx adopts the CEN's router in each region and creates the missing.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form } from 'antd';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { accountByName, accountQueries } from '../../api/accounts';
import { transitQueries } from '../../api/transit-routers';
import { progressStore } from '../../state/progress-store';
import { CenSummary } from './cen-summary';
import { cenQueries } from '../../api/cen';
import { useEnterpriseText } from './enterprise-text';
import {
  networksOf,
  NO_VPC_PAIR,
  refineTwoRegions,
  vpcPairShape,
  VpcFields,
  type VpcPair,
} from './enterprise-vpc-fields';

const formSchema = z.object(vpcPairShape).superRefine(refineTwoRegions);

export function EnterpriseAdoptNetworks({ cenId }: { cenId: string }) {
  const et = useEnterpriseText();
  const cen = useQuery(cenQueries.detail(cenId));
  const accounts = useQuery(accountQueries.all());
  const attachments = useQuery(transitQueries.vpcAttachments(cenId));
  const { control, handleSubmit, setValue, getValues } = useForm<VpcPair>({
    resolver: zodResolver(formSchema),
    defaultValues: NO_VPC_PAIR,
    mode: 'onTouched',
  });
  // The CEN's own attachments propose each account's VPC, once read, into fields the user has not filled yet.
  useEffect(() => {
    if (!attachments.data || !accounts.data) return;
    for (const account of ['A', 'B'] as const) {
      const uid = accountByName(accounts.data, account)?.uid;
      const found = attachments.data.find((a) => String(a.VpcOwnerId) === uid);
      const [region, vpc] =
        account === 'A' ? (['aRegionId', 'aVpcId'] as const) : (['bRegionId', 'bVpcId'] as const);
      if (!found || getValues(region)) continue;
      setValue(region, found.VpcRegionId);
      setValue(vpc, found.VpcId);
    }
  }, [attachments.data, accounts.data, getValues, setValue]);

  return (
    <form
      noValidate
      aria-label={et('adopt.title')}
      onSubmit={(event) =>
        void handleSubmit((v) => progressStore.update((p) => ({ ...p, cenId, ...networksOf(v) })))(event)
      }
    >
      <CenSummary cenId={cenId} cen={cen} />
      <Form layout="vertical" component={false}>
        <Alert
          type="info"
          role="note"
          showIcon
          title={et('adopt.title')}
          description={et('adopt.explain')}
          style={{ margin: '16px 0' }}
        />
        <VpcFields control={control} account="A" clear={() => setValue('aVpcId', '')} />
        <VpcFields control={control} account="B" clear={() => setValue('bVpcId', '')} />
        <Button type="primary" htmlType="submit">
          {et('adopt.use')}
        </Button>
      </Form>
    </form>
  );
}
