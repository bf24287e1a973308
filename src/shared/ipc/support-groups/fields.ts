// Field schemas the support-group contract's parts share.
import { z } from 'zod';

export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'field.time' });
export const ore = z
  .number({ error: 'field.money' })
  .int({ error: 'field.money' })
  .min(0, { error: 'field.money' });
