// A new programme under an agreement. The format fills in its defaults
// (weekly 8 × 120 minutes; a weekend of three full days and a follow-up;
// custom e.g. 14 weekly sessions), which can be changed. The programme is run
// by one of the agreement's non-profit parties: in an umbrella partnership its
// groups fall under that organisation's appendix.
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { statusLabels } from '../../../../shared/agreements/labels';
import type { AgreementSummary } from '../../../../shared/ipc/agreements';
import { formatDefaults } from '../../../../shared/support-groups/session-schedule';
import { programmeFormats, type ProgrammeFormat } from '../../../../shared/support-groups/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useLanguage, useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';

const nonprofits = (agreement: AgreementSummary) => agreement.parties.filter((p) => p.role === 'nonprofit');

/** The only non-profit party runs the programme; with several, the caseworker chooses. */
const soleRunner = (agreement: AgreementSummary | undefined) => {
  const runners = agreement ? nonprofits(agreement) : [];
  return runners.length === 1 ? String(runners[0]!.organisationId) : '';
};

export function ProgrammeForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const text = useMessage();
  const language = useLanguage();
  const agreementList = useApiQuery('agreements:list', {}).data;
  const agreements = useMemo(() => agreementList?.items ?? [], [agreementList]);
  const create = useApiMutation('programmes:create');
  const [values, setValues] = useState({
    agreementId: '',
    organisationId: '',
    name: '',
    format: 'weekly' as ProgrammeFormat,
    sessionCount: '8',
    sessionMinutes: '120',
    intervalDays: '7',
    followUpWeeks: '0',
    followUpMinutes: '0',
    ageMin: '7',
    ageMax: '18',
    groupSizeMin: '5',
    groupSizeMax: '8',
    targetGroupsPerYear: '4',
    targetChildrenPerYear: '40',
  });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  // The first agreement is chosen once the list has come.
  const first = agreements[0];
  useEffect(() => {
    if (first)
      setValues((v) =>
        v.agreementId ? v : { ...v, agreementId: String(first.id), organisationId: soleRunner(first) },
      );
  }, [first]);

  const set = (key: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const chooseFormat = (format: ProgrammeFormat) => {
    const d = formatDefaults[format];
    setValues((v) => ({
      ...v,
      format,
      sessionCount: String(d.sessionCount),
      sessionMinutes: String(d.sessionMinutes),
      intervalDays: String(d.intervalDays),
      followUpWeeks: String(d.followUpWeeks),
      followUpMinutes: String(d.followUpMinutes),
    }));
  };
  const chooseAgreement = (value: string) => {
    const chosen = agreements.find((a) => String(a.id) === value);
    setValues((v) => ({ ...v, agreementId: value, organisationId: soleRunner(chosen) }));
  };
  const agreement = agreements.find((a) => String(a.id) === values.agreementId);
  const runners = agreement ? nonprofits(agreement) : [];
  const err = (path: string) =>
    failure?.fields?.[path] ? text(failure.fields[path], failure.params) : undefined;
  const num = (v: string) => (v.trim() === '' ? null : Number(v));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await create.run({
      agreementId: Number(values.agreementId),
      organisationId: values.organisationId === '' ? null : Number(values.organisationId),
      name: values.name,
      format: values.format,
      sessionCount: Number(values.sessionCount),
      sessionMinutes: Number(values.sessionMinutes),
      intervalDays: Number(values.intervalDays),
      followUpWeeks: Number(values.followUpWeeks),
      followUpMinutes: Number(values.followUpMinutes),
      ageMin: Number(values.ageMin),
      ageMax: Number(values.ageMax),
      groupSizeMin: Number(values.groupSizeMin),
      groupSizeMax: Number(values.groupSizeMax),
      targetGroupsPerYear: num(values.targetGroupsPerYear),
      targetChildrenPerYear: num(values.targetChildrenPerYear),
    });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    notifySuccess(t('programmes.saved'));
    onDone();
  }

  const numberField = (key: keyof typeof values, label: string) => (
    <TextInput label={label} inputMode="numeric" value={values[key]} onChange={set(key)} error={err(key)} />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset legend={t('programmes.newTitle')}>
        <Stack gap="sm">
          <NativeSelect
            label={t('programmes.agreement')}
            value={values.agreementId}
            onChange={(e) => chooseAgreement(e.currentTarget.value)}
            data={agreements.map((a) => ({
              value: String(a.id),
              label: `${a.registrationNumber} ${a.title}`,
            }))}
            description={
              agreement &&
              t('programmes.agreementPeriod', {
                start: agreement.start,
                end: agreement.end,
                status: statusLabels[language][agreement.status],
              })
            }
            error={err('agreementId')}
          />
          <NativeSelect
            label={t('programmes.runBy')}
            description={t('programmes.runByHint')}
            value={values.organisationId}
            onChange={set('organisationId')}
            data={[
              ...(runners.length === 1
                ? []
                : [
                    {
                      value: '',
                      label:
                        runners.length > 1 ? t('programmes.chooseRunner') : t('programmes.wholeAgreement'),
                    },
                  ]),
              ...runners.map((p) => ({ value: String(p.organisationId), label: p.name })),
            ]}
            error={err('organisationId')}
          />
          <TextInput
            label={t('programmes.name')}
            required
            value={values.name}
            onChange={set('name')}
            error={err('name')}
          />
          <NativeSelect
            label={t('programmes.format')}
            value={values.format}
            onChange={(e) => chooseFormat(e.currentTarget.value as ProgrammeFormat)}
            data={programmeFormats.map((f) => ({ value: f, label: t(`format.${f}`) }))}
          />
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {numberField(
              'sessionCount',
              values.format === 'weekend' ? t('programmes.fullDays') : t('programmes.sessionCount'),
            )}
            {numberField('sessionMinutes', t('programmes.sessionMinutes'))}
            {values.format === 'custom' && numberField('intervalDays', t('programmes.intervalDays'))}
            {values.format === 'weekend' && numberField('followUpWeeks', t('programmes.followUpWeeks'))}
            {values.format === 'weekend' && numberField('followUpMinutes', t('programmes.followUpMinutes'))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {numberField('ageMin', t('programmes.ageMin'))}
            {numberField('ageMax', t('programmes.ageMax'))}
            {numberField('groupSizeMin', t('programmes.groupSizeMin'))}
            {numberField('groupSizeMax', t('programmes.groupSizeMax'))}
            {numberField('targetGroupsPerYear', t('programmes.targetGroups'))}
            {numberField('targetChildrenPerYear', t('programmes.targetChildren'))}
          </SimpleGrid>
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={saving}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('programmes.save')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
