// Step 1's form: Name and Description (tutorial Step 1, "Configure the CEN instance"). The rules are the domain's
// zod schemas (src/domain/cen.ts), shown in plain words at each field before any request is made.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form } from 'antd';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { cenDescriptionSchema, cenNameSchema } from '../../../domain/cen';
import { TOKEN_PURPOSE } from '../../../domain/plan/client-token-purposes';
import type { PlannedCall } from '../../../domain/plan/plan-types';
import { createCenCall } from '../../../domain/plan/setup-calls';
import { toApiError } from '../../api/api-error';
import { rememberNewCen } from '../../api/new-cen';
import type { NetworkRef } from '../../state/progress-store';
import { useI18n } from '../../i18n/i18n';
import { clientTokenFor, progressStore, setStepState, useProgress } from '../../state/progress-store';
import { publishDraftPart, usePublishDraft, type DraftState } from '../../plan/plan-draft';
import { callWithClientToken, sendProducingCall } from '../../plan/send-planned-call';
import { AttachNetworkFields } from './attach-network-fields';
import { CenNameFields, CreateCenSubmit, showRefusedCenFields } from './cen-name-fields';
import { createCenFormSchema as formSchema, type CreateCenFormValues } from './create-cen-schema';

type FormValues = CreateCenFormValues;

/** One token for this step's CreateCen, kept until "Start over" (progress-store.ts). */
export const CREATE_CEN_TOKEN = TOKEN_PURPOSE.createCen;

/**
 * What the plan preview may show of the form (plan-draft.ts): Name and Description only once they pass the same
 * rules the form and the catalogue's CreateCen check (src/domain/cen.ts); else the rule broken, or nothing.
 */
export function cenDraft(name: string, description: string): DraftState<'cen'> {
  if (!name) return undefined;
  const problem = [cenNameSchema.safeParse(name), cenDescriptionSchema.safeParse(description)].find(
    (r) => !r.success,
  )?.error?.issues[0]?.message;
  if (problem) return { problem };
  return { value: { name, ...(description ? { description } : {}) } };
}

export function CreateCenForm() {
  const { t } = useI18n();
  const { control, handleSubmit, setError, setValue } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      name: '',
      description: '',
      attach: false,
      owner: 'different',
      type: 'VPC',
      regionId: '',
      instanceId: '',
    },
    mode: 'onTouched',
  });
  // The preview shows CreateCen with the typed name and the very ClientToken the click will send: the token is
  // made (and saved, progress-store.ts clientTokenFor) as soon as there is a valid call to show.
  const [name, description] = useWatch({ control, name: ['name', 'description'] });
  const draft = cenDraft(name, description);
  usePublishDraft('cen', draft);
  const tokenSaved = useProgress((p) => CREATE_CEN_TOKEN in p.clientTokens);
  const valid = draft !== undefined && 'value' in draft;
  useEffect(() => {
    if (valid && !tokenSaved) clientTokenFor(CREATE_CEN_TOKEN);
  }, [valid, tokenSaved]);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (request: {
      call: PlannedCall;
      attach?: { owner: 'current' | 'different'; network: NetworkRef };
    }) => sendProducingCall(request.call),
    onMutate: () => setStepState(1, { status: 'process', since: Date.now() }),
    onSuccess: (cenId, request) => {
      rememberNewCen(queryClient, cenId);
      // Sent: from now on the preview reads the name from DescribeCens, not from the form.
      publishDraftPart('cen', undefined);
      const chosen = request.attach;
      progressStore.update((p) => ({
        ...p,
        cenId,
        // Different Account: handed to steps 2–3 (B authorizes first). Current Account: attached once Active.
        ...(chosen?.owner === 'different' ? { network: chosen.network } : {}),
        ...(chosen?.owner === 'current' ? { ownNetwork: chosen.network } : {}),
      }));
    },
    onError: (error) => {
      const apiError = toApiError(error);
      setStepState(1, { status: 'error', reason: apiError.code });
      showRefusedCenFields(apiError.fields, setError);
    },
  });

  const onValid = (values: FormValues) => {
    create.mutate({
      call: callWithClientToken((tokens) =>
        createCenCall({ name: values.name, description: values.description }, tokens),
      ),
      ...(values.attach
        ? {
            attach: {
              owner: values.owner,
              network: { type: values.type, regionId: values.regionId, instanceId: values.instanceId },
            },
          }
        : {}),
    });
  };

  return (
    <form noValidate aria-label={t('step1')} onSubmit={(event) => void handleSubmit(onValid)(event)}>
      <Form layout="vertical" component={false}>
        <CenNameFields control={control} />
        <AttachNetworkFields control={control} setValue={setValue} />
        <CreateCenSubmit error={create.isError ? create.error : undefined} pending={create.isPending} />
      </Form>
    </form>
  );
}
