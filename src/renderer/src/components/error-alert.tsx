// An envelope error shown in Swedish (or English), announced to screen readers.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import type { AppError } from '../../../shared/envelope';
import { useMessage, useT } from '../i18n/use-t';
import { errorHeading } from './error-heading';
import { useSecondsLeft } from './use-seconds-left';

interface ErrorAlertProps {
  error: AppError | null;
  /** Heading of the alert; by default errorHeading's: "Något gick fel" only for a real fault. */
  title?: string;
  /** When the answer came (Date.now()), for the countdown of `auth.throttled`; defaults to first render. */
  receivedAt?: number;
  children?: ReactNode;
}

export function ErrorAlert({ error, title, receivedAt, children }: ErrorAlertProps) {
  const t = useT();
  const text = useMessage();
  // A new error object means a new answer from main: the countdown starts from then.
  const retryAt = useMemo(
    () => (error?.retryAfterSeconds ? (receivedAt ?? Date.now()) + error.retryAfterSeconds * 1000 : null),
    [error, receivedAt],
  );
  const secondsLeft = useSecondsLeft(retryAt);
  if (!error) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title ?? t(errorHeading(error.code))}
      icon={<IconAlertCircle aria-hidden="true" />}
    >
      <Text size="sm">{text(error.code, error.params)}</Text>
      {error.items && error.items.length > 0 && (
        <List size="sm" mt={4}>
          {error.items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
      {secondsLeft > 0 && (
        <Text size="sm" fw={600} mt={4}>
          {t('common.tryAgainIn', { seconds: secondsLeft })}
        </Text>
      )}
      {children}
    </Alert>
  );
}
