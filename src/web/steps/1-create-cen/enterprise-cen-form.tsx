// Step 1 on Enterprise Edition: the CEN's Name and Description (the same CreateCen as Basic Edition,
// docs/reference/enterprise-edition.md §2 step 1) and the two VPCs to connect — A's and B's — whose regions get one
// transit router each (§2 step 2). The VPCs are kept in the progress (ownNetwork, network) for steps 2–6.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Form } from 'antd';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { z } from 'zod';
import type { AccountName } from '../../../domain/accounts';
import { cenDescriptionSchema, cenNameSchema } from '../../../domain/cen';
import { createCenCall } from '../../../domain/plan/setup-calls';
import { toApiError } from '../../api/api-error';
import { networkQueries } from '../../api/networks';
import { RegionNetworkFields } from '../../components/network-place-fields';
import { useI18n } from '../../i18n/i18n';
import { callWithClientToken, sendProducingCall } from '../../plan/send-planned-call';
import { progressStore, setStepState } from '../../state/progress-store';
import { CenNameFields, CreateCenSubmit, showRefusedCenFields } from './cen-name-fields';
import { useEnterpriseText } from './enterprise-text';

const formSchema = z
  .object({
    name: cenNameSchema,
    description: cenDescriptionSchema,
    aRegionId: z.string().min(1, 'Choose a region.'),
    aVpcId: z.string().min(1, 'Choose a network.'),
    bRegionId: z.string().min(1, 'Choose a region.'),
    bVpcId: z.string().min(1, 'Choose a network.'),
  })
  .superRefine((v, ctx) => {
    // The journey connects two regions over a peer attachment (§2 step 8); one region would need none.
    if (v.aRegionId && v.aRegionId === v.bRegionId)
      ctx.addIssue({ code: 'custom', path: ['bRegionId'], message: 'Choose two different regions.' });
  });
type FormValues = z.infer<typeof formSchema>;

/** One account's VPC: its fields are aRegionId/aVpcId for A, bRegionId/bVpcId for B. */
function VpcFields({
  control,
  account,
  clear,
}: {
  control: Control<FormValues>;
  account: AccountName;
  clear: () => void;
}) {
  const et = useEnterpriseText();
  const region = account === 'A' ? 'aRegionId' : 'bRegionId';
  const vpc = account === 'A' ? 'aVpcId' : 'bVpcId';
  const regionId = useWatch({ control, name: region });
  const networks = useQuery({ ...networkQueries.list(account, regionId, 'VPC'), enabled: Boolean(regionId) });
  return (
    <fieldset className="plain-fieldset">
      <legend>{et(account === 'A' ? 'form.aVpc' : 'form.bVpc')}</legend>
      <RegionNetworkFields
        control={control}
        regionName={region}
        networkName={vpc}
        type="VPC"
        regionId={regionId}
        networks={networks.data}
        loading={networks.isFetching}
        clearNetwork={clear}
      />
    </fieldset>
  );
}

export function EnterpriseCenForm() {
  const { t } = useI18n();
  const et = useEnterpriseText();
  const queryClient = useQueryClient();
  const { control, handleSubmit, setValue, setError } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', description: '', aRegionId: '', aVpcId: '', bRegionId: '', bVpcId: '' },
    mode: 'onTouched',
  });
  const create = useMutation({
    mutationFn: (values: FormValues) =>
      sendProducingCall(
        callWithClientToken((tokens) =>
          createCenCall({ name: values.name, description: values.description }, tokens),
        ),
      ),
    onMutate: () => setStepState(1, { status: 'process', since: Date.now() }),
    onSuccess: (cenId, v) => {
      void queryClient.invalidateQueries({ queryKey: ['cen'] });
      progressStore.update((p) => ({
        ...p,
        cenId,
        ownNetwork: { type: 'VPC', regionId: v.aRegionId, instanceId: v.aVpcId },
        network: { type: 'VPC', regionId: v.bRegionId, instanceId: v.bVpcId },
      }));
    },
    onError: (error) => {
      const apiError = toApiError(error);
      setStepState(1, { status: 'error', reason: apiError.code });
      showRefusedCenFields(apiError.fields, setError);
    },
  });

  return (
    <form
      noValidate
      aria-label={t('step1')}
      onSubmit={(event) => void handleSubmit((v) => create.mutate(v))(event)}
    >
      <Form layout="vertical" component={false}>
        <CenNameFields control={control} />
        <Alert type="info" role="note" showIcon title={et('form.regions')} style={{ marginBottom: 16 }} />
        <VpcFields control={control} account="A" clear={() => setValue('aVpcId', '')} />
        <VpcFields control={control} account="B" clear={() => setValue('bVpcId', '')} />
        <CreateCenSubmit error={create.isError ? create.error : undefined} pending={create.isPending} />
      </Form>
    </form>
  );
}
