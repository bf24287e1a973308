// Field schemas the agreement contract's parts share.
import { z } from 'zod';
import { isValidIsoDate } from '../../dates';
import { requiredText } from '../common';

export const calendarDate = z
  .string({ error: 'field.date' })
  .trim()
  .refine(isValidIsoDate, { error: 'field.date' });

/** Integer öre, never negative. */
export const money = z
  .number({ error: 'money.format' })
  .int({ error: 'money.integer' })
  .min(0, { error: 'money.negative' });

export const key = z
  .string({ error: 'field.required' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'agreements.keyFormat' });

export const textList = (maxItems: number, maxLength: number) =>
  z.array(requiredText(maxLength)).max(maxItems, { error: 'field.tooMany' });
