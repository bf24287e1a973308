import { afterEach, describe, expect, it } from 'vitest';
import type { OrganisationSummary } from '../../../shared/ipc/organisations';
import { setApiClient } from '../api/client';
import { fakeClient, ok } from '../api/fake-client';
import { clearDataStores } from './data-stores';
import { useOrganisationsStore } from './organisations-store';

const org = (id: number, name: string): OrganisationSummary => ({
  id,
  name,
  kind: 'municipality',
  orgNumber: '212000-1124',
  city: '',
  requirementGaps: 0,
});

afterEach(() => {
  setApiClient(null);
  clearDataStores();
});

describe('organisations store', () => {
  it('sorts the list in Swedish order, numbers by value', async () => {
    const names = ['Östra föreningen', 'Ängens förening', 'Grupp 10', 'Åre kommun', 'Grupp 2', 'Zeta'];
    setApiClient(fakeClient({ 'organisations:list': () => ok(names.map((n, i) => org(i + 1, n))) }).api);
    await useOrganisationsStore.getState().load('');
    expect(useOrganisationsStore.getState().items.map((o) => o.name)).toEqual([
      'Grupp 2',
      'Grupp 10',
      'Zeta',
      'Åre kommun',
      'Ängens förening',
      'Östra föreningen',
    ]);
  });

  it('keeps the answer to the latest search when answers arrive out of order', async () => {
    const pending: Record<string, (value: ReturnType<typeof ok<OrganisationSummary[]>>) => void> = {};
    setApiClient(
      fakeClient({
        'organisations:list': ({ query }) => new Promise((resolve) => (pending[query ?? ''] = resolve)),
      }).api,
    );
    const slow = useOrganisationsStore.getState().load('rä');
    const fast = useOrganisationsStore.getState().load('rädda');
    pending['rädda']?.(ok([org(1, 'Rädda Barnen')]));
    await fast;
    pending['rä']?.(ok([org(1, 'Rädda Barnen'), org(2, 'Räddningstjänsten')]));
    await slow;
    expect(useOrganisationsStore.getState()).toMatchObject({
      loadedQuery: 'rädda',
      items: [org(1, 'Rädda Barnen')],
    });
  });

  it('drops an answer that arrives after a lock', async () => {
    let answer: (value: ReturnType<typeof ok<OrganisationSummary[]>>) => void = () => {};
    setApiClient(
      fakeClient({ 'organisations:list': () => new Promise((resolve) => (answer = resolve)) }).api,
    );
    const loading = useOrganisationsStore.getState().load('');
    clearDataStores();
    answer(ok([org(1, 'Rädda Barnen')]));
    await loading;
    expect(useOrganisationsStore.getState().items).toEqual([]);
  });

  it('sends an update with the version it read, and reloads the list after saving', async () => {
    const client = fakeClient({
      'organisations:get': ({ id }) =>
        ok({
          ...org(id, 'Malmö stad'),
          address: { street: '', postalCode: '', city: '' },
          paymentAccount: null,
          contacts: [],
          requirements: [],
          version: 3,
          createdAt: '',
          updatedAt: '',
        }),
      'organisations:update': ({ id, data }) =>
        ok({
          ...org(id, data.name),
          address: { street: '', postalCode: '', city: '' },
          paymentAccount: null,
          contacts: [],
          requirements: [],
          version: 4,
          createdAt: '',
          updatedAt: '',
        }),
      'organisations:list': () => ok([org(5, 'Malmö stad')]),
    });
    setApiClient(client.api);
    await useOrganisationsStore.getState().open(5);
    const data = {
      name: 'Malmö stad',
      kind: 'municipality' as const,
      orgNumber: '212000-1124',
      address: { street: '', postalCode: '', city: '' },
      paymentAccount: null,
      contacts: [],
      requirements: [],
    };
    const result = await useOrganisationsStore.getState().save(data, true);
    expect(result.ok).toBe(true);
    expect(client.calls.find((c) => c.channel === 'organisations:update')?.input).toEqual({
      id: 5,
      version: 3,
      data,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.calls.at(-1)?.channel).toBe('organisations:list');
  });
});
