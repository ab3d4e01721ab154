import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import areasJson from '../../../content/outline/areas.json' with { type: 'json' };
import columnsJson from '../../../content/outline/table-columns.json' with { type: 'json' };
import { areas, tableColumns } from '../../../src/outline/data.ts';
import { areaSchema, tableColumnSchema } from '../../../src/outline/schema.ts';

describe('outline data', () => {
  it('matches its schemas', () => {
    expect(() => z.array(areaSchema).parse(areasJson)).not.toThrow();
    expect(() => z.array(tableColumnSchema).parse(columnsJson)).not.toThrow();
  });

  it('has the outline’s 7 areas and 8 columns in order', () => {
    expect(areas.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(tableColumns).toHaveLength(8);
    expect(new Set(areas.flatMap((a) => a.points.map((p) => p.id))).size).toBe(
      areas.reduce((n, a) => n + a.points.length, 0),
    );
  });
});
