// Import from Excel and CSV: choose the file (the dialog opens in main), map
// its columns, review every row, import the valid ones in one go, and save
// the skipped rows to correct and import again.
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import type { ImportKind } from '../../../../shared/import/fields';
import { BackButton } from '../../components/back-button';
import { ErrorAlert } from '../../components/error-alert';
import { PageTitle } from '../../components/page-title';
import { useHeadingFocus } from '../../components/use-heading-focus';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import type { Route } from '../../navigation/routes';
import { ProgressLine } from './import-parts';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { SummaryStep } from './summary-step';
import { useImport } from './use-import';

const backTo: Record<ImportKind, Route> = {
  organisations: { name: 'organisations' },
  children: { name: 'children' },
  waitingList: { name: 'supportGroups', tab: 'waitingList' },
};

export function ImportScreen({ kind }: { kind: ImportKind }) {
  const t = useT();
  const rootRef = useHeadingFocus(`import-${kind}`);
  const state = useImport(kind);
  const needsProgramme = kind === 'waitingList' && state.programmeId === null;
  const running = state.busy === 'preview' || state.busy === 'commit';
  return (
    <div ref={rootRef}>
      <Stack gap="md">
        <BackButton label={t(`import.back.${kind}`)} onClick={() => goTo(backTo[kind])} />
        <PageTitle>{t(`import.title.${kind}`)}</PageTitle>
        <Text>{t('import.intro')}</Text>
        {kind === 'waitingList' && (
          <NativeSelect
            label={t('import.programme')}
            description={t('import.programmeHint')}
            value={state.programmeId === null ? '' : String(state.programmeId)}
            onChange={(e) =>
              state.setProgrammeId(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
            }
            data={[
              { value: '', label: t('import.programmeChoose') },
              ...state.programmes.map((p) => ({ value: String(p.id), label: p.name })),
            ]}
            w={420}
            maw="100%"
            disabled={state.opened !== null}
          />
        )}
        <Group>
          <Button
            leftSection={<IconFileImport size={16} aria-hidden="true" />}
            variant={state.opened ? 'default' : 'filled'}
            onClick={() => void state.chooseFile()}
            disabled={needsProgramme || state.busy !== null}
            loading={state.busy === 'open'}
          >
            {state.opened ? t('import.chooseOther') : t('import.chooseFile')}
          </Button>
        </Group>
        {state.opened && (
          <Text size="sm">
            {t('import.file', {
              name: state.opened.fileName,
              line: state.opened.headerLine,
              count: state.opened.rowCount,
            })}
          </Text>
        )}
        <ErrorAlert error={state.error} />
        {state.busy === 'open' && (
          <ProgressLine label={t('import.reading')} progress={null} onCancel={null} />
        )}
        {running && (
          <ProgressLine
            label={state.busy === 'preview' ? t('import.checking') : t('import.saving')}
            progress={state.progress}
            onCancel={() => void state.cancel()}
          />
        )}
        {!state.committed && <MappingStep kind={kind} state={state} />}
        {!state.committed && <PreviewStep kind={kind} state={state} />}
        <SummaryStep kind={kind} state={state} />
      </Stack>
    </div>
  );
}
