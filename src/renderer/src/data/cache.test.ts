// The cache over a fake client: keys, refusals, invalidation by entity on an
// admission, the removal of erased records, and the lock's clear.
import { MutationObserver, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { Child } from '../../../shared/ipc/children';
import type { Enrolment, Group } from '../../../shared/ipc/support-groups';
import { setApiClient } from '../api/client';
import { fail, fakeClient, ok } from '../api/fake-client';
import { ApiFailure, appErrorOf } from './api-failure';
import { clearCache, createQueryClient } from './query-client';
import { apiQueryKey, kindsOfKey } from './query-key';
import { fetchApi } from './use-api-query';
import { runApi } from './use-api-mutation';

/** Only the fields these tests look at; the rest of a record does not matter to the cache. */
const group = (places: number, children: string[]) =>
  ({ id: 7, freePlaces: places, children }) as unknown as Group;
const child = (name: string) => ({ id: 3, name }) as unknown as Child;
const enrolment = { id: 11 } as unknown as Enrolment;

afterEach(() => setApiClient(null));

function watch<T>(
  client: ReturnType<typeof createQueryClient>,
  key: readonly unknown[],
  fn: () => Promise<T>,
) {
  const observer = new QueryObserver(client, { queryKey: key, queryFn: fn });
  const seen: (T | undefined)[] = [];
  const stop = observer.subscribe((result) => seen.push(result.data as T | undefined));
  return { observer, seen, stop };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the server-data cache', () => {
  it('keys an answer by channel and input, whatever the order of the input’s fields', () => {
    const client = createQueryClient();
    const a = apiQueryKey('children:list', { query: 'a', district: 'b' });
    const b = apiQueryKey('children:list', { district: 'b', query: 'a' });
    client.setQueryData(a, []);
    expect(client.getQueryData(b)).toEqual([]);
    expect(kindsOfKey(a)).toEqual(expect.arrayContaining(['child', 'guardian', 'enrolment']));
    expect(kindsOfKey(['something', 'else'])).toEqual([]);
  });

  it('turns a refusal into the query’s error and does not retry it', async () => {
    const fake = fakeClient({ 'children:get': () => fail({ code: 'notFound', message: 'Finns inte' }) });
    setApiClient(fake.api);
    const client = createQueryClient();
    const key = apiQueryKey('children:get', { id: 1 });
    await expect(
      client.fetchQuery({ queryKey: key, queryFn: () => fetchApi('children:get', { id: 1 }) }),
    ).rejects.toBeInstanceOf(ApiFailure);
    expect(appErrorOf(client.getQueryState(key)?.error)).toMatchObject({ code: 'notFound' });
    expect(fake.calls).toHaveLength(1);
  });

  it('an admission refreshes the open group page at once (its free places)', async () => {
    let places = 1;
    setApiClient(
      fakeClient({
        'supportGroups:get': () => ok(group(places, [])),
        'enrolments:create': () => {
          places = 0;
          return ok(enrolment);
        },
      }).api,
    );
    const client = createQueryClient();
    const page = watch(client, apiQueryKey('supportGroups:get', { id: 7 }), () =>
      fetchApi('supportGroups:get', { id: 7 }),
    );
    await settled();
    expect(page.seen.at(-1)).toMatchObject({ freePlaces: 1 });
    const admitted = await runApi(
      'enrolments:create',
      { childId: 3, programmeId: 1, groupId: 7, status: 'offered', referredOn: '2026-02-20' },
      client,
    );
    expect(admitted.ok).toBe(true);
    // `runApi` resolves after the refetch: the page shows the new count, no reload.
    expect(page.seen.at(-1)).toMatchObject({ freePlaces: 0 });
    page.stop();
  });

  it('a change drops the stale answers no screen shows, so "Tillbaka" never shows the old state', async () => {
    setApiClient(
      fakeClient({
        'supportGroups:get': () => ok(group(1, [])),
        'enrolments:create': () => ok(enrolment),
      }).api,
    );
    const client = createQueryClient();
    const groupKey = apiQueryKey('supportGroups:get', { id: 7 });
    await client.fetchQuery({ queryKey: groupKey, queryFn: () => fetchApi('supportGroups:get', { id: 7 }) });
    const settingsKey = apiQueryKey('settings:get', {});
    client.setQueryData(settingsKey, { keep: true });
    await runApi(
      'enrolments:create',
      { childId: 3, programmeId: 1, groupId: 7, status: 'offered', referredOn: '2026-02-20' },
      client,
    );
    expect(client.getQueryState(groupKey)).toBeUndefined();
    expect(client.getQueryData(settingsKey)).toEqual({ keep: true });
  });

  it('a failed change refreshes nothing', async () => {
    const fake = fakeClient({
      'supportGroups:get': () => ok(group(1, [])),
      'enrolments:create': () => fail({ code: 'validation', message: '' }),
    });
    setApiClient(fake.api);
    const client = createQueryClient();
    const page = watch(client, apiQueryKey('supportGroups:get', { id: 7 }), () =>
      fetchApi('supportGroups:get', { id: 7 }),
    );
    await settled();
    await runApi(
      'enrolments:create',
      { childId: 3, programmeId: 1, groupId: 7, status: 'offered', referredOn: '2026-02-20' },
      client,
    );
    expect(fake.calls.filter((c) => c.channel === 'supportGroups:get')).toHaveLength(1);
    page.stop();
  });

  it('an erasure drops every cached record showing the erased children, and refetches what is on screen', async () => {
    let erased = false;
    setApiClient(
      fakeClient({
        'supportGroups:get': () => ok(group(0, erased ? [] : ['Erik Raderasson'])),
        'children:get': () => ok(child('Erik Raderasson')),
        'erasure:erase': () => {
          erased = true;
          return ok({
            groups: 1,
            enrolments: 1,
            childrenDeleted: 1,
            childrenKept: 0,
            purged: true,
          });
        },
      }).api,
    );
    const client = createQueryClient();
    // A child page seen earlier (inactive now) and the group page on screen (active).
    const childKey = apiQueryKey('children:get', { id: 3 });
    await client.fetchQuery({ queryKey: childKey, queryFn: () => fetchApi('children:get', { id: 3 }) });
    const settingsKey = apiQueryKey('settings:get', {});
    client.setQueryData(settingsKey, { keep: true });
    const page = watch(client, apiQueryKey('supportGroups:get', { id: 7 }), () =>
      fetchApi('supportGroups:get', { id: 7 }),
    );
    await settled();
    expect(
      JSON.stringify(
        client
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).toContain('Erik Raderasson');

    await runApi('erasure:erase', { groupIds: [7], confirmed: true }, client);

    expect(client.getQueryState(childKey)).toBeUndefined();
    expect(
      JSON.stringify(
        client
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toContain('Erik Raderasson');
    expect(page.seen.at(-1)).toMatchObject({ children: [] });
    // What shows no erased kind stays.
    expect(client.getQueryData(settingsKey)).toEqual({ keep: true });
    page.stop();
  });

  it('a lock empties the cache, answers and mutations alike', async () => {
    setApiClient(fakeClient({ 'children:get': () => ok(child('Lisa Låsström')) }).api);
    const client = createQueryClient();
    await client.fetchQuery({
      queryKey: apiQueryKey('children:get', { id: 3 }),
      queryFn: () => fetchApi('children:get', { id: 3 }),
    });
    const report = new MutationObserver(client, { mutationFn: (text: string) => Promise.resolve(text) });
    await report.mutate('Orosanmälan om Lisa Låsström');
    expect(client.getQueryCache().getAll()).toHaveLength(1);
    clearCache(client);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    expect(client.getMutationCache().getAll()).toHaveLength(0);
  });
});
