// Which instruments a programme uses: each is answered before the first
// session and after the last, and optionally at a follow-up N months later.
import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/envelope';
import type { Instrument } from '../../../../shared/ipc/effect-evaluation';
import { ErrorAlert } from '../../components/error-alert';
import { FieldScope, ScopedLabel } from '../../components/field-scope';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { setProgrammeInstruments, useProgrammeInstruments, useProgrammes } from './use-effect-evaluation';

type Choice = Record<number, { on: boolean; followUp: number | null }>;

export function ProgrammeInstrumentsSection({ instruments }: { instruments: Instrument[] }) {
  const t = useT();
  const programmes = useProgrammes();
  const [programmeId, setProgrammeId] = useState<number | null>(null);
  const chosenProgramme = programmeId ?? programmes.data?.[0]?.id ?? null;
  const current = useProgrammeInstruments(chosenProgramme);
  const [choice, setChoice] = useState<Choice>({});
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    const next: Choice = {};
    for (const i of current.data?.instruments ?? [])
      next[i.instrumentId] = { on: true, followUp: i.followUpMonths };
    setChoice(next);
  }, [current.data]);

  async function save() {
    if (chosenProgramme === null) return;
    const list = Object.entries(choice)
      .filter(([, c]) => c.on)
      .map(([id, c]) => ({ instrumentId: Number(id), followUpMonths: c.followUp }));
    const result = await setProgrammeInstruments(chosenProgramme, list);
    if (!result.ok) return setError(result.error);
    setError(null);
    notifySuccess(t('effectScreen.programmeSaved'));
    current.reload();
  }

  return (
    <section aria-labelledby="effect-programmes">
      <Stack gap="sm">
        <Title order={2} size="h4" id="effect-programmes">
          {t('effectScreen.programmesTitle')}
        </Title>
        <Text size="sm">{t('effectScreen.programmesIntro')}</Text>
        {(programmes.data ?? []).length === 0 || instruments.length === 0 ? (
          <Text size="sm">{t('effectScreen.programmesEmpty')}</Text>
        ) : (
          <>
            <NativeSelect
              label={t('effectScreen.programme')}
              value={String(chosenProgramme ?? '')}
              onChange={(e) => setProgrammeId(Number(e.currentTarget.value))}
              data={(programmes.data ?? []).map((p) => ({
                value: String(p.id),
                label: `${p.name} (${p.agreementTitle})`,
              }))}
            />
            {instruments.map((i) => {
              const c = choice[i.id] ?? { on: false, followUp: null };
              return (
                <FieldScope key={i.id} name={i.name}>
                  <Group align="flex-end">
                    <Checkbox
                      label={i.name}
                      checked={c.on}
                      onChange={(e) =>
                        setChoice({ ...choice, [i.id]: { ...c, on: e.currentTarget.checked } })
                      }
                    />
                    <NumberInput
                      label={<ScopedLabel>{t('effectScreen.followUpMonths')}</ScopedLabel>}
                      value={c.followUp ?? ''}
                      min={1}
                      max={36}
                      allowDecimal={false}
                      disabled={!c.on}
                      onChange={(v) =>
                        setChoice({ ...choice, [i.id]: { ...c, followUp: typeof v === 'number' ? v : null } })
                      }
                      w={340}
                    />
                  </Group>
                </FieldScope>
              );
            })}
            <ErrorAlert error={error ?? current.error} />
            <Group>
              <Button onClick={() => void save()}>{t('effectScreen.saveProgramme')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </section>
  );
}
