// Inputs for fuzzing the IPC router, drawn from each channel's own zod schema
// (through its JSON Schema): mostly well-formed, so calls get past parsing and
// into the handlers, with values chosen to hurt — boundary numbers, ids of
// rows that exist and ids that don't, impossible dates, huge and odd strings,
// paths that are not local folders — and a share of plain garbage and broken
// shapes, so the parsing itself is tried too.
import fc from 'fast-check';
import { z } from 'zod';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
};

export interface FuzzWorld {
  /** Folders and files the calls may name: a real temporary folder among paths that must be refused. */
  paths: readonly string[];
  /** Usernames that exist nowhere, so failed sign-ins never throttle the fuzzing user. */
  usernames: readonly string[];
  /** User ids the calls may change (never the signed-in users'). */
  userIds: readonly number[];
}

const nastyStrings = [
  '',
  '   ',
  'Åsa Öberg-Ängström',
  "'; DROP TABLE child; --",
  '" OR 1=1 --',
  '%_\\',
  'a\u0000b',
  '\u202Egnp.exe',
  '😀👨‍👩‍👧',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'x'.repeat(5000),
  '2026-03-02',
  '2026-02-30',
  '2024-02-29',
  '9999-12-31',
  '0000-00-00',
  '2026-03-02T09:00:00.000Z',
  '121212-1212',
  '19121212+1212',
  '802002-8711',
  '5050-1055',
  'NaN',
  '-0',
  '1e309',
];

const interestingIntegers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 100, -1, 2 ** 31, Number.MAX_SAFE_INTEGER];

function integerArb(s: Schema): fc.Arbitrary<number> {
  // Whole numbers within the bounds; a number schema's bounds need not be whole (a reliability ≤ 0,99).
  const min = Math.ceil(
    s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1_000_000),
  );
  const max = Math.floor(s.maximum ?? 1_000_000);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.integer({ min: Math.max(min, 1), max: Math.max(Math.min(max, 8), Math.max(min, 1)) }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...interestingIntegers) },
    { weight: 1, arbitrary: fc.constantFrom(min, max, min - 1, max + 1) },
    { weight: 1, arbitrary: fc.integer({ min: Math.max(min, -(2 ** 40)), max: Math.min(max, 2 ** 40) }) },
  );
}

function stringArb(s: Schema, name: string, world: FuzzWorld): fc.Arbitrary<string> {
  if (/folder|file|path/i.test(name)) return fc.constantFrom(...world.paths);
  if (/username/i.test(name)) return fc.constantFrom(...world.usernames);
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
    { weight: 2, arbitrary: fc.string({ maxLength: Math.min(s.maxLength ?? 40, 40) }) },
  ];
  if (s.pattern) {
    try {
      options.push({ weight: 5, arbitrary: fc.stringMatching(new RegExp(s.pattern)) });
    } catch {
      // A pattern JavaScript cannot compile: the other strings will do.
    }
  }
  if (s.minLength !== undefined && s.minLength > 0)
    options.push({
      weight: 2,
      arbitrary: fc.string({
        minLength: s.minLength,
        maxLength: Math.min(s.maxLength ?? s.minLength + 20, 60),
      }),
    });
  return fc.oneof(...options);
}

function fromSchema(s: Schema, name: string, world: FuzzWorld, depth: number): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((c) => fromSchema(c, name, world, depth + 1)));
  if (s.allOf?.[0]) return fromSchema(s.allOf[0], name, world, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object':
      return objectArb(s, world, depth);
    case 'array': {
      const item = fromSchema(s.items ?? {}, name, world, depth + 1);
      return fc.array(item, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    }
    case 'string':
      return stringArb(s, name, world);
    case 'integer':
      if (/userId/i.test(name)) return fc.constantFrom(...world.userIds);
      return integerArb(s);
    case 'number':
      return fc.oneof(integerArb(s), fc.double({ noNaN: false }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArb(s: Schema, world: FuzzWorld, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(s.properties ?? {}))
    record[key] = fromSchema(value, key, world, depth + 1);
  // Required keys always; optional ones come and go.
  const requiredKeys = (s.required ?? []).filter((k) => k in record);
  return fc.record(record, { requiredKeys });
}

/** Breaks a well-formed input: a key dropped, a value of the wrong type, or a key that does not belong. */
function broken(input: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(input, fc.nat(), fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('drop', 'retype', 'extra'))
    .map(([value, pick, junk, how]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return junk;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys[pick % Math.max(keys.length, 1)];
      if (how === 'extra' || key === undefined) copy['__proto__x'] = junk;
      else if (how === 'drop') delete copy[key];
      else copy[key] = junk;
      return copy;
    });
}

/** Inputs for one channel's input schema: 7 in 10 well-formed, the rest broken or garbage. */
export function inputsFor(schema: z.ZodType, world: FuzzWorld): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Schema;
  const wellFormed = fromSchema(json, '', world, 0);
  return fc.oneof(
    { weight: 7, arbitrary: wellFormed },
    { weight: 2, arbitrary: broken(wellFormed) },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)) },
  );
}
