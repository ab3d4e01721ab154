import { describe, expect, it } from 'vitest';
import { planToJsonBytes } from '../../../src/export/json.ts';
import { readPlanValue } from '../../../src/plan/read/index.ts';
import {
  addFiles,
  checkReceivedPlan,
  emptyRound,
  matchProvinceTasks,
  provinceFindings,
  provinceTasksFor,
  receiveFiles,
  unitCounts,
  unitFindings,
  unitMatchKey,
  untakenProvinceTasks,
  viewRound,
  type CheckedPlan,
  type Round,
} from '../../../src/round/index.ts';
import { changed, example } from '../plan/fixtures.ts';

const province = example('tinh');

describe('the province’s tasks for a unit', () => {
  it('are those it leads or coordinates, whatever the spelling of its name', () => {
    const tasks = provinceTasksFor(province, 'Sở Nội vụ tỉnh Mẫu');
    expect(tasks.map((task) => [task.position, task.role])).toEqual([
      [2, 'coordinating'],
      [7, 'lead'],
      [8, 'coordinating'],
      [9, 'lead'],
      [10, 'lead'],
      [11, 'lead'],
      [12, 'coordinating'],
      [15, 'coordinating'],
      [16, 'lead'],
      [17, 'coordinating'],
      [18, 'lead'],
    ]);
    expect(provinceTasksFor(province, 'SNV')).toEqual(tasks);
    expect(provinceTasksFor(province, 'UBND huyen Mau Son').map((task) => task.position)).toEqual([
      3, 5, 8, 13, 18,
    ]);
    expect(provinceTasksFor(province, 'Sở Y tế')).toEqual([]);
  });

  it('are matched to the unit’s tasks by their words, and a task it leads and lacks is a finding', () => {
    const matches = matchProvinceTasks(province, example('so'));
    const unmatched = matches.filter((item) => item.match === null);
    expect(unmatched.map((item) => item.task.position)).toEqual([11]);
    expect(matches.find((item) => item.task.position === 16)?.match?.position).toBe(23);
    const findings = provinceFindings(matches);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'province-task-missing',
        severity: 'canh-bao',
        where: 'Kế hoạch của tỉnh, dòng 11',
        citation: expect.objectContaining({ page: 'huong-dan', anchor: 'i-3' }),
      }),
    ]);
    expect(findings[0]!.message).toContain('Tổ chức Hội thi tìm hiểu về cải cách hành chính');
  });

  it('follow the reviewer’s choice over the words: a match chosen, or none', () => {
    const so = example('so');
    const chosen = matchProvinceTasks(province, so, { 'tinh-11': so.rows[23]!.id, 'tinh-16': '' });
    expect(chosen.find((item) => item.task.position === 11)).toMatchObject({
      match: { position: 24 },
      chosen: true,
    });
    expect(chosen.find((item) => item.task.position === 16)).toMatchObject({
      match: null,
      chosen: true,
    });
    expect(provinceFindings(chosen).map((finding) => finding.where)).toEqual([
      'Kế hoạch của tỉnh, dòng 16',
    ]);
  });

  it('do not match a task on words every plan has', () => {
    const bare = changed('so', (plan) => {
      plan.rows = plan.rows.map((row) => ({
        ...row,
        generalTask: 'Triển khai công tác cải cách hành chính',
        specificTask: 'Thực hiện các nhiệm vụ cải cách hành chính của đơn vị năm 2013',
      }));
    });
    const matches = matchProvinceTasks(province, bare);
    expect(matches.every((item) => item.match === null)).toBe(true);
  });
});

describe('a round with the province’s plan', () => {
  const asOf = '2013-01-15';
  const received = receiveFiles(
    (['so', 'tinh', 'huyen'] as const).map((kind) => ({
      name: `${kind}.json`,
      bytes: planToJsonBytes(example(kind)),
    })),
  );
  const round: Round = addFiles(
    emptyRound({ roster: ['Sở Nội vụ', 'UBND huyện Mẫu Sơn'] }),
    received,
  );
  const checked = new Map<string, CheckedPlan>();
  for (const file of round.files)
    if (file.kind === 'plan') checked.set(file.id, checkReceivedPlan(file.plan, asOf));

  it('sets the province’s plan apart and checks every unit against it', () => {
    const view = viewRound(round, checked);
    expect(view.province?.file).toBe('tinh.json');
    expect(view.units.map((unit) => unit.file)).toEqual(['so.json', 'huyen.json']);
    expect(view.units[0]!.province?.findings).toHaveLength(1);
    expect(view.units[1]!.province?.findings).toEqual([]);
    expect(view.missing).toEqual([]);
    expect(view.mistakes).toContainEqual(
      expect.objectContaining({ ruleId: 'province-task-missing', units: 1 }),
    );
  });

  it('lists the province’s tasks no kept plan carries out, and counts its findings with the unit’s', () => {
    const view = viewRound(round, checked);
    const taken = new Set(
      view.units.flatMap((unit) =>
        (unit.province?.matches ?? []).flatMap((item) => (item.match ? [item.task.row.id] : [])),
      ),
    );
    const untaken = untakenProvinceTasks(view);
    expect(untaken.length).toBe(view.province!.plan.rows.length - taken.size);
    expect(untaken.some((task) => taken.has(task.row.id))).toBe(false);
    const so = view.units[0]!;
    expect(unitCounts(so)['canh-bao']).toBe(so.checked.summary.counts['canh-bao'] + 1);
    expect(unitFindings(so).at(-1)?.ruleId).toBe('province-task-missing');
  });

  it('keeps the reviewer’s matches in the round', () => {
    const so = round.files[0]!;
    const key = unitMatchKey('Sở Nội vụ');
    const plan = so.kind === 'plan' ? so.plan : undefined;
    const view = viewRound(
      { ...round, matches: { [key]: { 'tinh-11': plan!.rows[23]!.id } } },
      checked,
    );
    expect(view.units[0]!.province?.findings).toEqual([]);
  });
});

describe('a UBND tỉnh plan in an older file version', () => {
  it('is refused: the unit type came with version 3', () => {
    const value = JSON.parse(new TextDecoder().decode(planToJsonBytes(example('tinh'))));
    const read = readPlanValue({ ...value, version: 2 });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]!.message).toMatch(/UBND tỉnh chỉ có từ phiên bản 3/);
  });
});
