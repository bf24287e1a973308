// A card on Översikt fed by one call to main. It is always there once asked
// for: while the call runs it says so, when the call fails it says that (with
// main's message and a way to try again), and only then shows its figures.
// A card never just disappears because its call failed.
import { Alert, Button, Stack, Text, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/envelope';
import { useMessage, useT } from '../i18n/use-t';
import { LoadingState } from './loading-state';

interface Props<T> {
  title: string;
  icon: ReactNode;
  /** The answer, null until the first one arrives. */
  data: T | null;
  /** The last call's error (shown even over older figures). */
  error: AppError | null;
  /** Asks main again. */
  onRetry(): void;
  color(data: T): MantineColor;
  children(data: T): ReactNode;
  className?: string;
}

export function OverviewCard<T>({ title, icon, data, error, onRetry, color, children, className }: Props<T>) {
  const t = useT();
  const text = useMessage();
  if (error) {
    return (
      <Alert role="alert" className={className} color="red" variant="light" title={title} icon={icon}>
        <Stack gap={6} align="flex-start">
          <Text size="sm">{t('common.cardFailed')}</Text>
          <Text size="sm">{text(error.code)}</Text>
          <Button size="xs" variant="white" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert
      role="region"
      aria-label={title}
      className={className}
      color={data === null ? 'gray' : color(data)}
      variant="light"
      title={title}
      icon={icon}
    >
      {data === null ? <LoadingState label={t('common.loading')} /> : children(data)}
    </Alert>
  );
}
