// Rapporter: anonymised reports with charts and exports; for those who work
// with children's data also gallring and the financial outcome; for the
// administrator the report settings.
import '@mantine/charts/styles.css';
import '../../styles/reports.css';
import { Tabs } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { mayCall } from '../../api/access';
import { PageTitle } from '../../components/page-title';
import { useT } from '../../i18n/use-t';
import { goTo } from '../../navigation/navigate';
import { reportsTabs, type ReportsTab } from '../../navigation/routes';
import { EffectTab } from '../effect/effect-tab';
import { ActualsTab } from './actuals-tab';
import { ErasureTab } from './erasure-tab';
import { ReportSettingsTab } from './report-settings-tab';
import { ReportTab } from './report-tab';

const isTab = (value: string | null): value is ReportsTab =>
  (reportsTabs as readonly (string | null)[]).includes(value);

/** Rapporter on `tab` (the route's; a tab the role may not use shows the report). */
export function ReportsScreen({ tab, role }: { tab: ReportsTab; role: Role }) {
  const t = useT();
  const visible: Record<ReportsTab, boolean> = {
    report: true,
    effect: true,
    erasure: mayCall('erasure:overview', role),
    actuals: mayCall('reports:saveActuals', role),
    settings: mayCall('reports:updateSettings', role),
  };
  const current = visible[tab] ? tab : 'report';
  return (
    <div>
      <PageTitle>{t('reports.title')}</PageTitle>
      <Tabs
        value={current}
        // A tab is part of the route but not a step of its own in history.
        onChange={(v) => isTab(v) && goTo({ name: 'reports', tab: v }, { replace: true })}
        mt="md"
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="report">{t('reports.tabReport')}</Tabs.Tab>
          <Tabs.Tab value="effect">{t('reports.tabEffect')}</Tabs.Tab>
          {visible.erasure && <Tabs.Tab value="erasure">{t('reports.tabErasure')}</Tabs.Tab>}
          {visible.actuals && <Tabs.Tab value="actuals">{t('reports.tabActuals')}</Tabs.Tab>}
          {visible.settings && <Tabs.Tab value="settings">{t('reports.tabSettings')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="report" pt="md">
          <ReportTab role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="effect" pt="md">
          <EffectTab role={role} year={new Date().getFullYear()} />
        </Tabs.Panel>
        {visible.erasure && (
          <Tabs.Panel value="erasure" pt="md">
            <ErasureTab />
          </Tabs.Panel>
        )}
        {visible.actuals && (
          <Tabs.Panel value="actuals" pt="md">
            <ActualsTab />
          </Tabs.Panel>
        )}
        {visible.settings && (
          <Tabs.Panel value="settings" pt="md">
            <ReportSettingsTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </div>
  );
}
