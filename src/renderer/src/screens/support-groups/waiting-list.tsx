// Children waiting for a place, oldest referral first, each with a suggested
// group: the earliest open group with a free place that fits the child's age.
import { Button, Stack, Table, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { useWaitingList } from './use-support-groups';

export function WaitingList({ canImport }: { canImport: boolean }) {
  const t = useT();
  const { waiting, loaded, error } = useWaitingList();

  if (!loaded) return error ? <ErrorAlert error={error} /> : <LoadingState label={t('common.loading')} />;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('waitingList.intro')}</Text>
      {canImport && (
        <div>
          <Button variant="default" onClick={() => goTo({ name: 'import', kind: 'waitingList' })}>
            {t('import.button')}
          </Button>
        </div>
      )}
      <ErrorAlert error={error} />
      {waiting.length === 0 ? (
        <Text>{t('waitingList.empty')}</Text>
      ) : (
        <div className="sg-scroll">
          <Table withTableBorder striped aria-label={t('waitingList.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('groupPage.child')}</Table.Th>
                <Table.Th>{t('groupPage.age')}</Table.Th>
                <Table.Th>{t('childPage.programme')}</Table.Th>
                <Table.Th>{t('childPage.status')}</Table.Th>
                <Table.Th>{t('enrolForm.referredOn')}</Table.Th>
                <Table.Th>{t('waitingList.suggestion')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {waiting.map((w) => (
                <Table.Tr key={w.enrolmentId}>
                  <Table.Td>
                    <button
                      type="button"
                      className="sg-link-button"
                      onClick={() => goTo({ name: 'enrolment', id: w.enrolmentId })}
                    >
                      {w.childName}
                    </button>
                  </Table.Td>
                  <Table.Td>{w.age ?? '–'}</Table.Td>
                  <Table.Td>{w.programmeName}</Table.Td>
                  <Table.Td>{t(`enrolmentStatus.${w.status}`)}</Table.Td>
                  <Table.Td>{w.referredOn}</Table.Td>
                  <Table.Td>
                    {w.suggestedGroup ? (
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => goTo({ name: 'group', id: w.suggestedGroup!.id })}
                      >
                        {t('waitingList.suggested', {
                          name: w.suggestedGroup.name,
                          start: w.suggestedGroup.startDate,
                          free: w.suggestedGroup.free,
                        })}
                      </Button>
                    ) : (
                      t('waitingList.noSuggestion')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
