import { z } from 'zod';
import { roles } from '../roles';
import { channel } from './channel';
import { empty, id, isoDateTime, password, requiredText, username } from './common';

export const user = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof user>;

const admin = { kind: 'session', roles: ['admin'] } as const;

export const usersContract = {
  'users:list': channel({ db: 'read', input: empty, output: z.array(user), access: admin }),
  'users:create': channel({
    input: z
      .object({ username, displayName: requiredText(100), role: z.enum(roles), temporaryPassword: password })
      .strict(),
    output: user,
    access: admin,
  }),
  'users:resetPassword': channel({
    input: z.object({ userId: id, temporaryPassword: password }).strict(),
    output: user,
    access: admin,
  }),
  'users:setDisabled': channel({
    input: z.object({ userId: id, disabled: z.boolean() }).strict(),
    output: user,
    access: admin,
  }),
};
