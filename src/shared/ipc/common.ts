// Schema pieces shared by several contracts. Messages are catalogue keys.
import { z } from 'zod';
import { isValidIsoDate } from '../dates';

export const id = z.number().int().positive();
/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'field.date' })
  .refine(isValidIsoDate, { error: 'field.date' });
export const isoDateTime = z.string();

/** Optional contact fields, empty when not given. */
export const phone = z
  .string()
  .trim()
  .regex(/^$|^\+?[\d\s()-]{5,20}$/, { error: 'field.phone' })
  .default('');
export const email = z
  .string()
  .trim()
  .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'field.email' })
  .max(200, { error: 'field.tooLong' })
  .default('');
export const postalCode = z
  .string()
  .trim()
  .regex(/^$|^\d{3} ?\d{2}$/, { error: 'field.postalCode' })
  .default('');

/** A whole number within bounds, as a form field. */
export const count = (min: number, max: number) =>
  z
    .number({ error: 'field.number' })
    .int({ error: 'field.number' })
    .min(min, { error: 'field.range' })
    .max(max, { error: 'field.range' });

export const requiredText = (max = 200) =>
  z.string({ error: 'field.required' }).trim().min(1, { error: 'field.required' }).max(max, { error: 'field.tooLong' });
export const optionalText = (max = 200) => z.string().trim().max(max, { error: 'field.tooLong' }).default('');

export const password = z.string().min(12, { error: 'password.tooShort' }).max(512, { error: 'field.tooLong' });
export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9.-]{1,31}$/, { error: 'username.format' });
export const empty = z.object({}).strict();
export const nothing = z.null();
