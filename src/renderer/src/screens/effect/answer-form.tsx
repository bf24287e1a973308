// One answer sheet: the date and an answer per item on the item's scale
// (labels at the ends). Main refuses an answer off the scale, a missing
// required item or a second sheet for the same occasion; nothing is saved then.
import { Button, Fieldset, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { swedishDay } from '../../../../shared/dates';
import type { Occasion } from '../../../../shared/effect-evaluation/vocabulary';
import type { AppError } from '../../../../shared/envelope';
import type { Instrument } from '../../../../shared/ipc/effect-evaluation';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useMessage, useT } from '../../i18n/use-t';
import { recordAnswer } from './use-effect-evaluation';

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

export function AnswerForm({
  enrolmentId,
  childName,
  instrument,
  occasion,
  onDone,
}: {
  enrolmentId: number;
  childName: string;
  instrument: Instrument;
  occasion: Occasion;
  onDone: (saved: boolean) => void;
}) {
  const t = useT();
  const text = useMessage();
  const [answeredOn, setAnsweredOn] = useState(swedishDay(new Date()));
  const [values, setValues] = useState<(number | null)[]>(instrument.items.map(() => null));
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const err = (path: string) => (error?.fields?.[path] ? text(error.fields[path]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await recordAnswer({
      enrolmentId,
      instrumentId: instrument.id,
      occasion,
      answeredOn,
      values,
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    notifySuccess(t('effectScreen.answerSaved'));
    onDone(true);
  }

  const legend = t('effectScreen.answerLegend', {
    name: childName,
    occasion: t(`effectScreen.occasion.${occasion}`).toLowerCase(),
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset legend={legend}>
        <Stack gap="sm">
          <Text size="sm">{instrument.name}</Text>
          <TextInput
            label={t('effectScreen.answeredOn')}
            description={t('sgCommon.dateHint')}
            value={answeredOn}
            onChange={(e) => setAnsweredOn(e.currentTarget.value)}
            error={err('answeredOn')}
            maw={340}
          />
          {instrument.items.map((item, i) => (
            <Radio.Group
              key={i}
              label={`${i + 1}. ${item.text}`}
              description={t('effectScreen.scaleEnds', {
                min: item.min,
                minLabel: item.minLabel,
                max: item.max,
                maxLabel: item.maxLabel,
              })}
              value={values[i] === null ? '' : String(values[i])}
              onChange={(v) => setValues(values.map((x, j) => (j === i ? Number(v) : x)))}
              error={err(`values.${i}`)}
              withAsterisk={item.required}
            >
              <Group gap="md" mt={4}>
                {range(item.min, item.max).map((v) => (
                  <Radio key={v} value={String(v)} label={String(v)} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={saving}>
              {t('effectScreen.saveAnswer')}
            </Button>
            <Button variant="default" onClick={() => onDone(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
