// The batched path for many children at once (imports), run by the caller
// inside one transaction. Rows are built by the same functions as a single
// create (childColumns, guardianColumns, searchTokens), so both store the
// same; child-import-repository writes each table in one statement.
import type { ChildData } from '../../shared/ipc/children';
import { AppFailure } from '../base/app-error';
import { nowIso, today, type ServiceContext } from '../context/service-context';
import { anyIdentityNumberTaken, insertChildrenFromJson, lastChildId } from './child-import-repository';
import { childColumns, guardianColumns } from './child-service';
import { searchTokens } from './child-search-tokens';

const duplicate = () =>
  new AppFailure('children.duplicateIdentityNumber', {
    fields: { identityNumber: 'children.duplicateIdentityNumber' },
  });

/**
 * Saves the children; `refuse` is called with the index of a child the rules
 * refuse (it throws, so the caller's transaction saves none).
 */
export async function importChildren(
  ctx: ServiceContext,
  list: readonly ChildData[],
  refuse: (index: number, error: unknown) => never,
): Promise<void> {
  if (list.length === 0) return;
  const now = nowIso(ctx);
  const day = today(ctx);
  const columns = list.map((data, i) => {
    try {
      return childColumns(data, now, day);
    } catch (error) {
      return refuse(i, error);
    }
  });
  const seen = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c.identity_number === null) return;
    if (seen.has(c.identity_number)) refuse(i, duplicate());
    seen.set(c.identity_number, i);
  });
  const taken = await anyIdentityNumberTaken(ctx.db, [...seen.keys()]);
  if (taken !== null) refuse(seen.get(taken) ?? 0, duplicate());

  const first = (await lastChildId(ctx.db)) + 1;
  const children = columns.map((c, i) => ({ id: first + i, ...c, version: 1, created_at: now }));
  const guardians = list.flatMap((data, i) =>
    data.guardians.map((g, position) => ({ child_id: first + i, ...guardianColumns(g, position) })),
  );
  const tokens = columns.flatMap((c, i) =>
    searchTokens(c.name, c.identity_number).map((token) => ({ token, child_id: first + i })),
  );
  const protectionChanges = list.flatMap((data, i) =>
    data.protectedIdentity
      ? [{ child_id: first + i, change: 'set', reason: '', changed_by_user_id: ctx.user.id, changed_at: now }]
      : [],
  );
  await insertChildrenFromJson(ctx.db, { children, guardians, tokens, protectionChanges });
}
