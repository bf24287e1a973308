// A new instrument: who answers, the items on their scales (reverse-scored
// and required or not) and the totals or subscales computed from them, each
// with the reliability and norm SD the reliable change index uses. Main
// checks everything again; its field problems show at the fields.
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { InstrumentInput } from '../../../../shared/ipc/effect-evaluation';
import type { OrganisationSummary } from '../../../../shared/ipc/organisations';
import { respondents, scoreMethods } from '../../../../shared/effect-evaluation/vocabulary';
import { ErrorAlert } from '../../components/error-alert';
import { FieldScope, ScopedLabel } from '../../components/field-scope';
import { useMessage, useT } from '../../i18n/use-t';
import { createInstrument } from './use-effect-evaluation';

type Item = InstrumentInput['items'][number];
type Scale = InstrumentInput['scales'][number];

const newItem = (): Item => ({
  text: '',
  min: 1,
  max: 5,
  minLabel: 'Stämmer inte alls',
  maxLabel: 'Stämmer helt',
  reverse: false,
  required: true,
});

export function InstrumentForm({
  organisations,
  onSaved,
}: {
  organisations: OrganisationSummary[];
  onSaved: () => void;
}) {
  const t = useT();
  const text = useMessage();
  const [organisationId, setOrganisationId] = useState<number | null>(organisations[0]?.id ?? null);
  const [name, setName] = useState('');
  const [respondent, setRespondent] = useState<InstrumentInput['respondent']>('child');
  const [items, setItems] = useState<Item[]>([newItem()]);
  const [scales, setScales] = useState<Scale[]>([
    { name: 'Totalt', items: [0], method: 'sum', higherIsBetter: true, normSd: 1, reliability: 0.8 },
  ]);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const err = (path: string) => (error?.fields?.[path] ? text(error.fields[path]) : undefined);
  const setItem = (i: number, patch: Partial<Item>) =>
    setItems(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const setScale = (i: number, patch: Partial<Scale>) =>
    setScales(scales.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const num = (v: string | number) => (typeof v === 'number' ? v : Number.NaN);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (organisationId === null) return;
    setSaving(true);
    const result = await createInstrument({ organisationId, name, respondent, items, scales });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset legend={t('effectScreen.newInstrument')}>
        <Stack gap="sm">
          <NativeSelect
            label={t('effectScreen.organisation')}
            value={String(organisationId ?? '')}
            onChange={(e) => setOrganisationId(Number(e.currentTarget.value))}
            data={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          />
          <TextInput
            label={t('effectScreen.instrumentName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
            required
          />
          <NativeSelect
            label={t('effectScreen.respondent')}
            value={respondent}
            onChange={(e) => setRespondent(e.currentTarget.value as InstrumentInput['respondent'])}
            data={respondents.map((r) => ({ value: r, label: t(`effectScreen.respondent.${r}`) }))}
          />
          {items.map((item, i) => (
            <FieldScope key={i} name={t('effectScreen.itemScope', { n: i + 1 })}>
              <Fieldset legend={t('effectScreen.itemScope', { n: i + 1 })} variant="filled">
                <Stack gap="xs">
                  <TextInput
                    label={<ScopedLabel>{t('effectScreen.itemText')}</ScopedLabel>}
                    value={item.text}
                    onChange={(e) => setItem(i, { text: e.currentTarget.value })}
                    error={err(`items.${i}.text`)}
                  />
                  <Group grow>
                    <NumberInput
                      label={<ScopedLabel>{t('effectScreen.itemMin')}</ScopedLabel>}
                      value={item.min}
                      allowDecimal={false}
                      onChange={(v) => setItem(i, { min: num(v) })}
                      error={err(`items.${i}.min`)}
                    />
                    <NumberInput
                      label={<ScopedLabel>{t('effectScreen.itemMax')}</ScopedLabel>}
                      value={item.max}
                      allowDecimal={false}
                      onChange={(v) => setItem(i, { max: num(v) })}
                      error={err(`items.${i}.max`)}
                    />
                  </Group>
                  <Group grow>
                    <TextInput
                      label={<ScopedLabel>{t('effectScreen.itemMinLabel')}</ScopedLabel>}
                      value={item.minLabel}
                      onChange={(e) => setItem(i, { minLabel: e.currentTarget.value })}
                      error={err(`items.${i}.minLabel`)}
                    />
                    <TextInput
                      label={<ScopedLabel>{t('effectScreen.itemMaxLabel')}</ScopedLabel>}
                      value={item.maxLabel}
                      onChange={(e) => setItem(i, { maxLabel: e.currentTarget.value })}
                      error={err(`items.${i}.maxLabel`)}
                    />
                  </Group>
                  <Group>
                    <Checkbox
                      label={<ScopedLabel>{t('effectScreen.itemReverse')}</ScopedLabel>}
                      checked={item.reverse ?? false}
                      onChange={(e) => setItem(i, { reverse: e.currentTarget.checked })}
                    />
                    <Checkbox
                      label={<ScopedLabel>{t('effectScreen.itemRequired')}</ScopedLabel>}
                      checked={item.required ?? true}
                      onChange={(e) => setItem(i, { required: e.currentTarget.checked })}
                    />
                  </Group>
                </Stack>
              </Fieldset>
            </FieldScope>
          ))}
          <Group>
            <Button variant="default" onClick={() => setItems([...items, newItem()])}>
              {t('effectScreen.addItem')}
            </Button>
          </Group>
          {scales.map((scale, i) => (
            <FieldScope key={i} name={t('effectScreen.scaleScope', { n: i + 1 })}>
              <Fieldset legend={t('effectScreen.scaleScope', { n: i + 1 })} variant="filled">
                <Stack gap="xs">
                  <TextInput
                    label={<ScopedLabel>{t('effectScreen.scaleName')}</ScopedLabel>}
                    value={scale.name}
                    onChange={(e) => setScale(i, { name: e.currentTarget.value })}
                    error={err(`scales.${i}.name`)}
                  />
                  <Checkbox.Group
                    label={<ScopedLabel>{t('effectScreen.scaleItems')}</ScopedLabel>}
                    value={scale.items.map(String)}
                    onChange={(v) => setScale(i, { items: v.map(Number).sort((a, b) => a - b) })}
                    error={err(`scales.${i}.items`)}
                  >
                    <Group gap="sm" mt={4}>
                      {items.map((_, j) => (
                        <Checkbox
                          key={j}
                          value={String(j)}
                          label={t('effectScreen.itemScope', { n: j + 1 })}
                        />
                      ))}
                    </Group>
                  </Checkbox.Group>
                  <Group grow>
                    <NativeSelect
                      label={<ScopedLabel>{t('effectScreen.scaleMethod')}</ScopedLabel>}
                      value={scale.method}
                      onChange={(e) => setScale(i, { method: e.currentTarget.value as Scale['method'] })}
                      data={scoreMethods.map((m) => ({ value: m, label: t(`effectScreen.method.${m}`) }))}
                    />
                    <NumberInput
                      label={<ScopedLabel>{t('effectScreen.normSd')}</ScopedLabel>}
                      value={scale.normSd}
                      decimalSeparator=","
                      onChange={(v) => setScale(i, { normSd: num(v) })}
                      error={err(`scales.${i}.normSd`)}
                    />
                    <NumberInput
                      label={<ScopedLabel>{t('effectScreen.reliability')}</ScopedLabel>}
                      value={scale.reliability}
                      decimalSeparator=","
                      step={0.01}
                      onChange={(v) => setScale(i, { reliability: num(v) })}
                      error={err(`scales.${i}.reliability`)}
                    />
                  </Group>
                  <Checkbox
                    label={<ScopedLabel>{t('effectScreen.higherIsBetter')}</ScopedLabel>}
                    checked={scale.higherIsBetter ?? true}
                    onChange={(e) => setScale(i, { higherIsBetter: e.currentTarget.checked })}
                  />
                </Stack>
              </Fieldset>
            </FieldScope>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => setScales([...scales, { ...scales[0]!, name: '', items: [] }])}
            >
              {t('effectScreen.addScale')}
            </Button>
          </Group>
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={saving} disabled={organisationId === null}>
              {t('effectScreen.saveInstrument')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
