// Step 1 on Enterprise Edition: the CEN's Name and Description (the same CreateCen as Basic Edition,
// docs/reference/enterprise-edition.md §2 step 1) and the two VPCs to connect — A's and B's — whose regions get one
// transit router each (§2 step 2). The VPCs are kept in the progress (ownNetwork, network) for steps 2–6.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { z } from 'zod';
import type { AccountName } from '../../../domain/accounts';
import {
  CEN_DESCRIPTION_RULE,
  CEN_NAME_RULE,
  cenDescriptionSchema,
  cenNameSchema,
} from '../../../domain/cen';
import { TOKEN_PURPOSE } from '../../../domain/plan/client-token-purposes';
import { toApiError } from '../../api/api-error';
import { createCen } from '../../api/cen';
import { networkQueries } from '../../api/networks';
import { ErrorPanel } from '../../components/error-panel';
import { FormField } from '../../components/form-field';
import { NetworkSelect } from '../../components/network-select';
import { RegionSelect } from '../../components/region-select';
import { translateRule } from '../../components/rule-messages';
import { useI18n } from '../../i18n/i18n';
import { clientTokenFor, progressStore, setStepState } from '../../state/progress-store';
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

function VpcFields({
  control,
  account,
  region,
  vpc,
  label,
  clear,
}: {
  control: Control<FormValues>;
  account: AccountName;
  region: 'aRegionId' | 'bRegionId';
  vpc: 'aVpcId' | 'bVpcId';
  label: string;
  clear: () => void;
}) {
  const { t } = useI18n();
  const regionId = useWatch({ control, name: region });
  const networks = useQuery({ ...networkQueries.list(account, regionId, 'VPC'), enabled: Boolean(regionId) });
  return (
    <fieldset className="plain-fieldset">
      <legend>{label}</legend>
      <FormField control={control} name={region} label={t('region')} required>
        {({ value, onChange, onBlur, id, ...aria }) => (
          <RegionSelect
            id={id}
            value={value}
            onBlur={onBlur}
            onChange={(next) => {
              onChange(next);
              clear();
            }}
            {...aria}
          />
        )}
      </FormField>
      <FormField control={control} name={vpc} label={t('networks')} required>
        {({ value, onChange, onBlur, id, ...aria }) => (
          <NetworkSelect
            id={id}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            networks={networks.data}
            loading={networks.isFetching}
            disabled={!regionId}
            placeholder={t('chooseNetwork')}
            notFoundContent={regionId ? t('noNetworksInRegion', { type: 'VPC' }) : null}
            aria-invalid={aria['aria-invalid']}
            aria-describedby={aria['aria-describedby']}
          />
        )}
      </FormField>
    </fieldset>
  );
}

export function EnterpriseCenForm() {
  const { t, locale } = useI18n();
  const et = useEnterpriseText();
  const tr = (message: string) => translateRule(message, locale);
  const queryClient = useQueryClient();
  const { control, handleSubmit, setValue, setError } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', description: '', aRegionId: '', aVpcId: '', bRegionId: '', bVpcId: '' },
    mode: 'onTouched',
  });
  const create = useMutation({
    mutationFn: (values: FormValues) =>
      createCen({
        name: values.name,
        ...(values.description ? { description: values.description } : {}),
        clientToken: clientTokenFor(TOKEN_PURPOSE.createCen),
      }),
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
      for (const [path, message] of Object.entries(apiError.fields ?? {})) {
        if (/^Name$/i.test(path)) setError('name', { message });
        if (/^Description$/i.test(path)) setError('description', { message });
      }
    },
  });

  return (
    <form
      noValidate
      aria-label={t('step1')}
      onSubmit={(event) => void handleSubmit((v) => create.mutate(v))(event)}
    >
      <Form layout="vertical" component={false}>
        <FormField control={control} name="name" label={t('name')} rule={tr(CEN_NAME_RULE)} required>
          {(field) => <Input {...field} autoComplete="off" placeholder="DifferentAccountDifferentRegion" />}
        </FormField>
        <FormField
          control={control}
          name="description"
          label={t('description')}
          rule={tr(CEN_DESCRIPTION_RULE)}
        >
          {(field) => <Input.TextArea {...field} rows={2} />}
        </FormField>
        <Alert type="info" role="note" showIcon title={et('form.regions')} style={{ marginBottom: 16 }} />
        <VpcFields
          control={control}
          account="A"
          region="aRegionId"
          vpc="aVpcId"
          label={et('form.aVpc')}
          clear={() => setValue('aVpcId', '')}
        />
        <VpcFields
          control={control}
          account="B"
          region="bRegionId"
          vpc="bVpcId"
          label={et('form.bVpc')}
          clear={() => setValue('bVpcId', '')}
        />
        {create.isError ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorPanel error={create.error} />
          </div>
        ) : null}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('createCen')}
        </Button>
      </Form>
    </form>
  );
}
