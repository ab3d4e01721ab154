import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import areas2021Json from '../../../content/outline/areas-2021-2030.json' with { type: 'json' };
import areasJson from '../../../content/outline/areas.json' with { type: 'json' };
import columnsJson from '../../../content/outline/table-columns.json' with { type: 'json' };
import templatesJson from '../../../content/outline/templates.json' with { type: 'json' };
import { areas, fullAreasOf } from '../../../src/outline/areas.ts';
import {
  tableColumns,
  templateForYear,
  templates,
  templateYearsNote,
} from '../../../src/outline/data.ts';
import { areaSchema, tableColumnSchema, templateSchema } from '../../../src/outline/schema.ts';

describe('outline data', () => {
  it('matches its schemas', () => {
    expect(() => z.array(areaSchema).parse(areasJson)).not.toThrow();
    expect(() => z.array(areaSchema).parse(areas2021Json)).not.toThrow();
    expect(() => z.array(tableColumnSchema).parse(columnsJson)).not.toThrow();
    expect(() => z.array(templateSchema).parse(templatesJson)).not.toThrow();
  });

  it('has the outline’s 7 areas and 8 columns in order', () => {
    expect(areas.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(tableColumns).toHaveLength(8);
    expect(new Set(areas.flatMap((a) => a.points.map((p) => p.id))).size).toBe(
      areas.reduce((n, a) => n + a.points.length, 0),
    );
  });

  it('lists in each template exactly the areas of its areas file, with the same names', () => {
    expect(templates.map((t) => t.id)).toEqual(['de-cuong-2012', 'chuong-trinh-2021-2030']);
    expect(templates.filter((t) => t.default).map((t) => t.id)).toEqual(['de-cuong-2012']);
    for (const template of templates) {
      const full = fullAreasOf(template.id).map(({ id, order, title, tableTitle, formerId }) => ({
        id,
        order,
        title,
        tableTitle,
        ...(formerId === undefined ? {} : { formerId }),
      }));
      expect(template.areas).toEqual(full);
      for (const area of fullAreasOf(template.id)) {
        for (const point of area.points) {
          expect(template.unitTypes).toEqual(expect.arrayContaining(point.appliesTo));
        }
      }
    }
  });

  it('proposes for a new plan the template of its year: the programme from 2022', () => {
    expect(templateForYear(2013).id).toBe('de-cuong-2012');
    expect(templateForYear(2021).id).toBe('de-cuong-2012');
    expect(templateForYear(2022).id).toBe('chuong-trinh-2021-2030');
    expect(templateForYear(2027).id).toBe('chuong-trinh-2021-2030');
    // Before the first template's year there is nothing older to propose.
    expect(templateForYear(2012).id).toBe('de-cuong-2012');
    expect(templateYearsNote()).toBe(
      'Kế hoạch năm 2013–2021 theo Đề cương 2012; từ năm 2022 theo Chương trình 2021–2030.',
    );
  });

  it('gives every renamed area of the programme a 2012 counterpart', () => {
    const ids2012 = new Set(areas.map((area) => area.id));
    for (const area of fullAreasOf('chuong-trinh-2021-2030')) {
      expect(ids2012.has(area.formerId ?? area.id)).toBe(true);
    }
  });
});

describe('the starter digests kept with each template', () => {
  it('are the fingerprints of section II as createPlan starts it', async () => {
    const { createPlan } = await import('../../../src/plan/create.ts');
    const { tasksDigest } = await import('../../../src/plan/tasks-digest.ts');
    for (const template of templates) {
      for (const unitType of template.unitTypes) {
        const tasks = createPlan({
          template: template.id as 'de-cuong-2012',
          unitType,
          planYear: 2026,
        }).tasks;
        // On a change of an outline's points, copy the new value into templates.json.
        expect(template.starterDigests[unitType], `${template.id} ${unitType}`).toBe(
          tasksDigest(tasks),
        );
      }
    }
  });
});
