// Whether a role may call a channel, read from the contract (main enforces it;
// the renderer only hides what the user could not do).
import { contract, type Channel } from '../../../shared/ipc/contract';
import type { Role } from '../../../shared/roles';

export function mayCall(channel: Channel, role: Role): boolean {
  const access = contract[channel].access;
  return access.kind === 'public' || access.roles.includes(role);
}
