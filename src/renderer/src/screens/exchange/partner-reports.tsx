// On an agreement's Åtaganden tab (the public party): the reports received
// from the partners linked to the agreement's organisations. The newest
// report's commitments stand beside this agreement's own commitments (matched
// by their text; a report naming the agreement's registration number is
// preferred), so what the organisation counted (groups, children,
// sessions) can be followed up here, where those records are not kept.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { CommitmentFollowUp } from '../../../../shared/ipc/agreements/commitments';
import type { ReceivedReport } from '../../../../shared/ipc/exchange';
import type { Report, ReportRow } from '../../../../shared/ipc/reports';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { ReportCellText } from '../reports/report-cell';
import { ShowReceivedReportButton } from './received-report';
import { exchangeApi } from './use-exchange';

interface Props {
  organisationIds: readonly number[];
  /** The agreement's registration number: a report naming it belongs here (both parties use the same). */
  registrationNumber: string;
  commitments: readonly CommitmentFollowUp[];
}

/** A report row ("Part: text") for a commitment, matched on the text after the party. */
function rowFor(report: Report, text: string): ReportRow | undefined {
  const table = report.sections.flatMap((s) => s.tables).find((tb) => tb.key === 'commitments');
  const wanted = text.trim().toLocaleLowerCase('sv');
  return table?.rows.find((r) => {
    const at = r.label.indexOf(': ');
    return (at < 0 ? r.label : r.label.slice(at + 2)).trim().toLocaleLowerCase('sv') === wanted;
  });
}

export function PartnerReports({ organisationIds, registrationNumber, commitments }: Props) {
  const t = useT();
  const [reports, setReports] = useState<ReceivedReport[]>([]);
  const [latest, setLatest] = useState<Report | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const key = organisationIds.join(',');

  useEffect(() => {
    let live = true;
    void (async () => {
      const list = await exchangeApi.receivedReports();
      if (!live) return;
      if (!list.ok) return setError(list.error);
      const ids = new Set(key.split(',').map(Number));
      const linked = list.value.filter((r) => r.organisationId !== null && ids.has(r.organisationId));
      // Reports naming this agreement's registration number; failing that, every report of the linked partners.
      const named = registrationNumber === '' ? [] : linked.filter((r) => r.scopeName.includes(registrationNumber));
      const mine = named.length > 0 ? named : linked;
      setReports(mine);
      if (mine.length === 0) return;
      const newest = await exchangeApi.receivedReport(mine[0]!.packageId);
      if (live && newest.ok) setLatest(newest.value);
    })();
    return () => {
      live = false;
    };
  }, [key, registrationNumber]);

  if (error) return <ErrorAlert error={error} />;
  if (reports.length === 0) return null;
  const matched = latest
    ? commitments.map((c) => ({ c, row: rowFor(latest, c.text) })).filter((m) => m.row)
    : [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="xr-partner-reports">
      <Title order={3} size="h5" id="xr-partner-reports">
        {t('exchange.partnerReports')}
      </Title>
      {latest && matched.length > 0 && (
        <>
          <Text size="sm">
            {t('exchange.partnerReportsIntro', {
              period: latest.period.label,
              date: reports[0]!.receivedAt.slice(0, 10),
            })}
          </Text>
          <Table withTableBorder striped aria-label={t('exchange.partnerReportsTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cmt.commitment')}</Table.Th>
                <Table.Th>{t('exchange.reportTarget')}</Table.Th>
                <Table.Th>{t('exchange.reportAchieved')}</Table.Th>
                <Table.Th>{t('exchange.reportStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matched.map(({ c, row }) => (
                <Table.Tr key={c.key}>
                  <Table.Td>{c.text}</Table.Td>
                  <Table.Td>
                    <ReportCellText cell={row!.cells[0]!} threshold={latest.threshold} />
                  </Table.Td>
                  <Table.Td>
                    <ReportCellText cell={row!.cells[2]!} threshold={latest.threshold} />
                  </Table.Td>
                  <Table.Td>
                    <ReportCellText cell={row!.cells[4]!} threshold={latest.threshold} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Table withTableBorder aria-label={t('exchange.partnerReportsList')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchange.col.date')}</Table.Th>
            <Table.Th>{t('exchange.reportPeriod')}</Table.Th>
            <Table.Th>{t('exchange.reportAgreementAtSender')}</Table.Th>
            <Table.Th>{t('exchange.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => (
            <Table.Tr key={r.packageId}>
              <Table.Td>{r.receivedAt.slice(0, 10)}</Table.Td>
              <Table.Td>{r.period.label}</Table.Td>
              <Table.Td>{r.scopeName}</Table.Td>
              <Table.Td>
                <ShowReceivedReportButton
                  packageId={r.packageId}
                  label={`${t('exchange.showFigures')}: ${r.period.label}, ${r.receivedAt.slice(0, 10)}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
