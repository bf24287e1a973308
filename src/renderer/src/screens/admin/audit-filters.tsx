import { Button, Fieldset, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isValidIsoDate } from '../../../../shared/dates';
import type { FieldErrors } from '../../api/zod-fields';
import { useFieldError } from '../../components/use-field-error';
import { useFormErrors } from '../../components/use-form-errors';
import { useT } from '../../i18n/use-t';
import { noAuditFilter, useAuditStore, type AuditFilterValues } from '../../stores/audit-store';
import { applyAuditFilter } from './use-audit';
import { useUsers } from './use-admin-data';
import { auditEntityTypes, entityLabel } from './audit-labels';

interface Draft {
  userId: string;
  entityType: string;
  from: string;
  to: string;
}

const toDraft = (f: AuditFilterValues): Draft => ({
  userId: f.userId === null ? '' : String(f.userId),
  entityType: f.entityType ?? '',
  from: f.from ?? '',
  to: f.to ?? '',
});

export function AuditFilters() {
  const t = useT();
  const filter = useAuditStore((s) => s.filter);
  const { users } = useUsers();
  const [draft, setDraft] = useState<Draft>(() => toDraft(filter));
  const { errors, setErrors, clear: clearErrors } = useFormErrors();
  const fieldError = useFieldError(errors);

  async function apply(next: Draft) {
    const found: FieldErrors = {};
    for (const key of ['from', 'to'] as const) {
      const value = next[key].trim();
      if (value !== '' && !isValidIsoDate(value)) found[key] = 'field.date';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const failure = await applyAuditFilter({
      userId: next.userId === '' ? null : Number(next.userId),
      entityType: next.entityType === '' ? null : next.entityType,
      from: next.from.trim() || null,
      to: next.to.trim() || null,
    });
    if (failure?.fields) setErrors(failure.fields);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void apply(draft);
  }

  function clear() {
    const empty = toDraft(noAuditFilter);
    setDraft(empty);
    void apply(empty);
  }

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    clearErrors(...Object.keys(patch));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <NativeSelect
            label={t('audit.user')}
            value={draft.userId}
            onChange={(e) => change({ userId: e.currentTarget.value })}
            data={[
              { value: '', label: t('audit.allUsers') },
              ...users.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` })),
            ]}
          />
          <NativeSelect
            label={t('audit.entityType')}
            value={draft.entityType}
            onChange={(e) => change({ entityType: e.currentTarget.value })}
            data={[
              { value: '', label: t('audit.allTypes') },
              ...auditEntityTypes.map((type) => ({ value: type, label: entityLabel(type, t) })),
            ]}
          />
          <TextInput
            label={t('audit.from')}
            description={t('audit.dateHint')}
            value={draft.from}
            onChange={(e) => change({ from: e.currentTarget.value })}
            error={fieldError('from')}
            autoComplete="off"
          />
          <TextInput
            label={t('audit.to')}
            description={t('audit.dateHint')}
            value={draft.to}
            onChange={(e) => change({ to: e.currentTarget.value })}
            error={fieldError('to')}
            autoComplete="off"
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">{t('audit.apply')}</Button>
          <Button variant="default" onClick={clear}>
            {t('audit.clear')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
