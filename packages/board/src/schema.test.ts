import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as schemaModule from './schema.js';
import { BoardError } from './errors.js';
import { isRealIsoDate } from './schema.js';
import type { Actor } from './types.js';
import { parse, parseActor } from './validate.js';

describe('isRealIsoDate', () => {
  it('accepts real calendar dates, including 29 February in a leap year', () => {
    expect(isRealIsoDate('2026-03-31')).toBe(true);
    expect(isRealIsoDate('2028-02-29')).toBe(true);
  });

  it('refuses dates that do not exist and other formats', () => {
    for (const value of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '31/03/2026', '2026-3-1', '2026-03-31T00:00:00Z', '']) {
      expect(isRealIsoDate(value), value).toBe(false);
    }
  });
});

describe('the write schemas', () => {
  // zod/mini carries no locale: an issue without a message of ours would reach people as "Invalid
  // input". Every write parses its input with parse() (and who made it with parseActor()).
  const schemas = Object.entries(schemaModule as Record<string, unknown>).filter(
    (entry): entry is [string, z.ZodMiniType] => entry[1] instanceof z.ZodMiniType,
  );
  const wrongValues: unknown[] = [12345, 1.5, -1, 'text', '', ' ', 'x'.repeat(25_000), [], ['a'], {}, { a: 1 }, null, true, new Date(0)];

  function fieldsOf(schema: z.ZodMiniType): string[] {
    let inner = schema as z.ZodMiniType & { _zod: { def: { innerType?: z.ZodMiniType; shape?: Record<string, unknown> } } };
    while (inner._zod.def.innerType) inner = inner._zod.def.innerType as typeof inner;
    return Object.keys(inner._zod.def.shape ?? {});
  }

  function messageFor(name: string, schema: z.ZodMiniType, input: unknown): string | null {
    try {
      if (name === 'actorSchema') parseActor(input as Actor);
      else parse(schema, input, 'thing');
      return null;
    } catch (error) {
      if (!(error instanceof BoardError)) throw error;
      return error.message;
    }
  }

  it('are all found', () => {
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(['actionInput', 'goalPatch', 'metaPatch', 'reviewInput', 'actorSchema']));
  });

  it.each(schemas)('%s says what is wrong with every field, in words of ours', (name, schema) => {
    const fields = fieldsOf(schema);
    expect(fields.length).toBeGreaterThan(0);
    const inputs = [
      ...[null, 'text', [], 12].map((input) => ({ input, shown: JSON.stringify(input) })),
      ...[...fields, 'notAField'].flatMap((field) =>
        wrongValues.map((value) => ({ input: { [field]: value }, shown: `${field}: ${JSON.stringify(value)?.slice(0, 30)}` })),
      ),
    ];
    for (const { input, shown } of inputs) expect(messageFor(name, schema, input) ?? '', shown).not.toMatch(/Invalid input/);
  });
});
