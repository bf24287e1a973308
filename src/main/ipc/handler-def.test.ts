// A channel whose contract says `db: 'read'` gets a ReadDb: its handler cannot
// write. Checked by `npm run typecheck` through the @ts-expect-error lines.
import { describe, expect, test } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { handler, type ChannelDb } from './handler-def';
import type { ReadDb, WriteDb } from '../db/handles';

const readChannel = handler('organisations:list', {
  run: async (ctx) => {
    // @ts-expect-error a read channel's handle cannot insert
    void ctx.db.insertInto('organisation');
    // @ts-expect-error nor can the ServiceContext it passes on
    void ctx.service.db.updateTable('organisation');
    return [];
  },
  audit: null,
});

const writeChannel = handler('organisations:create', {
  run: async (ctx) => {
    // A write channel may write (never run: the test only compiles it).
    void ctx.db.insertInto('organisation');
    throw new Error('not run');
  },
  audit: null,
});

// The handle types per channel: the compiler rejects a swap.
const readDb: ChannelDb<'agreements:list'> = {} as ReadDb;
// @ts-expect-error a read channel's handle is not a WriteDb
const notWrite: WriteDb = readDb;
const writeDb: ChannelDb<'agreements:update'> = {} as WriteDb;

describe('read and write channels', () => {
  test('list, get and dashboard channels declare a read handle; writers keep the default', () => {
    expect(contract['organisations:list'].db).toBe('read');
    expect(contract['agreements:dashboard'].db).toBe('read');
    expect(contract['reports:get'].db).toBe('read');
    expect('db' in contract['organisations:create']).toBe(false);
    expect([readChannel, writeChannel, notWrite, writeDb].length).toBe(4);
  });
});
