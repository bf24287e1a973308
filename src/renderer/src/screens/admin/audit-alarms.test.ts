import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntegrityAlerts } from '../../../../shared/ipc/audit';
import { setApiClient } from '../../api/client';
import { fail, fakeClient, ok, type FakeClient } from '../../api/fake-client';
import { queryClient } from '../../data/query-client';
import { apiQueryKey } from '../../data/query-key';
import { fetchApi } from '../../data/use-api-query';
import { acknowledgeAlarms } from './audit-alarms';

const open: IntegrityAlerts = {
  count: 2,
  alerts: [
    { id: 4, at: '2026-03-02T10:00:00.000Z', kind: 'headMismatch', details: 'headRemoved' },
    { id: 9, at: '2026-03-02T10:01:00.000Z', kind: 'databaseCheck', details: 'quick_check;problems=1' },
  ],
};
const key = apiQueryKey('auth:alerts', {});
const poll = () => queryClient.fetchQuery({ queryKey: key, queryFn: () => fetchApi('auth:alerts', {}) });
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
  queryClient.clear();
  setApiClient(null);
});

describe('the audit alarms', () => {
  it('are acknowledged up to the newest one shown, and then read afresh', async () => {
    await poll();
    expect(await acknowledgeAlarms(queryClient.getQueryData(key) ?? null)).toMatchObject({ ok: true });
    expect(client.calls.find((c) => c.channel === 'audit:acknowledgeAlerts')?.input).toEqual({ upToId: 9 });
    // No screen showed them: the stale answer is dropped, and the next poll reads afresh.
    expect(queryClient.getQueryState(key)).toBeUndefined();
    await poll();
    expect(queryClient.getQueryData(key)).toEqual({ count: 0, alerts: [] });
  });

  it('stay shown when a poll fails; a refused acknowledgement is reported', async () => {
    await poll();
    setApiClient(
      fakeClient({
        'auth:alerts': () => fail({ code: 'internal', message: 'x' }),
        'audit:acknowledgeAlerts': () => fail({ code: 'forbidden', message: 'nej' }),
      }).api,
    );
    await queryClient.refetchQueries({ queryKey: key });
    expect(queryClient.getQueryData(key)).toEqual(open);
    expect(await acknowledgeAlarms(open)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
