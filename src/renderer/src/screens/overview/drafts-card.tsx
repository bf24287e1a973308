// Översikt after an unlock: the user's own unsaved drafts (issue 11), each
// with the form, the record and when it was saved, and a way to open the form,
// where the draft is offered back. Only kinds, ids and times come from main;
// the contents stay there until the form asks. Shown only when there are any.
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { DraftForm } from '../../../../shared/drafts/forms';
import { localDateTime } from '../../format/dates';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import type { Route } from '../../navigation/routes';
import type { DraftRef } from '../../stores/drafts-store';
import { useApiQuery } from '../../data/use-api-query';

type Listed = DraftRef & { updatedAt: string };

/** The route of the screen that holds the form (a consent's record is its enrolment). */
function routeOf(draft: Listed): Route | null {
  const id = draft.recordId;
  const byForm: Record<DraftForm, Route | null> = {
    agreement: id === null ? null : { name: 'agreement', id, tab: 'content' },
    amendment: id === null ? null : { name: 'agreement', id, tab: 'amendments' },
    meeting: id === null ? null : { name: 'agreement', id, tab: 'meetings' },
    child: id === null ? { name: 'childNew' } : { name: 'childEdit', id },
    group: id === null ? { name: 'groupNew' } : { name: 'groupEdit', id },
    consent: id === null ? null : { name: 'enrolment', id },
  };
  return byForm[draft.form];
}

export function DraftsCard() {
  const t = useT();
  // Refreshed whenever a draft is saved or discarded (data/write-effects.ts).
  const drafts: Listed[] = useApiQuery('drafts:list', {}).data ?? [];
  if (drafts.length === 0) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('drafts.listTitle')}
      icon={<IconDeviceFloppy aria-hidden="true" />}
    >
      <Text size="sm">{t('drafts.listIntro')}</Text>
      <List size="sm" mt={4}>
        {drafts.map((d) => {
          const label = t('drafts.listItem', {
            form: t(`drafts.form.${d.form}`),
            record:
              d.recordId === null ? t('drafts.newRecord') : t('drafts.recordNumber', { id: d.recordId }),
            when: localDateTime(d.updatedAt),
          });
          const route = routeOf(d);
          const open = route ? () => goTo(route) : null;
          return (
            <List.Item key={`${d.form}:${d.recordId ?? 'new'}`}>
              {open ? (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="inherit"
                  underline="always"
                  onClick={open}
                >
                  {label}
                </Anchor>
              ) : (
                label
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
