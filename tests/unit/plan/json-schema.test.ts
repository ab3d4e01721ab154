/** The JSON Schema published at /schema/ke-hoach-cchc-v1.json. */
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../../src/plan/index.ts';
import { GET } from '../../../src/pages/schema/ke-hoach-cchc-v1.json.ts';

type Schema = {
  properties: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  [key: string]: unknown;
};

describe('planJsonSchema', () => {
  const schema = planJsonSchema({
    id: 'https://example.org/schema/ke-hoach-cchc-v1.json',
  }) as unknown as Schema;

  it('identifies the format and version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/schema/ke-hoach-cchc-v1.json');
    expect(schema.properties.format).toMatchObject({ const: 'ke-hoach-cchc' });
    expect(schema.properties.version).toMatchObject({ const: 1 });
  });

  it('is strict and requires every section, leaving the optional plans optional', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'version',
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
    expect(schema.properties.tasks?.required).toHaveLength(7);
  });
});

describe('the /schema/ endpoint', () => {
  it('serves the schema as JSON with an absolute $id under the site', async () => {
    const response = await GET({ site: new URL('https://cchc.example.org/') } as Parameters<
      typeof GET
    >[0]);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/schema\+json/);
    const body = (await response.json()) as Schema;
    expect(body.$id).toBe('https://cchc.example.org/schema/ke-hoach-cchc-v1.json');
    expect(body.title).toBe('Kế hoạch cải cách hành chính năm');
  });
});
