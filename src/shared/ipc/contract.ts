// The whole IPC contract, assembled from one contract per domain.
import type { z } from 'zod';
import { agreementsContract } from './agreements';
import { attachmentsContract } from './attachments';
import { auditContract } from './audit';
import { filesContract } from './files';
import { importContract } from './import';
import { authContract } from './auth';
import { backupContract } from './backup';
import { installationContract } from './installation';
import { organisationsContract } from './organisations';
import { reportsContract } from './reports';
import { erasureContract } from './erasure';
import { exchangeContract } from './exchange';
import { deletionContract } from './deletion';
import { draftsContract } from './drafts';
import { retentionContract } from './retention';
import { settingsContract } from './settings';
import { childrenContract } from './children';
import { supportGroupsContract } from './support-groups';
import { effectContract } from './effect-evaluation';
import { usersContract } from './users';
import { printingContract } from './printing';

export const contract = {
  ...installationContract,
  ...authContract,
  ...usersContract,
  ...settingsContract,
  ...organisationsContract,
  ...childrenContract,
  ...supportGroupsContract,
  ...auditContract,
  ...agreementsContract,
  ...backupContract,
  ...filesContract,
  ...reportsContract,
  ...erasureContract,
  ...deletionContract,
  ...draftsContract,
  ...retentionContract,
  ...printingContract,
  ...importContract,
  ...effectContract,
  ...attachmentsContract,
  ...exchangeContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
