/** The JSON Schema published at /schema/ke-hoach-cchc-v2.json. */
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../../src/plan/index.ts';
import { GET } from '../../../src/pages/schema/ke-hoach-cchc-v2.json.ts';

type Schema = {
  properties: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  [key: string]: unknown;
};

describe('planJsonSchema', () => {
  const schema = planJsonSchema({
    id: 'https://example.org/schema/ke-hoach-cchc-v2.json',
  }) as unknown as Schema;

  it('identifies the format and version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/schema/ke-hoach-cchc-v2.json');
    expect(schema.properties.format).toMatchObject({ const: 'ke-hoach-cchc' });
    expect(schema.properties.version).toMatchObject({ const: 2 });
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

describe('the /schema/ endpoint', () => {
  it('serves the schema as JSON with an absolute $id under the site', async () => {
    const response = await GET({ site: new URL('https://cchc.example.org/') } as Parameters<
      typeof GET
    >[0]);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/schema\+json/);
    const body = (await response.json()) as Schema;
    expect(body.$id).toBe('https://cchc.example.org/schema/ke-hoach-cchc-v2.json');
    expect(body.title).toBe('Kế hoạch cải cách hành chính năm');
  });
});

describe('the frozen version 1 schema', () => {
  it('stays published for files written before version 2', async () => {
    const { readFile } = await import('node:fs/promises');
    const v1 = JSON.parse(await readFile('public/schema/ke-hoach-cchc-v1.json', 'utf8')) as Schema;
    expect(v1.properties.version).toMatchObject({ const: 1 });
    expect(v1.properties.template).toBeUndefined();
  });
});
