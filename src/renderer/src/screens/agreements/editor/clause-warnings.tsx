// Where a clause (or a text stating a fact) disagrees with the fields it rests
// on: shown beside it while the caseworker edits, and listed again when the
// agreement is moved to "för beslut".
import { Alert, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { clauseProblems } from '../../../../../shared/agreements/clause-checks';
import { useMessage, useT } from '../../../i18n/use-t';
import { toData } from './agreement-form-values';
import type { SectionProps } from './form-api';

/** The checks on the values as typed; none while an amount cannot be read yet. */
export function useClauseProblems(form: SectionProps['form']) {
  const values = form.getValues();
  return useMemo(() => {
    const converted = toData(values);
    return converted.ok ? clauseProblems(converted.data) : {};
  }, [values]);
}

export function ClauseWarnings({ id, messages }: { id: string; messages: readonly string[] }) {
  const t = useT();
  const text = useMessage();
  if (messages.length === 0) return null;
  return (
    <Alert
      id={id}
      color="orange"
      variant="light"
      p="xs"
      title={
        // The alert's own orange title is too faint on its background for WCAG AA.
        <Text span fw={700} size="sm" c="gray.9">
          {t('editor.clauseProblems')}
        </Text>
      }
    >
      <List size="sm">
        {messages.map((key) => (
          <List.Item key={key}>{text(key)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
