// The two tables are typed over the contract (a channel missing from either
// does not compile); these tests pin what the types cannot: that they agree
// with the contract's `db` flags and say what the issue needs.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { channels, contract } from '../../../shared/ipc/contract';
import type { ReadChannel, WriteChannel } from './channel-kinds';
import { entityKinds } from './entities';
import { readTags } from './read-tags';
import { effectOf, writeEffects, type WriteEffect } from './write-effects';

const isRead = (channel: string) => (contract as Record<string, { db?: string }>)[channel]!.db === 'read';

describe('the entity tables', () => {
  it('are keyed by exactly the read and the mutating channels', () => {
    expectTypeOf<keyof typeof readTags>().toEqualTypeOf<ReadChannel>();
    expectTypeOf<keyof typeof writeEffects>().toEqualTypeOf<WriteChannel>();
    expectTypeOf<'children:get'>().toExtend<ReadChannel>();
    expectTypeOf<'children:update'>().not.toExtend<ReadChannel>();
    for (const channel of channels) {
      expect(Object.hasOwn(readTags, channel), channel).toBe(isRead(channel));
      expect(Object.hasOwn(writeEffects, channel), channel).toBe(!isRead(channel));
    }
  });

  it('name only known kinds', () => {
    const known = new Set<string>(entityKinds);
    for (const tags of Object.values(readTags))
      if (tags !== 'uncached') for (const kind of tags) expect(known).toContain(kind);
    for (const effect of Object.values(writeEffects) as WriteEffect[])
      for (const kind of [...effect.changes, ...(effect.erases ?? [])]) expect(known).toContain(kind);
  });

  it('never cache a reveal of protected details or an export', () => {
    for (const channel of [
      'children:reveal',
      'reports:export',
      'audit:exportCsv',
      'agreements:exportCalendar',
    ] as const)
      expect(readTags[channel]).toBe('uncached');
  });

  it('an admission changes enrolments, which the group page (its free places) shows', () => {
    expect(effectOf('enrolments:create').changes).toContain('enrolment');
    expect(readTags['supportGroups:get']).toContain('enrolment');
    expect(readTags['supportGroups:list']).toContain('enrolment');
  });

  it('every erasure erases the child, its guardians and enrolments', () => {
    for (const channel of ['erasure:erase', 'retention:erase', 'children:deleteMistake'] as const)
      expect(effectOf(channel).erases).toEqual(expect.arrayContaining(['child', 'guardian', 'enrolment']));
  });

  it('every change refreshes the audit log; a read action changes nothing', () => {
    expect(effectOf('children:update').changes).toContain('audit');
    expect(effectOf('children:reveal')).toEqual({ changes: [] });
  });
});
