// Rapporter → Effekt: the groups' effect as aggregates (chart and table),
// and for those who work with children's data the instruments and which
// instruments each programme uses. Answers are recorded on the group page.
import { Stack, Text } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { useT } from '../../i18n/use-t';
import { EffectResultsView } from './effect-results-view';
import { InstrumentsSection } from './instruments-section';
import { ProgrammeInstrumentsSection } from './programme-instruments-section';
import { useInstruments } from './use-effect-evaluation';

export function EffectTab({ role, year }: { role: Role; year: number }) {
  const t = useT();
  const instruments = useInstruments();
  const mayEdit = mayCall('effect:createInstrument', role);
  return (
    <Stack gap="xl">
      <Text>{t('effectScreen.intro')}</Text>
      <EffectResultsView initialYear={year} />
      {mayEdit && <InstrumentsSection instruments={instruments.data ?? []} onChanged={instruments.reload} />}
      {mayEdit && <ProgrammeInstrumentsSection instruments={instruments.data ?? []} />}
    </Stack>
  );
}
