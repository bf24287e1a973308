// The financial account: the actual cost per budget line of an agreement's
// year, typed in kronor and saved as öre. What is typed stays on an error.
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { formatMoney, parseMoney } from '../../../../shared/agreements/money';
import type { BudgetActuals } from '../../../../shared/ipc/reports';
import { runApi } from '../../data/use-api-mutation';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useReportAgreements } from './use-reports';

const kronorText = (ore: number | null) => (ore === null ? '' : formatMoney(ore, { unit: false }));

export function ActualsTab() {
  const t = useT();
  const text = useMessage();
  const { agreements } = useReportAgreements();
  const [agreementId, setAgreementId] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [actuals, setActuals] = useState<BudgetActuals | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (agreementId === '' && agreements[0]) setAgreementId(String(agreements[0].id));
  }, [agreements, agreementId]);

  async function load() {
    setError(null);
    setFieldErrors({});
    const result = await runApi('reports:getActuals', {
      agreementId: Number(agreementId),
      year: Number(year),
    });
    if (!result.ok) return setError(result.error);
    setActuals(result.value);
    setTyped(Object.fromEntries(result.value.lines.map((l) => [l.label, kronorText(l.actual)])));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!actuals) return;
    const problems: Record<string, string> = {};
    const list: { label: string; actual: number }[] = [];
    for (const line of actuals.lines) {
      const value = (typed[line.label] ?? '').trim();
      if (value === '') continue;
      const parsed = parseMoney(value);
      if (!parsed.ok) problems[line.label] = text(parsed.problem);
      else list.push({ label: line.label, actual: parsed.value });
    }
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    const result = await runApi('reports:saveActuals', {
      agreementId: actuals.agreementId,
      year: actuals.year,
      actuals: list,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setActuals(result.value);
    notifySuccess(t('actuals.saved'));
  }

  return (
    <Stack gap="md" maw={900}>
      <Text>{t('actuals.intro')}</Text>
      <Group align="flex-end">
        <NativeSelect
          label={t('actuals.agreement')}
          value={agreementId}
          onChange={(e) => setAgreementId(e.currentTarget.value)}
          data={agreements.map((a) => ({
            value: String(a.id),
            label: `${a.registrationNumber} ${a.title}`.trim(),
          }))}
          miw={320}
        />
        <TextInput
          label={t('actuals.year')}
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          w={110}
        />
        <Button variant="light" onClick={() => void load()} disabled={agreementId === ''}>
          {t('actuals.load')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {actuals &&
        (actuals.lines.length === 0 ? (
          <Text>{t('actuals.noLines')}</Text>
        ) : (
          <form onSubmit={(e) => void save(e)} noValidate>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('actuals.moneyHint')}
              </Text>
              <Table withTableBorder aria-label={t('reports.tabActuals')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('actuals.line')}</Table.Th>
                    <Table.Th scope="col" className="rp-num">
                      {t('actuals.budget')}
                    </Table.Th>
                    <Table.Th scope="col">{t('actuals.actualHeader')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {actuals.lines.map((line) => (
                    <Table.Tr key={line.label}>
                      <Table.Th scope="row">{line.label}</Table.Th>
                      <Table.Td className="rp-num">{formatMoney(line.budget)}</Table.Td>
                      <Table.Td>
                        <TextInput
                          label={t('actuals.actual', { line: line.label })}
                          labelProps={{ className: 'rp-visually-hidden' }}
                          value={typed[line.label] ?? ''}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setTyped((v) => ({ ...v, [line.label]: value }));
                          }}
                          error={fieldErrors[line.label]}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {actuals.unmatched.length > 0 && (
                <Text size="sm">
                  {t('actuals.unmatched', { lines: actuals.unmatched.map((u) => u.label).join(', ') })}
                </Text>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={busy}>
                  {t('actuals.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ))}
    </Stack>
  );
}
