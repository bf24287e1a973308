// Administration (admin only): users, settings, log review, backups.
import { Stack, Tabs } from '@mantine/core';
import { IconDatabaseExport, IconListSearch, IconSettings, IconUsers } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { BackupsTab } from '../backup/backups-tab';
import { takeBackupsTabRequest } from '../backup/backups-tab-request';
import { AuditTab } from './audit-tab';
import { takeAuditTabRequest, useAuditTabRequest } from './audit-tab-request';
import { SettingsTab } from './settings-tab';
import { RetentionSettingsForm } from './retention-settings-form';
import { UsersTab } from './users-tab';

type AdminTab = 'users' | 'settings' | 'audit' | 'backups';
const isAdminTab = (value: string | null): value is AdminTab =>
  value === 'users' || value === 'settings' || value === 'audit' || value === 'backups';

export function AdminScreen() {
  const t = useT();
  const [tab, setTab] = useState<AdminTab>(() =>
    takeAuditTabRequest() ? 'audit' : takeBackupsTabRequest() ? 'backups' : 'users',
  );
  useAuditTabRequest(useCallback(() => setTab('audit'), []));
  return (
    <Stack gap="md">
      <PageTitle>{t('admin.title')}</PageTitle>
      <Tabs value={tab} onChange={(value) => isAdminTab(value) && setTab(value)} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} aria-hidden="true" />}>
            {t('admin.tabUsers')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} aria-hidden="true" />}>
            {t('admin.tabSettings')}
          </Tabs.Tab>
          <Tabs.Tab value="audit" leftSection={<IconListSearch size={16} aria-hidden="true" />}>
            {t('admin.tabAudit')}
          </Tabs.Tab>
          <Tabs.Tab value="backups" leftSection={<IconDatabaseExport size={16} aria-hidden="true" />}>
            {t('admin.tabBackups')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users">
          <UsersTab />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <SettingsTab />
          <RetentionSettingsForm />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditTab />
        </Tabs.Panel>
        <Tabs.Panel value="backups">
          <BackupsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
