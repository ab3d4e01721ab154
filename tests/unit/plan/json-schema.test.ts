/** The JSON Schema published at /schema/ke-hoach-cchc-v3.json. */
import { describe, expect, it } from 'vitest';
import {
  MAX_LIST_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_SECTION_TEXT_LENGTH,
  MAX_SENTENCE_LENGTH,
  planJsonSchema,
} from '../../../src/plan/index.ts';
import { GET } from '../../../src/pages/schema/[file].ts';

type Schema = {
  properties: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  [key: string]: unknown;
};

describe('planJsonSchema', () => {
  const schema = planJsonSchema({
    id: 'https://example.org/schema/ke-hoach-cchc-v3.json',
  }) as unknown as Schema;

  it('identifies the format and version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/schema/ke-hoach-cchc-v3.json');
    expect(schema.properties.format).toMatchObject({ const: 'ke-hoach-cchc' });
    expect(schema.properties.version).toMatchObject({ const: 3 });
    expect(schema.properties.template).toMatchObject({
      enum: ['de-cuong-2012', 'chuong-trinh-2021-2030'],
    });
  });

  it('is strict and requires every section, leaving the optional plans optional', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'template',
        'unit',
        'planYear',
        'document',
        'objectives',
        'tasks',
        'rows',
        'organisation',
      ]),
    );
    expect(schema.required).not.toContain('inspectionPlan');
    const rowSchema = schema.properties.rows?.items as Schema;
    expect(rowSchema.properties.budgetVnd).toMatchObject({
      anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }],
    });
    expect(rowSchema.properties.leadUnit).toMatchObject({
      type: 'string',
      title: 'Cơ quan chủ trì',
    });
    // Which areas a plan has depends on its template: JSON Schema gets the shape, the reader the rest.
    expect(schema.properties.tasks).toMatchObject({ additionalProperties: { type: 'string' } });
  });
});

describe('limits in the JSON Schema', () => {
  const schema = planJsonSchema() as unknown as Schema;

  /** Every subschema, with where it is, for checks that must hold everywhere. */
  function* nodes(node: unknown, where = '#'): Generator<[string, Record<string, unknown>]> {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const [index, child] of node.entries()) yield* nodes(child, `${where}/${index}`);
      return;
    }
    const record = node as Record<string, unknown>;
    if ('type' in record) yield [where, record];
    for (const [key, child] of Object.entries(record)) yield* nodes(child, `${where}/${key}`);
  }

  it('gives every free text a maximum length within an Excel cell, and every list a maximum size', () => {
    let texts = 0;
    for (const [where, node] of nodes(schema)) {
      if (
        node.type === 'string' &&
        !('enum' in node) &&
        !('const' in node) &&
        !('format' in node)
      ) {
        texts++;
        expect(node.maxLength, where).toBeGreaterThan(0);
        expect(node.maxLength, where).toBeLessThanOrEqual(32_767);
      }
      if (node.type === 'array') expect(node.maxItems, where).toBeGreaterThan(0);
    }
    expect(texts).toBeGreaterThan(25);
    const row = schema.properties.rows?.items as Schema;
    expect(row.properties.leadUnit).toMatchObject({ maxLength: MAX_NAME_LENGTH });
    expect(row.properties.products).toMatchObject({
      maxItems: MAX_LIST_ITEMS,
      items: { maxLength: MAX_LIST_ITEM_LENGTH },
    });
    expect(schema.properties.tasks).toMatchObject({
      additionalProperties: { maxLength: MAX_SECTION_TEXT_LENGTH },
    });
    expect(schema.properties.organisation?.properties.funding).toMatchObject({
      maxLength: MAX_SECTION_TEXT_LENGTH,
    });
    expect(row.properties.specificTask).toMatchObject({ maxLength: MAX_SENTENCE_LENGTH });
  });
});

describe('the /schema/ endpoint', () => {
  const get = (file: string) =>
    GET({ site: new URL('https://cchc.example.org/'), params: { file } } as unknown as Parameters<
      typeof GET
    >[0]) as Promise<Response>;

  it('serves every version’s schema as JSON with an absolute $id under the site', async () => {
    for (const version of [1, 2, 3]) {
      const file = `ke-hoach-cchc-v${version}.json`;
      const response = await get(file);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/schema\+json/);
      const body = (await response.json()) as Schema;
      expect(body.$id).toBe(`https://cchc.example.org/schema/${file}`);
      expect(body.properties.version).toMatchObject({ const: version });
      expect(body.title).toBe('Kế hoạch cải cách hành chính năm');
    }
    expect((await get('khac.json')).status).toBe(404);
  });
});

describe('the frozen version 1 schema', () => {
  it('stays published for files written before version 2', async () => {
    const { readFile } = await import('node:fs/promises');
    const v1 = JSON.parse(await readFile('content/schema/ke-hoach-cchc-v1.json', 'utf8')) as Schema;
    expect(v1.properties.version).toMatchObject({ const: 1 });
    expect(v1.properties.template).toBeUndefined();
  });
});

describe('the frozen version 2 schema', () => {
  it('stays published for files written before version 3', async () => {
    const { readFile } = await import('node:fs/promises');
    const v2 = JSON.parse(await readFile('content/schema/ke-hoach-cchc-v2.json', 'utf8')) as Schema;
    expect(v2.properties.version).toMatchObject({ const: 2 });
    expect(v2.properties.template).toBeDefined();
    expect(v2.properties.reporting).toBeUndefined();
    expect((v2.properties.rows?.items as Schema).properties.progress).toBeUndefined();
  });
});
