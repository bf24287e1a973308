// Administration (admin only): users, settings, log review, backups.
import { Stack, Tabs } from '@mantine/core';
import { IconArrowsExchange, IconDatabaseExport, IconListSearch, IconSettings, IconUsers } from '@tabler/icons-react';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { adminTabs, type AdminTab } from '../../navigation/routes';
import { BackupsTab } from '../backup/backups-tab';
import { ExchangeTab } from '../exchange/exchange-tab';
import { AuditTab } from './audit-tab';
import { SettingsTab } from './settings-tab';
import { RetentionSettingsForm } from './retention-settings-form';
import { UsersTab } from './users-tab';

const isAdminTab = (value: string | null): value is AdminTab =>
  (adminTabs as readonly (string | null)[]).includes(value);
// A tab is part of the route but not a step of its own in history.
const setTab = (tab: AdminTab) => goTo({ name: 'admin', tab }, { replace: true });

/** Administration on `tab` (the route's). */
export function AdminScreen({ tab }: { tab: AdminTab }) {
  const t = useT();
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
          <Tabs.Tab value="exchange" leftSection={<IconArrowsExchange size={16} aria-hidden="true" />}>
            {t('exchange.tab')}
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
        <Tabs.Panel value="exchange">
          <ExchangeTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
