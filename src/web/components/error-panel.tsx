// An API failure as Alibaba reports it: the code verbatim (even "Forbbiden.…", errors.ts), the message, the
// RequestId to quote to support, and a plain hint.
import { Alert, Button, Descriptions, Typography } from 'antd';
import { recommendUrl } from '../../domain/openapi/errors';
import { toApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n';
import { localHint } from './error-hints';

/** `hint`: what to do, said by the step that knows better than the code's general hint (an edition's own call). */
export function ErrorPanel({
  error,
  onRetry,
  hint: stepHint,
}: {
  error: unknown;
  onRetry?: () => void;
  hint?: string | undefined;
}) {
  const { t, locale } = useI18n();
  const apiError = toApiError(error);
  const hint =
    stepHint ??
    localHint(apiError.code, locale, apiError.hint) ??
    (apiError.source === 'network' ? t('networkHint') : undefined);
  // httpStatus 0 means the browser got no answer from the BFF at all (api/bff-json.ts networkError).
  const source =
    apiError.source === 'cloud'
      ? t('sourceCloud')
      : apiError.source === 'bff'
        ? t('sourceBff')
        : apiError.httpStatus === 0
          ? t('sourceConsole')
          : t('sourceNetwork');
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      title={t('errorTitle')}
      description={
        <>
          <Descriptions size="small" column={1} bordered={false}>
            <Descriptions.Item label={t('errorCode')}>
              <Typography.Text code data-testid="error-code">
                {apiError.code}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('errorMessage')}>
              <span data-testid="error-message">{apiError.message}</span>
            </Descriptions.Item>
            {apiError.requestId ? (
              <Descriptions.Item label={t('errorRequestId')}>
                <Typography.Text data-testid="error-request-id" copyable>
                  {apiError.requestId}
                </Typography.Text>
              </Descriptions.Item>
            ) : null}
            {hint ? (
              <Descriptions.Item label={t('errorHint')}>
                <span data-testid="error-hint">{hint}</span>
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('errorSource')}>{source}</Descriptions.Item>
          </Descriptions>
          {apiError.source === 'cloud' ? (
            <Typography.Link
              href={apiError.recommend ?? recommendUrl(apiError.code)}
              target="_blank"
              rel="noreferrer"
            >
              {t('errorRecommend')}
            </Typography.Link>
          ) : null}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/**
 * A write's failure where its form shows it: nothing until the mutation fails, then its panel, kept 16px from the
 * controls it follows (`above`) or precedes (`below`). Every step's write button has one.
 */
export function WriteErrorPanel({
  write,
  gap,
}: {
  write: { isError: boolean; error: unknown };
  gap: 'above' | 'below';
}) {
  if (!write.isError) return null;
  return (
    <div style={gap === 'above' ? { marginTop: 16 } : { marginBottom: 16 }}>
      <ErrorPanel error={write.error} />
    </div>
  );
}
