// Administration's reads and changes of users and settings, through the
// server-data cache (data/).
import { useMemo } from 'react';
import { appErrorOf } from '../../data/api-failure';
import { runApi } from '../../data/use-api-mutation';
import { useApiQuery } from '../../data/use-api-query';
import { useSessionStore } from '../../stores/session-store';
import type { AppSettings } from '../../../../shared/ipc/settings';

const byDisplayName = (a: { displayName: string }, b: { displayName: string }) =>
  a.displayName.localeCompare(b.displayName, 'sv');

/** The local user accounts (admin only), by display name. */
export function useUsers() {
  const list = useApiQuery('users:list', {});
  const users = useMemo(() => list.data?.toSorted(byDisplayName) ?? [], [list.data]);
  return { users, loaded: list.data !== undefined, error: appErrorOf(list.error) };
}

export function useSettings() {
  const one = useApiQuery('settings:get', {});
  return { settings: one.data ?? null, error: appErrorOf(one.error) };
}

/** Saves the settings; the idle timer runs on the session's copy of the auto-lock time. */
export async function updateSettings(settings: AppSettings) {
  const result = await runApi('settings:update', settings);
  if (result.ok) useSessionStore.getState().setIdleLockMinutes(result.value.idleLockMinutes);
  return result;
}
