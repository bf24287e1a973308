// The fields of one party's signature (party, name, title, place, date), shared
// by the agreement's signatures and an amendment's. The owner keeps the values
// and says what choosing a party fills in.
import { Group, Select, TextInput } from '@mantine/core';
import { useT } from '../../i18n/use-t';

export interface SignatureValues {
  organisationId: string;
  name: string;
  title: string;
  place: string;
  date: string;
}

export function SignatureFields({
  parties,
  values,
  onChange,
  onParty,
  error,
}: {
  parties: { value: string; label: string }[];
  values: SignatureValues;
  onChange(values: SignatureValues): void;
  /** A party was chosen: the owner fills in its signatory. */
  onParty(organisationId: string): void;
  /** The message for a field of the signature (`name`, `date`, …), if any. */
  error(field: keyof SignatureValues): string | undefined;
}) {
  const t = useT();
  const text = (field: 'name' | 'title' | 'place') => ({
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) =>
      onChange({ ...values, [field]: e.currentTarget.value }),
    error: error(field),
  });
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('signatures.party')}
          data={parties}
          value={values.organisationId}
          onChange={(v) => v && onParty(v)}
          error={error('organisationId')}
          allowDeselect={false}
        />
        <TextInput label={t('signatures.name')} required {...text('name')} />
        <TextInput label={t('signatures.titleField')} {...text('title')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('signatures.place')} required {...text('place')} />
        <TextInput
          label={t('signatures.date')}
          description={t('agreements.dateFormat')}
          value={values.date}
          onChange={(e) => onChange({ ...values, date: e.currentTarget.value.trim() })}
          error={error('date')}
          required
        />
      </Group>
    </>
  );
}
