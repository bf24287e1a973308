import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/ipc/installation';
import { setApiClient } from '../api/client';
import { fail, fakeClient, ok, type FakeClient } from '../api/fake-client';
import { queryClient } from '../data/query-client';
import { apiQueryKey } from '../data/query-key';
import { fetchApi } from '../data/use-api-query';
import { useSessionStore } from './session-store';

const session: Session = {
  userId: 1,
  username: 'ada',
  displayName: 'Ada Admin',
  role: 'admin',
  mustChangePassword: false,
};
const users = [{ username: 'ada', displayName: 'Ada Admin' }];
const summary = {
  id: 1,
  name: 'Rädda Barnen',
  kind: 'nonprofit' as const,
  orgNumber: '802002-8638',
  city: 'Sundbyberg',
  requirementGaps: 3,
};

let state: 'locked' | 'unlocked' = 'unlocked';
let client: FakeClient;

beforeEach(() => {
  state = 'unlocked';
  client = fakeClient({
    'installation:status': () =>
      ok({
        state,
        organisationName: 'Socialförvaltningen, Exempelstad',
        session: state === 'unlocked' ? session : null,
        idleLockMinutes: 10,
      }),
    'auth:users': () => ok(users),
    'auth:lock': () => {
      state = 'locked';
      return ok(null);
    },
    'auth:unlock': ({ password }) => {
      if (password !== 'rätt-lösenord-123') return fail({ code: 'auth.wrongCredentials', message: '' });
      state = 'unlocked';
      return ok(session);
    },
    'organisations:list': () =>
      state === 'unlocked' ? ok([summary]) : fail({ code: 'locked', message: '' }),
  });
  setApiClient(client.api);
});

afterEach(() => setApiClient(null));

/** A screen's read of the register, into the app's cache. */
const loadList = () =>
  queryClient.fetchQuery({
    queryKey: apiQueryKey('organisations:list', { query: '' }),
    queryFn: () => fetchApi('organisations:list', { query: '' }),
  });
const cached = () => queryClient.getQueryCache().getAll().length;

describe('session store', () => {
  it('starts in the state main reports', async () => {
    await useSessionStore.getState().start();
    expect(useSessionStore.getState()).toMatchObject({
      phase: 'unlocked',
      session,
      organisationName: 'Socialförvaltningen, Exempelstad',
    });

    state = 'locked';
    await useSessionStore.getState().start();
    expect(useSessionStore.getState()).toMatchObject({ phase: 'locked', session: null, users });
  });

  it('locking empties the server-data cache, tells main, and fetches who can sign in', async () => {
    await useSessionStore.getState().start();
    await loadList();
    expect(cached()).toBe(1);

    await useSessionStore.getState().lock('idle');

    expect(cached()).toBe(0);
    expect(client.calls.map((c) => c.channel)).toContain('auth:lock');
    expect(useSessionStore.getState()).toMatchObject({
      phase: 'locked',
      session: null,
      lockReason: 'idle',
      users,
    });
  });

  it('treats a `locked` answer to a data call as main having locked', async () => {
    await useSessionStore.getState().start();
    state = 'locked';
    await loadList().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useSessionStore.getState()).toMatchObject({ phase: 'locked', lockReason: 'system' });
  });

  it('keeps the lock screen and returns the error on a wrong password', async () => {
    state = 'locked';
    await useSessionStore.getState().start();
    const failure = await useSessionStore.getState().unlock('ada', 'fel');
    expect(failure?.code).toBe('auth.wrongCredentials');
    expect(useSessionStore.getState().phase).toBe('locked');

    expect(await useSessionStore.getState().unlock('ada', 'rätt-lösenord-123')).toBeNull();
    expect(useSessionStore.getState()).toMatchObject({ phase: 'unlocked', session });
  });

  it('a sign-in starts from an empty cache (another user may sign in)', async () => {
    state = 'locked';
    await useSessionStore.getState().start();
    queryClient.setQueryData(apiQueryKey('organisations:list', { query: 'kvar' }), [summary]);
    expect(await useSessionStore.getState().unlock('ada', 'rätt-lösenord-123')).toBeNull();
    expect(cached()).toBe(0);
  });
});
