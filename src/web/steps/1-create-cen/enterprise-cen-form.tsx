// Step 1 on Enterprise Edition: the CEN's Name and Description (the same CreateCen as Basic Edition,
// docs/reference/enterprise-edition.md §2 step 1) and the two VPCs to connect (enterprise-vpc-fields.tsx).
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form } from 'antd';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { cenDescriptionSchema, cenNameSchema } from '../../../domain/cen';
import { createCenCall } from '../../../domain/plan/setup-calls';
import { toApiError } from '../../api/api-error';
import { rememberNewTransitCen } from '../../api/new-cen';
import { useI18n } from '../../i18n/i18n';
import { callWithClientToken, sendProducingCall } from '../../plan/send-planned-call';
import { progressStore, setStepState } from '../../state/progress-store';
import { CenNameFields, CreateCenSubmit, showRefusedCenFields } from './cen-name-fields';
import { useEnterpriseText } from './enterprise-text';
import { networksOf, NO_VPC_PAIR, refineTwoRegions, vpcPairShape, VpcFields } from './enterprise-vpc-fields';

const formSchema = z
  .object({ name: cenNameSchema, description: cenDescriptionSchema, ...vpcPairShape })
  .superRefine(refineTwoRegions);
type FormValues = z.infer<typeof formSchema>;

export function EnterpriseCenForm() {
  const { t } = useI18n();
  const et = useEnterpriseText();
  const queryClient = useQueryClient();
  const { control, handleSubmit, setValue, setError } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', description: '', ...NO_VPC_PAIR },
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
      rememberNewTransitCen(queryClient, cenId);
      void queryClient.invalidateQueries({ queryKey: ['cen'] });
      progressStore.update((p) => ({ ...p, cenId, ...networksOf(v) }));
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
