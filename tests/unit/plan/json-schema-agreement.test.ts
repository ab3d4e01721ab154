/**
 * An independent validator (ajv, draft 2020-12, with ajv-formats) and the reader give the same
 * verdict on every generated file, for the published schema of every version: valid plans, and
 * single mutations of them. The only allowed differences are the rules the schema's description
 * names as the reader's own (`readerOnlyRules`), which the test detects and expects.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultTemplateFit,
  planJsonSchema,
  readerOnlyRules,
  templateConditions,
} from '../../../src/plan/json-schema.ts';
import {
  DEFAULT_TEMPLATE_ID,
  outlineTemplates,
  readPlanValue,
  type Plan,
} from '../../../src/plan/index.ts';
import { planArbitrary } from './arbitraries.ts';

// ajv-formats is CommonJS with a default export; under Node's ESM it arrives as the module object.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ??
  addFormatsImport) as typeof addFormatsImport;

type Json = Record<string, unknown>;
const frozen = (version: number): Json =>
  JSON.parse(readFileSync(`content/schema/ke-hoach-cchc-v${version}.json`, 'utf8')) as Json;

function validatorFor(schema: Json): (value: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (value) => validate(value);
}

const schemas: Record<number, Json> = { 1: frozen(1), 2: frozen(2), 3: planJsonSchema() };
const validators = Object.fromEntries(
  Object.entries(schemas).map(([version, schema]) => [version, validatorFor(schema)]),
) as Record<number, (value: unknown) => boolean>;

/** A current plan as the same plan would have been written in an older version. */
function asVersion(plan: Plan, version: number): Json {
  const { reporting: _reporting, ...rest } = plan;
  const older: Json = {
    ...rest,
    version,
    rows: plan.rows.map(({ progress: _progress, ...row }) => row),
  };
  if (version === 1) delete older.template;
  return version === 3 ? { ...plan } : older;
}

/** The reader-only rules a value breaks, so that a difference there is expected, not a bug. */
function breaksReaderOnlyRule(value: unknown): boolean {
  let broken = false;
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      // The schema counts code points, the reader UTF-16 units: only astral characters differ.
      if (/[\u{10000}-\u{10FFFF}]/u.test(node)) broken = true;
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(visit);
  };
  visit(value);
  const rows = (value as { rows?: unknown }).rows;
  if (Array.isArray(rows)) {
    const ids = rows.map((row) => (row as { id?: unknown } | null)?.id);
    if (new Set(ids).size !== ids.length) broken = true;
  }
  return broken;
}

function expectAgreement(value: unknown, version: number): void {
  const schemaSays = validators[version]!(value);
  const readerSays = readPlanValue(structuredClone(value)).ok;
  if (schemaSays !== readerSays && breaksReaderOnlyRule(value)) {
    expect(readerSays).toBe(false);
    return;
  }
  expect(schemaSays, JSON.stringify(value).slice(0, 2000)).toBe(readerSays);
}

type Path = (string | number)[];
/** Every place in a value: each object's keys and each array's items, at any depth. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [
      [...prefix, index],
      ...pathsOf(item, [...prefix, index]),
    ]);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

function parentOf(value: Json, path: Path): [Record<string | number, unknown>, string | number] {
  let node = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return [node, path.at(-1)!];
}

/** Values of the wrong type, out of range, badly formed, or too long. */
const replacements: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  13,
  1999,
  2101,
  1e13,
  '',
  'x',
  '2013-02-30',
  '2013-2-3',
  '2013-13',
  '2013-09',
  '2012-02-29',
  'xyz',
  'the-che',
  'chinh-phu-so',
  'xa',
  'huyen',
  'done',
  'nam',
  'ê'.repeat(301),
  'ê'.repeat(2001),
  [],
  ['x'],
  Array.from({ length: 51 }, () => 'x'),
  {},
];

type Mutation =
  | { kind: 'replace'; at: number; by: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    by: fc.constantFrom(...replacements),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.constantFrom(
      'extra',
      'the-che',
      'chinh-phu-so',
      'xyz',
      'quy-1',
      'progress',
      'reporting',
    ),
  }),
);

function mutate(file: Json, change: Mutation): Json {
  const copy = structuredClone(file);
  const paths = pathsOf(copy);
  if (paths.length === 0) return copy;
  const path = paths[change.at % paths.length]!;
  const [parent, key] = parentOf(copy, path);
  if (change.kind === 'replace') parent[key] = structuredClone(change.by);
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    const target = parent[key];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      (target as Json)[change.key] = '';
    } else copy[change.key] = {};
  }
  return copy;
}

const planFor = (version: number): fc.Arbitrary<Plan> =>
  version === 1
    ? planArbitrary.filter((plan) => plan.template === DEFAULT_TEMPLATE_ID)
    : planArbitrary;

describe.each([1, 2, 3])('the version %i schema and the reader', (version) => {
  it('accept the same generated plans', () => {
    fc.assert(
      fc.property(planFor(version), (plan) => {
        const file = asVersion(plan, version);
        expect(readPlanValue(structuredClone(file)).ok || breaksReaderOnlyRule(file)).toBe(true);
        expectAgreement(file, version);
      }),
      { numRuns: 150 },
    );
  });

  it('refuse the same single mutations of them', () => {
    fc.assert(
      fc.property(planFor(version), mutation, (plan, change) => {
        expectAgreement(mutate(asVersion(plan, version), change), version);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuse another outline’s areas and unit types in the same way', () => {
    fc.assert(
      fc.property(planFor(version), fc.nat(), (plan, pick) => {
        const file = asVersion(plan, version) as Json & Plan;
        const others = outlineTemplates.filter((template) => template.id !== plan.template);
        const other = others[pick % others.length]!;
        const foreignArea = other.areas.map((area) => area.id).find((id) => !(id in file.tasks));
        const cases: Json[] = [
          { ...file, unit: { ...file.unit, type: 'xa' } },
          { ...file, unit: { ...file.unit, type: 'huyen' } },
        ];
        if (foreignArea !== undefined) {
          cases.push({ ...file, tasks: { ...file.tasks, [foreignArea]: '' } });
          if (file.rows.length > 0) {
            cases.push({
              ...file,
              rows: [{ ...file.rows[0]!, areaId: foreignArea }, ...file.rows.slice(1)],
            });
          }
        }
        for (const changed of cases) expectAgreement(changed, version);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the published schemas', () => {
  it('carry each outline’s areas and unit types, generated from the outlines', () => {
    expect(schemas[3]!.allOf).toEqual(templateConditions());
    // The province's own plan (unit type "tinh") came with version 3; the older schemas are frozen.
    const beforeProvince = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
        Array.isArray(item) ? item.filter((entry) => entry !== 'tinh') : item,
      );
    expect(schemas[2]!.allOf).toEqual(beforeProvince(templateConditions()));
    expect(schemas[1]!.allOf).toEqual([beforeProvince(defaultTemplateFit())]);
  });

  it('name what only the reader checks', () => {
    for (const schema of Object.values(schemas)) {
      expect(schema.description).toContain(readerOnlyRules);
    }
  });
});
