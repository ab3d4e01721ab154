import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCurrentPlan } from '../../../src/plan/read/current.ts';
import { readPlanValue } from '../../../src/plan/read/index.ts';

const example = JSON.parse(
  readFileSync(
    new URL('../../../content/examples/ubnd-huyen-mau-son-2013.json', import.meta.url),
    'utf8',
  ),
);

describe('readCurrentPlan', () => {
  it('reads a current-version plan exactly as the full reader does', () => {
    const full = readPlanValue(example);
    expect(full.ok && readCurrentPlan(example)).toEqual(full.ok && full.plan);
  });

  it('leaves everything else to the full reader', () => {
    expect(readCurrentPlan({ ...example, version: 0 })).toBeUndefined();
    expect(readCurrentPlan({ ...example, version: 1 })).toBeUndefined();
    expect(readCurrentPlan({ ...example, version: 4 })).toBeUndefined();
    expect(readCurrentPlan({ ...example, format: 'khac' })).toBeUndefined();
    expect(readCurrentPlan({ ...example, planYear: 'hai nghìn' })).toBeUndefined();
    expect(
      readCurrentPlan(
        JSON.parse('{"__proto__": {"x": 1}, "format": "ke-hoach-cchc", "version": 1}'),
      ),
    ).toBeUndefined();
    expect(readCurrentPlan(null)).toBeUndefined();
    expect(readCurrentPlan('{}')).toBeUndefined();
  });
});
