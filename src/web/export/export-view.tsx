// Downloads of the setup as code: the aliyun CLI script (whole setup, or only what remains,
// reusing the console's ClientTokens) and the Terraform file, rendered by src/domain/export from the same plan the
// preview shows — built from the resources the cloud lists, so created IDs and import lines are real. On Enterprise
// Edition that plan is the transit routers' (use-enterprise-setup-plan.ts), and both renderers follow it.
import { Button, Checkbox, Input } from 'antd';
import { useId, useState } from 'react';
import { renderAliyunCliScript } from '../../domain/export/aliyun-cli-script';
import { renderTerraform, terraformImportCommands } from '../../domain/export/terraform';
import type { AccountName } from '../../domain/accounts';
import type { Plan } from '../../domain/plan/plan-types';
import { useEditionName } from '../api/edition';
import { useFeatureText } from '../i18n/feature-text';
import { useEnterpriseSetupPlan } from '../plan/use-enterprise-setup-plan';
import { useSetupPlan } from '../plan/use-setup-plan';
import { fileStamp, saveText } from './download';
import { EXPORT_TEXT } from './export-text';
import { useVRouterIds } from './use-vrouter-ids';

/** Profile names go into a shell script and HCL; the renderers quote them, this only keeps them tidy. */
const profileOk = (s: string) => /^[A-Za-z0-9_.-]{1,64}$/.test(s);

export function ExportView() {
  return useEditionName() === 'Enterprise' ? <EnterpriseExportView /> : <BasicExportView />;
}

function BasicExportView() {
  const { plan, snapshot } = useSetupPlan();
  return <ExportPanel plan={plan} loaded={snapshot.loaded} />;
}

function EnterpriseExportView() {
  const { plan, loaded } = useEnterpriseSetupPlan();
  return <ExportPanel plan={plan} loaded={loaded} vRouterIds={useVRouterIds()} />;
}

function ExportPanel({
  plan,
  loaded,
  vRouterIds = {},
}: {
  plan: Plan;
  loaded: boolean;
  /** Enterprise Edition: each VPC's vRouter ID, for the route entries' import lines. */
  vRouterIds?: Partial<Record<AccountName, string>>;
}) {
  const t = useFeatureText(EXPORT_TEXT);
  const [profileA, setProfileA] = useState('A');
  const [profileB, setProfileB] = useState('B');
  const [assume, setAssume] = useState(false);
  const [roleName, setRoleName] = useState('CenConnectRole');
  const ids = { a: useId(), b: useId(), role: useId() };
  const profiles = {
    A: profileOk(profileA) ? profileA : 'A',
    B: profileOk(profileB) ? profileB : 'B',
  };
  const imports = terraformImportCommands(plan, { vRouterIds });
  const blocked = plan.calls.filter((c) => c.status === 'blocked').length;
  const stamp = () => fileStamp();
  return (
    <section aria-labelledby="export-title" data-testid="export-view">
      <h2 id="export-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {plan.edition === 'Enterprise' ? <p data-testid="export-edition-note">{t('enterpriseNote')}</p> : null}
      {!loaded ? <p role="status">{t('loading')}</p> : null}
      <div style={{ display: 'grid', gap: 8, maxWidth: 520, marginBottom: 12 }}>
        <label htmlFor={ids.a}>{t('profileA')}</label>
        <Input id={ids.a} value={profileA} onChange={(e) => setProfileA(e.target.value)} />
        <label htmlFor={ids.b}>{t('profileB')}</label>
        <Input id={ids.b} value={profileB} onChange={(e) => setProfileB(e.target.value)} />
        <Checkbox checked={assume} onChange={(e) => setAssume(e.target.checked)}>
          {t('assumeRole')}
        </Checkbox>
        {assume ? (
          <>
            <label htmlFor={ids.role}>{t('roleName')}</label>
            <Input id={ids.role} value={roleName} onChange={(e) => setRoleName(e.target.value)} />
          </>
        ) : null}
      </div>
      {blocked > 0 ? <p role="note">{t('blockedNote', { n: blocked })}</p> : null}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button
          type="primary"
          data-testid="export-cli-all"
          onClick={() =>
            saveText(
              renderAliyunCliScript(plan, { scope: 'all', profiles }),
              `cen-connect-setup-${stamp()}.sh`,
              'text/x-shellscript',
            )
          }
        >
          {t('cliAll')}
        </Button>
        <Button
          data-testid="export-cli-remaining"
          onClick={() =>
            saveText(
              renderAliyunCliScript(plan, { scope: 'remaining', profiles }),
              `cen-connect-remaining-${stamp()}.sh`,
              'text/x-shellscript',
            )
          }
        >
          {t('cliRemaining')}
        </Button>
        <Button
          data-testid="export-terraform"
          onClick={() =>
            saveText(
              renderTerraform(plan, {
                profiles,
                vRouterIds,
                accountB:
                  assume && roleName.trim()
                    ? { mode: 'assume-role', roleName: roleName.trim() }
                    : { mode: 'profile' },
              }),
              `cen-connect-${stamp()}.tf`,
              'text/plain',
            )
          }
        >
          {t('terraform')}
        </Button>
      </div>
      <h3>{t('imports')}</h3>
      {imports.length === 0 ? (
        <p>{t('noImports')}</p>
      ) : (
        <>
          <pre className="command" data-testid="export-imports" tabIndex={0} aria-label={t('imports')}>
            {imports.join('\n')}
          </pre>
          {imports.some((line) => line.includes('VRT_ID_')) ? (
            <p role="note" data-testid="export-vrouter-note">
              {t('vRouterNote')}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
