import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntegrityAlerts } from '../../../shared/ipc/audit';
import { setApiClient } from '../api/client';
import { fail, fakeClient, ok, type FakeClient } from '../api/fake-client';
import { useAuditAlarmsStore } from './audit-alarms-store';
import { clearDataStores } from './data-stores';

const open: IntegrityAlerts = {
  count: 2,
  alerts: [
    { id: 4, at: '2026-03-02T10:00:00.000Z', kind: 'headMismatch', details: 'headRemoved' },
    { id: 9, at: '2026-03-02T10:01:00.000Z', kind: 'databaseCheck', details: 'quick_check;problems=1' },
  ],
};
let alerts: IntegrityAlerts;
let client: FakeClient;

beforeEach(() => {
  alerts = open;
  client = fakeClient({
    'auth:alerts': () => ok(alerts),
    'audit:acknowledgeAlerts': () => {
      alerts = { count: 0, alerts: [] };
      return ok(null);
    },
  });
  setApiClient(client.api);
});
afterEach(() => {
  clearDataStores();
  setApiClient(null);
});

describe('the alarms store', () => {
  it('loads the open alarms and acknowledges up to the newest one shown', async () => {
    await useAuditAlarmsStore.getState().load();
    expect(useAuditAlarmsStore.getState().alarms).toEqual(open);
    expect(await useAuditAlarmsStore.getState().acknowledge()).toBe(true);
    expect(client.calls.find((c) => c.channel === 'audit:acknowledgeAlerts')?.input).toEqual({ upToId: 9 });
    expect(useAuditAlarmsStore.getState()).toMatchObject({ alarms: { count: 0 }, acknowledged: true });
  });

  it('keeps showing the alarms when a poll fails, and reports a refused acknowledgement', async () => {
    await useAuditAlarmsStore.getState().load();
    client = fakeClient({
      'auth:alerts': () => fail({ code: 'internal', message: 'x' }),
      'audit:acknowledgeAlerts': () => fail({ code: 'forbidden', message: 'nej' }),
    });
    setApiClient(client.api);
    await useAuditAlarmsStore.getState().load();
    expect(useAuditAlarmsStore.getState().alarms).toEqual(open);
    expect(await useAuditAlarmsStore.getState().acknowledge()).toBe(false);
    expect(useAuditAlarmsStore.getState().acknowledgeError?.code).toBe('forbidden');
  });

  it('forgets the alarms at lock', async () => {
    await useAuditAlarmsStore.getState().load();
    clearDataStores();
    expect(useAuditAlarmsStore.getState().alarms).toBeNull();
  });
});
