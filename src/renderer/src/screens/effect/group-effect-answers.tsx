// Effektutvärdering on the group page: for each instrument the programme
// uses, which children have answered before, after and at the follow-up,
// and a form to record a sheet. Answers are personal data: only the
// children's own group shows them, and only as "recorded".
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Occasion } from '../../../../shared/effect-evaluation/vocabulary';
import type { Group as SupportGroup } from '../../../../shared/ipc/support-groups';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { AnswerForm } from './answer-form';
import { useGroupAnswers, useInstruments } from './use-effect-evaluation';

export function GroupEffectAnswers({ group, canWrite }: { group: SupportGroup; canWrite: boolean }) {
  const t = useT();
  const answers = useGroupAnswers(group.id);
  const instruments = useInstruments();
  const [open, setOpen] = useState<{ enrolmentId: number; instrumentId: number; occasion: Occasion } | null>(
    null,
  );
  if (!answers.data || answers.data.instruments.length === 0) return null;
  const participants = group.participants.filter((p) => p.status !== 'cancelled');
  const recorded = (enrolmentId: number, instrumentId: number, occasion: Occasion) =>
    answers.data!.recorded.some(
      (r) => r.enrolmentId === enrolmentId && r.instrumentId === instrumentId && r.occasion === occasion,
    );
  return (
    <section aria-labelledby="group-effect">
      <Stack gap="sm">
        <Title order={2} size="h4" id="group-effect">
          {t('effectScreen.groupTitle')}
        </Title>
        <ErrorAlert error={answers.error ?? instruments.error} />
        {answers.data.instruments.map((choice) => {
          const occasions: Occasion[] = [
            'before',
            'after',
            ...(choice.followUpMonths === null ? [] : (['followUp'] as const)),
          ];
          const instrument = instruments.data?.find((i) => i.id === choice.instrumentId);
          return (
            <Stack key={choice.instrumentId} gap="xs">
              <Text fw={600}>
                {choice.name} ({t(`effectScreen.respondent.${choice.respondent}`).toLowerCase()})
              </Text>
              <div className="sg-scroll">
                <Table withTableBorder aria-label={t('effectScreen.groupTableLabel', { name: choice.name })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('groupPage.child')}</Table.Th>
                      {occasions.map((o) => (
                        <Table.Th key={o} scope="col">
                          {o === 'followUp'
                            ? t('effectScreen.followUpAfter', { months: choice.followUpMonths ?? 0 })
                            : t(`effectScreen.occasion.${o}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {participants.map((p) => (
                      <Table.Tr key={p.enrolmentId}>
                        <Table.Th scope="row">{p.childName}</Table.Th>
                        {occasions.map((o) => (
                          <Table.Td key={o}>
                            {recorded(p.enrolmentId, choice.instrumentId, o) ? (
                              t('effectScreen.recorded')
                            ) : canWrite && instrument ? (
                              <Button
                                size="xs"
                                variant="light"
                                aria-label={t('effectScreen.recordFor', {
                                  name: p.childName,
                                  occasion: t(`effectScreen.occasion.${o}`).toLowerCase(),
                                })}
                                onClick={() =>
                                  setOpen({
                                    enrolmentId: p.enrolmentId,
                                    instrumentId: choice.instrumentId,
                                    occasion: o,
                                  })
                                }
                              >
                                {t('effectScreen.record')}
                              </Button>
                            ) : (
                              '–'
                            )}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
              {open?.instrumentId === choice.instrumentId && instrument && (
                <AnswerForm
                  key={`${open.enrolmentId}-${open.occasion}`}
                  enrolmentId={open.enrolmentId}
                  childName={participants.find((p) => p.enrolmentId === open.enrolmentId)?.childName ?? ''}
                  instrument={instrument}
                  occasion={open.occasion}
                  onDone={(saved) => {
                    setOpen(null);
                    if (saved) answers.reload();
                  }}
                />
              )}
            </Stack>
          );
        })}
      </Stack>
    </section>
  );
}
