// The integrity alarms of the audit log, above every screen after unlock. An
// admin sees each open alarm in plain words and can mark them as seen (after
// a confirmation) or open Loggkontroll; everyone else is told to contact the
// administrator. Only the first line is an alert, so a screen reader announces
// the alarm once when it appears, not its whole text.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { AppError } from '../../../../shared/envelope';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { notifySuccess } from '../../components/notify';
import { localDateTime } from '../../format/dates';
import { useT } from '../../i18n/use-t';
import { acknowledgeAlarms, useAuditAlarms } from './audit-alarms';
import { useLocation } from 'react-router';
import { goTo } from '../../navigation/navigate';
import { useSessionStore } from '../../stores/session-store';
import { describeAlarm } from './audit-alarm-text';

const bannerStyle = { borderLeft: '6px solid var(--mantine-color-red-8)', borderRadius: 4 };
const listStyle = { listStyle: 'none', margin: 0, padding: 0 };

export function AuditAlarmBanner() {
  const t = useT();
  const role = useSessionStore((s) => s.session?.role);
  // Looked at afresh on every move to another screen or record.
  const path = useLocation().pathname;
  const { alarms, refetch } = useAuditAlarms();
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void refetch();
  }, [refetch, path]);

  const openAudit = useCallback(() => goTo({ name: 'admin', tab: 'audit' }), []);
  const openBackups = useCallback(() => goTo({ name: 'admin', tab: 'backups' }), []);

  if (!alarms || alarms.count === 0 || !role) return null;

  if (role !== 'admin' || alarms.alerts.length === 0) {
    return (
      <Paper
        component="section"
        aria-label={t('alarms.region')}
        p="md"
        mb="lg"
        bg="red.0"
        style={bannerStyle}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconAlertTriangle aria-hidden="true" size={22} color="var(--mantine-color-red-8)" />
          <Text role="alert" fw={600}>
            {t('alarms.userNotice')}
          </Text>
        </Group>
      </Paper>
    );
  }

  const described = alarms.alerts.map((alert) => ({ alert, text: describeAlarm(alert, t) }));
  const pointsToRestore = described.some((d) => d.text.pointsToRestore);
  return (
    <Paper component="section" aria-label={t('alarms.region')} p="md" mb="lg" bg="red.0" style={bannerStyle}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconAlertTriangle aria-hidden="true" size={22} color="var(--mantine-color-red-8)" />
          <Text role="alert" fw={700} size="lg">
            {alarms.count === 1
              ? t('alarms.adminTitleOne')
              : t('alarms.adminTitleMany', { count: alarms.count })}
          </Text>
        </Group>
        <Text size="sm">{t('alarms.adminIntro')}</Text>
        <Stack component="ul" gap="sm" style={listStyle}>
          {described.map(({ alert, text }) => (
            <li key={alert.id}>
              <Text fw={700}>{text.title}</Text>
              <Text size="sm" fs="italic">
                {t('alarms.detectedAt', { time: localDateTime(alert.at) })}
              </Text>
              <Text size="sm">{text.sentences.join(' ')}</Text>
            </li>
          ))}
        </Stack>
        <Group gap="sm">
          <Button color="red" onClick={openAudit}>
            {t('alarms.openAudit')}
          </Button>
          {pointsToRestore && (
            <Button color="red" onClick={openBackups}>
              {t('alarms.openBackups')}
            </Button>
          )}
          <Button variant="default" onClick={() => setConfirming(true)}>
            {t('alarms.acknowledge')}
          </Button>
        </Group>
      </Stack>
      <AcknowledgeModal opened={confirming} onClose={() => setConfirming(false)} />
    </Paper>
  );
}

function AcknowledgeModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const t = useT();
  const { alarms } = useAuditAlarms();
  const [acknowledging, setAcknowledging] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function confirm() {
    setAcknowledging(true);
    setError(null);
    const result = await acknowledgeAlarms(alarms);
    setAcknowledging(false);
    if (result && !result.ok) return setError(result.error);
    if (result) {
      onClose();
      notifySuccess(t('alarms.acknowledged'));
    }
  }

  return (
    <AppModal opened={opened} onClose={onClose} title={t('alarms.confirmTitle')}>
      <Stack gap="md">
        <Text>{t('alarms.confirmText')}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={acknowledging} onClick={() => void confirm()}>
            {t('alarms.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
