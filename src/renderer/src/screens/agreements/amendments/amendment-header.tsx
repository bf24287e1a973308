// The amendment's own fields above the agreement's terms in the editor: its
// registration number, reason, the day it takes effect, who decides it, the
// parties it concerns (all by default; they sign it) and, for an organisation
// joining, that it accepts all the partnership's terms.
import { Checkbox, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { AgreementData } from '../../../../../shared/agreements/model';
import { useT } from '../../../i18n/use-t';
import { Section } from '../editor/section';
import { joiningParties, partiesBeforeAndAfter, type AmendmentMeta } from './amendment-draft';

interface Props {
  meta: AmendmentMeta;
  onChange(patch: Partial<AmendmentMeta>): void;
  /** Today's terms and the terms as amended so far. */
  before: AgreementData;
  after: Pick<AgreementData, 'parties' | 'period'>;
  nameOf(id: number): string;
  errorOf(field: keyof AmendmentMeta | 'concerned'): string | undefined;
  latestExtendedEnd: string | null;
}

export function AmendmentHeader({
  meta,
  onChange,
  before,
  after,
  nameOf,
  errorOf,
  latestExtendedEnd,
}: Props) {
  const t = useT();
  const parties = partiesBeforeAndAfter(before, after);
  const joining = joiningParties(before, after);
  return (
    <Section id="agr-amendment" legend={t('amendment.header')} disabled={false}>
      <Group grow align="flex-start">
        <TextInput
          label={t('amendment.registrationNumber')}
          description={t('amendment.registrationNumberHint')}
          value={meta.registrationNumber}
          onChange={(e) => onChange({ registrationNumber: e.currentTarget.value })}
          error={errorOf('registrationNumber')}
          autoComplete="off"
        />
        <TextInput
          label={t('amendment.effectiveFrom')}
          description={t('agreements.dateFormat')}
          value={meta.effectiveFrom}
          onChange={(e) => onChange({ effectiveFrom: e.currentTarget.value })}
          error={errorOf('effectiveFrom')}
          required
          autoComplete="off"
        />
      </Group>
      <Textarea
        label={t('amendment.reason')}
        description={t('amendment.reasonHint')}
        autosize
        minRows={2}
        value={meta.reason}
        onChange={(e) => onChange({ reason: e.currentTarget.value })}
        error={errorOf('reason')}
        required
      />
      <Radio.Group
        label={t('amendment.decider')}
        value={meta.decider}
        onChange={(v) => onChange({ decider: v === 'delegation' ? 'delegation' : 'board' })}
        error={errorOf('decider')}
      >
        <Group mt={4}>
          <Radio value="board" label={t('amendment.deciderBoard')} />
          <Radio value="delegation" label={t('amendment.deciderDelegation')} />
        </Group>
      </Radio.Group>
      {latestExtendedEnd !== null && (
        <Text size="sm">
          {t('amendment.extensionLimit', { end: before.period.end, max: latestExtendedEnd })}
        </Text>
      )}
      <Checkbox.Group
        label={t('amendment.concerned')}
        description={t('amendment.concernedHint')}
        error={errorOf('concerned')}
        value={parties.filter((id) => !meta.unticked.includes(id)).map(String)}
        onChange={(values) => onChange({ unticked: parties.filter((id) => !values.includes(String(id))) })}
      >
        <Stack gap={6} mt={6}>
          {parties.map((id) => (
            <Checkbox
              key={id}
              value={String(id)}
              label={joining.includes(id) ? t('amendment.joiningParty', { name: nameOf(id) }) : nameOf(id)}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {joining.length > 0 && (
        <Stack gap={6}>
          {joining.map((id) => (
            <Checkbox
              key={id}
              label={t('amendment.acceptsTerms', { name: nameOf(id) })}
              checked={meta.acceptedTerms.includes(id)}
              onChange={(e) =>
                onChange({
                  acceptedTerms: e.currentTarget.checked
                    ? [...meta.acceptedTerms, id]
                    : meta.acceptedTerms.filter((x) => x !== id),
                })
              }
              error={errorOf('acceptedTerms')}
            />
          ))}
        </Stack>
      )}
    </Section>
  );
}
