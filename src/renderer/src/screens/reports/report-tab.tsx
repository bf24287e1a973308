// The Rapport tab: the request form and, once asked for, the report.
import { Group, Stack, Text } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { useReportAgreements, useShownReport } from './use-reports';
import { SendReportButton } from '../exchange/send-report';
import { ReportRequestForm } from './report-request-form';
import { ReportView } from './report-view';

export function ReportTab({ role }: { role: Role }) {
  const t = useT();
  const { report, loading, error: reportError } = useShownReport();
  const { loaded, error: listError } = useReportAgreements();
  const error = reportError ?? listError;

  return (
    <Stack gap="lg">
      <Text>{t('reports.intro')}</Text>
      {!loaded ? <LoadingState label={t('common.loading')} /> : <ReportRequestForm />}
      {mayCall('exchange:makeReport', role) && (
        <Group>
          <SendReportButton current={report} />
        </Group>
      )}
      <ErrorAlert error={error} />
      {loading && <LoadingState label={t('reports.loadingReport')} />}
      {report && !loading && <ReportView report={report} />}
    </Stack>
  );
}
