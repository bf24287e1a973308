// The renderer's side of form drafts: leaving a form with unsaved changes asks
// first (and each answer does what it says), and a form being saved is not
// offered the draft its save is about to discard.
import { afterEach, describe, expect, it } from 'vitest';
import { setApiClient } from '../api/client';
import { fakeClient, ok } from '../api/fake-client';
import { childDraft, emptyChildValues } from '../screens/children/child-form-values';
import { clearDataStores } from './data-stores';
import { loadDraft, saveFormThenDiscard } from './drafts-store';
import { addLeaveGuard, answerLeave, confirmLeave, useLeaveGuardStore } from './leave-guard-store';

afterEach(() => {
  setApiClient(null);
  clearDataStores();
});

const asked = () => useLeaveGuardStore.getState().pending !== null;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('leaving a form with unsaved changes', () => {
  it('goes at once when nothing is unsaved', async () => {
    expect(await confirmLeave()).toBe(true);
    expect(asked()).toBe(false);
  });

  it('asks; "stay" keeps the user there, "keep" saves the draft now, "discard" discards it', async () => {
    const done: string[] = [];
    const remove = addLeaveGuard(Symbol('form'), {
      keep: async () => void done.push('keep'),
      discard: async () => void done.push('discard'),
    });
    for (const choice of ['stay', 'keep', 'discard'] as const) {
      const leaving = confirmLeave();
      await tick();
      expect(asked()).toBe(true);
      answerLeave(choice);
      expect(await leaving).toBe(choice !== 'stay');
      expect(asked()).toBe(false);
    }
    expect(done).toEqual(['keep', 'discard']);
    remove();
    expect(await confirmLeave()).toBe(true);
  });

  it('a lock answers an open question with "stay"', async () => {
    const remove = addLeaveGuard(Symbol('form'), { keep: async () => {}, discard: async () => {} });
    const leaving = confirmLeave();
    await tick();
    clearDataStores();
    expect(await leaving).toBe(false);
    remove();
  });
});

describe('a form being saved', () => {
  it('is offered no draft until its save has discarded it; a failed save keeps the draft', async () => {
    const fake = fakeClient({
      'drafts:get': () =>
        ok({ form: 'group', recordId: 4, updatedAt: '2026-03-02T13:05:00.000Z', payload: '{}' }),
      'drafts:discard': () => ok({ discarded: true }),
    });
    setApiClient(fake.api);
    const ref = { form: 'group' as const, recordId: 4 };
    let during: unknown = 'not asked';
    await saveFormThenDiscard(ref, async () => {
      during = await loadDraft(ref);
      return { ok: true };
    });
    expect(during).toBeNull();
    expect(fake.calls.map((c) => c.channel)).toEqual(['drafts:discard']);
    await saveFormThenDiscard(ref, async () => ({ ok: false }));
    expect(fake.calls.map((c) => c.channel)).toEqual(['drafts:discard']);
    expect(await loadDraft(ref)).toEqual({ payload: '{}', updatedAt: '2026-03-02T13:05:00.000Z' });
  });
});

describe('the child form’s draft', () => {
  const typed = {
    ...emptyChildValues(),
    name: 'Lo Persson',
    phone: '070-999 88 77',
    address: { street: 'Lönngången 17', postalCode: '987 65', city: 'Gömmeby' },
    fosterHome: {
      name: 'Familjen Hemlighetsson',
      phone: '070-555 44 33',
      email: '',
      address: { street: 'Skyddsgränd 2', postalCode: '876 54', city: 'Döljeby' },
    },
  };

  it('holds no protected detail while the form keeps them out of sight', () => {
    const draft = JSON.stringify(childDraft(typed, true));
    for (const secret of ['070-999 88 77', 'Lönngången', 'Hemlighetsson', 'Skyddsgränd', 'Döljeby'])
      expect(draft).not.toContain(secret);
    expect(draft).toContain('Lo Persson');
  });

  it('holds what the form shows once they are revealed (the form’s own values)', () => {
    expect(childDraft(typed, false)).toEqual({ values: typed, hiddenKept: false });
  });
});
