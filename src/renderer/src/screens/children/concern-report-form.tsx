// Registers that a concern report (orosanmälan) was made: date, to which
// social services, by whom. Never its content: there is no field for it.
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { useApiMutation } from '../../data/use-api-mutation';
import { todayIso } from '../support-groups/labels';

export function ConcernReportForm({ childId }: { childId: number }) {
  const t = useT();
  const add = useApiMutation('children:addConcernReport');
  const text = useMessage();
  const [values, setValues] = useState({ reportedOn: todayIso(), socialServices: '', reportedBy: '' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const err = (path: string) => (failure?.fields?.[path] ? text(failure.fields[path]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await add.run({ childId, ...values });
    setSaving(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    setValues({ reportedOn: todayIso(), socialServices: '', reportedBy: '' });
    notifySuccess(t('concernReport.saved'));
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('concernReport.formLabel')}>
      <Stack gap="sm" mt="sm" className="sg-subsection">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('childPage.reportedOn')}
            description={t('sgCommon.dateHint')}
            value={values.reportedOn}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setValues((s) => ({ ...s, reportedOn: v }));
            }}
            error={err('reportedOn')}
          />
          <TextInput
            label={t('childPage.socialServices')}
            value={values.socialServices}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setValues((s) => ({ ...s, socialServices: v }));
            }}
            error={err('socialServices')}
          />
          <TextInput
            label={t('childPage.reportedBy')}
            value={values.reportedBy}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setValues((s) => ({ ...s, reportedBy: v }));
            }}
            error={err('reportedBy')}
          />
        </SimpleGrid>
        <ErrorAlert error={failure} />
        <Group>
          <Button type="submit" variant="default" loading={saving}>
            {t('concernReport.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
