// The whole IPC contract, assembled from one contract per domain.
import type { z } from 'zod';
import { auditContract } from './audit';
import { filesContract } from './files';
import { authContract } from './auth';
import { installationContract } from './installation';
import { organisationsContract } from './organisations';
import { settingsContract } from './settings';
import { usersContract } from './users';

export const contract = {
  ...installationContract,
  ...authContract,
  ...usersContract,
  ...settingsContract,
  ...organisationsContract,
  ...auditContract,
  ...filesContract,
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
