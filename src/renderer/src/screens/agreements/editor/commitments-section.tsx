// Each party's commitments (åtaganden) as a list: the text, and how it is
// followed up: its kind, for a recurring one the target per year or term (a
// number, exactly / at least / about with a tolerance) and whether the app
// counts it from the groups or it is ticked off by hand, for a one-off one
// its due date; in an umbrella, the appendix it sits in.
import { Group, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import {
  commitmentKinds,
  commitmentMeasures,
  defaultTolerancePercent,
  nextCommitmentKey,
  targetComparisons,
  targetPeriods,
  type Commitment,
  type CommitmentKind,
  type TargetComparison,
} from '../../../../../shared/agreements/commitments/commitment';
import { FieldScope, ScopedLabel } from '../../../components/field-scope';
import { useT } from '../../../i18n/use-t';
import type { SectionProps } from './form-api';
import { AddButton, RemoveButton } from './row-buttons';
import { Section } from './section';

const withKind = (c: Commitment, kind: CommitmentKind): Commitment => ({
  ...c,
  kind,
  target:
    kind === 'recurring'
      ? (c.target ?? { count: 1, per: 'year', comparison: 'atLeast', tolerancePercent: 0, measure: 'tickOffs' })
      : null,
  dueDate: kind === 'oneOff' ? (c.dueDate ?? '') : null,
});

export function CommitmentsSection({ form, errorOf, names, readOnly }: SectionProps) {
  const t = useT();
  const values = form.getValues();
  const appendixOptions = [
    { value: 'main', label: t('cmt.mainText') },
    ...values.appendices.map((a, i) => ({ value: String(i), label: a.title || t('cmt.appendix', { n: i + 1 }) })),
  ];
  return (
    <Section id="agr-commitments" legend={t('editor.commitments')} disabled={readOnly}>
      {values.parties.map((party) => {
        const name = names.get(party.organisationId)?.name ?? '';
        const rows = values.commitments
          .map((c, index) => ({ c, index }))
          .filter((r) => r.c.organisationId === party.organisationId);
        return (
          <Stack key={party.organisationId} gap="lg" className="agr-subsection">
            <Text fw={700}>{name}</Text>
            {rows.map(({ c, index }, n) => {
              const p = `commitments.${index}`;
              return (
                <FieldScope key={form.key(p)} name={t('cmt.scope', { n: n + 1, name })}>
                  <Stack gap={4}>
                    <Group align="flex-start" wrap="nowrap">
                      <Textarea
                        aria-label={t('editor.commitmentOf', { name, n: n + 1 })}
                        autosize
                        minRows={1}
                        style={{ flex: 1 }}
                        {...form.getInputProps(`${p}.text`)}
                        error={errorOf(`${p}.text`) ?? errorOf(`${p}.organisationId`) ?? errorOf(`${p}.key`)}
                      />
                      <RemoveButton
                        label={t('editor.removeCommitment', { name, n: n + 1 })}
                        onClick={() => form.removeListItem('commitments', index)}
                      />
                    </Group>
                    <Group align="flex-start" gap="xs">
                      <Select
                        label={<ScopedLabel>{t('cmt.kind')}</ScopedLabel>}
                        data={commitmentKinds.map((k) => ({ value: k, label: t(`cmt.kind.${k}`) }))}
                        value={c.kind}
                        onChange={(v) => v && form.setFieldValue(p, withKind(c, v as CommitmentKind))}
                        allowDeselect={false}
                        w={340}
                      />
                      {values.appendices.length > 0 && (
                        <Select
                          label={<ScopedLabel>{t('cmt.inAppendix')}</ScopedLabel>}
                          data={appendixOptions}
                          value={c.appendixIndex === null ? 'main' : String(c.appendixIndex)}
                          onChange={(v) =>
                            v && form.setFieldValue(`${p}.appendixIndex`, v === 'main' ? null : Number(v))
                          }
                          allowDeselect={false}
                          error={errorOf(`${p}.appendixIndex`)}
                          w={260}
                        />
                      )}
                      {c.kind === 'oneOff' && (
                        <TextInput
                          label={<ScopedLabel>{t('cmt.dueDate')}</ScopedLabel>}
                          description={t('agreements.dateFormat')}
                          w={160}
                          {...form.getInputProps(`${p}.dueDate`)}
                          error={errorOf(`${p}.dueDate`)}
                        />
                      )}
                    </Group>
                    {c.kind === 'recurring' && c.target && (
                      <Group align="flex-start" gap="xs">
                        <Select
                          label={<ScopedLabel>{t('cmt.comparison')}</ScopedLabel>}
                          data={targetComparisons.map((k) => ({ value: k, label: t(`cmt.comparison.${k}`) }))}
                          value={c.target.comparison}
                          onChange={(v) => {
                            if (!v || !c.target) return;
                            const comparison = v as TargetComparison;
                            form.setFieldValue(`${p}.target`, {
                              ...c.target,
                              comparison,
                              tolerancePercent: comparison === 'about' ? defaultTolerancePercent : 0,
                            });
                          }}
                          allowDeselect={false}
                          w={120}
                        />
                        <NumberInput
                          label={<ScopedLabel>{t('cmt.count')}</ScopedLabel>}
                          w={130}
                          {...form.getInputProps(`${p}.target.count`)}
                          error={errorOf(`${p}.target.count`)}
                        />
                        <Select
                          label={<ScopedLabel>{t('cmt.per')}</ScopedLabel>}
                          data={targetPeriods.map((k) => ({ value: k, label: t(`cmt.per.${k}`) }))}
                          value={c.target.per}
                          onChange={(v) => v && form.setFieldValue(`${p}.target.per`, v as 'year' | 'term')}
                          allowDeselect={false}
                          w={110}
                        />
                        {c.target.comparison === 'about' && (
                          <NumberInput
                            label={<ScopedLabel>{t('cmt.tolerance')}</ScopedLabel>}
                            allowDecimal={false}
                            min={0}
                            max={100}
                            w={120}
                            {...form.getInputProps(`${p}.target.tolerancePercent`)}
                            error={errorOf(`${p}.target.tolerancePercent`)}
                          />
                        )}
                        <Select
                          label={<ScopedLabel>{t('cmt.measure')}</ScopedLabel>}
                          data={commitmentMeasures.map((k) => ({ value: k, label: t(`cmt.measure.${k}`) }))}
                          value={c.target.measure}
                          onChange={(v) =>
                            v && form.setFieldValue(`${p}.target.measure`, v as (typeof commitmentMeasures)[number])
                          }
                          allowDeselect={false}
                          w={220}
                        />
                      </Group>
                    )}
                  </Stack>
                </FieldScope>
              );
            })}
            {!readOnly && (
              <AddButton
                label={t('editor.addCommitment', { name })}
                onClick={() =>
                  form.insertListItem('commitments', {
                    key: nextCommitmentKey(values.commitments),
                    organisationId: party.organisationId,
                    appendixIndex: null,
                    text: '',
                    kind: 'ongoing',
                    target: null,
                    dueDate: null,
                  } satisfies Commitment)
                }
              />
            )}
          </Stack>
        );
      })}
    </Section>
  );
}
