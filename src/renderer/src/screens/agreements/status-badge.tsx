import { Badge } from '@mantine/core';
import type { AgreementStatus } from '../../../../shared/agreements/model';
import { statusLabels } from '../../../../shared/agreements/labels';
import { useLanguage } from '../../i18n/use-t';

// Dark shades only: white text on them keeps an AA contrast.
const colors: Record<AgreementStatus, string> = {
  draft: 'gray.8',
  forDecision: 'grape.9',
  decided: 'cyan.9',
  signed: 'indigo.9',
  active: 'teal.9',
  ended: 'dark.6',
  terminated: 'pink.9',
  rescinded: 'red.9',
};

/** The agreement's status in words (never colour alone). */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  const language = useLanguage();
  return (
    <Badge color={colors[status]} variant="filled" radius="sm">
      {statusLabels[language][status]}
    </Badge>
  );
}
