// The organisations' instruments: what each asks and how it is scored, the
// example instrument to start from, and a form for the instrument an
// organisation is licensed to use.
import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { exampleInstrument } from '../../../../shared/effect-evaluation/example-instrument';
import type { AppError } from '../../../../shared/envelope';
import type { Instrument } from '../../../../shared/ipc/effect-evaluation';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { useT } from '../../i18n/use-t';
import { InstrumentForm } from './instrument-form';
import { createInstrument, useOrganisations } from './use-effect-evaluation';

const decimal = (x: number) => String(x).replace('.', ',');

export function InstrumentsSection({
  instruments,
  onChanged,
}: {
  instruments: Instrument[];
  onChanged: () => void;
}) {
  const t = useT();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [editing, setEditing] = useState(false);
  const nonprofits = organisations.data ?? [];
  const chosen = organisationId ?? nonprofits[0]?.id ?? null;

  async function addExample() {
    if (chosen === null) return;
    const result = await createInstrument({ organisationId: chosen, ...exampleInstrument });
    if (!result.ok) return setError(result.error);
    setError(null);
    notifySuccess(t('effectScreen.exampleAdded'));
    onChanged();
  }

  return (
    <section aria-labelledby="effect-instruments">
      <Stack gap="sm">
        <Title order={2} size="h4" id="effect-instruments">
          {t('effectScreen.instrumentsTitle')}
        </Title>
        <Text size="sm">{t('effectScreen.instrumentsIntro')}</Text>
        {instruments.length === 0 ? (
          <Text size="sm">{t('effectScreen.noInstruments')}</Text>
        ) : (
          <div className="rp-scroll">
            <Table withTableBorder aria-label={t('effectScreen.instrumentsTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('effectScreen.instrumentName')}</Table.Th>
                  <Table.Th scope="col">{t('effectScreen.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('effectScreen.respondent')}</Table.Th>
                  <Table.Th scope="col">{t('effectScreen.itemsCount')}</Table.Th>
                  <Table.Th scope="col">{t('effectScreen.scalesColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {instruments.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Th scope="row">{i.name}</Table.Th>
                    <Table.Td>{i.organisationName}</Table.Td>
                    <Table.Td>{t(`effectScreen.respondent.${i.respondent}`)}</Table.Td>
                    <Table.Td>{i.items.length}</Table.Td>
                    <Table.Td>
                      {i.scales
                        .map((s) =>
                          t('effectScreen.scaleSummary', {
                            name: s.name,
                            sd: decimal(s.normSd),
                            r: decimal(s.reliability),
                          }),
                        )
                        .join('; ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {nonprofits.length === 0 ? (
          <Text size="sm">{t('effectScreen.noOrganisations')}</Text>
        ) : (
          <Group align="flex-end">
            <NativeSelect
              label={t('effectScreen.exampleOrganisation')}
              value={String(chosen ?? '')}
              onChange={(e) => setOrganisationId(Number(e.currentTarget.value))}
              data={nonprofits.map((o) => ({ value: String(o.id), label: o.name }))}
            />
            <Button variant="default" onClick={() => void addExample()}>
              {t('effectScreen.addExample')}
            </Button>
            {!editing && <Button onClick={() => setEditing(true)}>{t('effectScreen.newInstrument')}</Button>}
          </Group>
        )}
        <ErrorAlert error={error ?? organisations.error} />
        {editing && nonprofits.length > 0 && (
          <InstrumentForm
            organisations={nonprofits}
            onSaved={() => {
              setEditing(false);
              notifySuccess(t('effectScreen.instrumentSaved'));
              onChanged();
            }}
          />
        )}
      </Stack>
    </section>
  );
}
