// A detail page whose item has not arrived: the way back, the screen's title,
// and either a spinner or the error that stopped it.
import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/envelope';
import { useT } from '../i18n/use-t';
import { ErrorAlert } from './error-alert';
import { LoadingState } from './loading-state';
import { PageTitle } from './page-title';

export function PagePending({
  back,
  title,
  loading,
  error,
}: {
  back: ReactNode;
  title: string;
  loading: boolean;
  error: AppError | null;
}) {
  const t = useT();
  return (
    <Stack gap="lg">
      {back}
      <PageTitle>{title}</PageTitle>
      {loading ? <LoadingState label={t('common.loading')} /> : <ErrorAlert error={error} />}
    </Stack>
  );
}
