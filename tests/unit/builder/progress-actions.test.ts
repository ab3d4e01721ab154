/**
 * Carrying the plan out in the builder (`stores/progress-actions.ts`): statuses and details of a
 * task, the reports' calendar and text, each through `edit` (undoable, refused past a limit), and
 * the cut-off and period the sections start from; the completion month as typed.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceStorage } from '../../../src/drafts/local-store.ts';
import { loadRule } from '../../../src/drafts/rule.ts';
import { $plan, closeDraft, showDraft, undo } from '../../../src/builder/stores/editor.ts';
import {
  $cutOff,
  $period,
  defaultCutOff,
  defaultPeriod,
  resetCalendar,
  setTaskStatus,
  updateCalendar,
  updateProgress,
  updateReport,
} from '../../../src/builder/stores/progress-actions.ts';
import {
  parseMonthOrDay,
  showMonthOrDay,
} from '../../../src/builder/components/tracking/month-or-day.ts';
import { defaultCalendar } from '../../../src/plan/progress/index.ts';
import { MAX_SENTENCE_LENGTH, type Plan } from '../../../src/plan/schema.ts';
import { example } from '../plan/fixtures.ts';
import { MemoryStorage } from '../drafts/memory-storage.ts';

const open = (plan: Plan, id = 'd') => showDraft({ id, name: 'Bản nháp', revision: 0 }, plan);
const plan = () => $plan.get()!;
const first = () => plan().rows[0]!;

beforeAll(() => loadRule());
beforeEach(() => {
  replaceStorage(new MemoryStorage());
  open(example('so'));
});
afterEach(() => closeDraft());

describe('a task’s progress', () => {
  it('records a status, a done task with the cut-off’s month, and undoes it', () => {
    expect(first().progress).toBeUndefined();
    expect(setTaskStatus(first().id, 'done', '2013-09-14')).toEqual({ ok: true });
    expect(first().progress).toEqual({
      status: 'done',
      completedOn: '2013-09',
      result: '',
      evidence: [],
      note: '',
    });
    updateProgress(first().id, { completedOn: '2013-03-12' }, 'completedOn');
    setTaskStatus(first().id, 'in-progress', '2013-09-14');
    setTaskStatus(first().id, 'done', '2013-09-14');
    // A month already given is kept.
    expect(first().progress?.completedOn).toBe('2013-03-12');
    undo();
    expect(first().progress?.completedOn).toBe('2013-03-12');
  });

  it('keeps the other rows as they were (the same objects: their entries do not re-render)', () => {
    const before = plan().rows;
    updateProgress(first().id, { note: 'Ghi chú' }, 'note');
    expect(first().progress?.status).toBe('not-started');
    expect(
      plan()
        .rows.slice(1)
        .every((row, i) => row === before[i + 1]),
    ).toBe(true);
  });

  it('refuses a result over its limit, with the reason, and keeps the plan', () => {
    const result = updateProgress(
      first().id,
      { result: 'a'.repeat(MAX_SENTENCE_LENGTH + 1) },
      'result',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/2\.000/);
    expect(first().progress).toBeUndefined();
  });
});

describe('the reports', () => {
  it('keep a calendar only once the user changes it or writes a report', () => {
    expect(plan().reporting).toBeUndefined();
    updateCalendar('quy-3', { deadline: '2013-09-05' }, 'deadline');
    expect(plan().reporting!.calendar).toEqual({
      ...defaultCalendar(2013),
      'quy-3': { ...defaultCalendar(2013)['quy-3'], deadline: '2013-09-05' },
    });
    resetCalendar('quy-3');
    expect(plan().reporting!.calendar).toEqual(defaultCalendar(2013));
    updateReport('nam', { highlights: 'Nổi bật' }, 'highlights');
    expect(plan().reporting!.reports).toEqual({
      nam: { sentOn: null, highlights: 'Nổi bật', shortcomings: '', nextSteps: '', proposals: '' },
    });
    undo();
    undo();
    undo();
    expect(plan().reporting).toBeUndefined();
  });
});

describe('where the sections start', () => {
  it('counts at today within the plan’s year, else at the annual report’s cut-off', () => {
    const so = example('so');
    expect(defaultCutOff(so, '2013-05-02')).toBe('2013-05-02');
    expect(defaultCutOff(so, '2026-11-28')).toBe('2013-12-14');
    expect(defaultPeriod(so, '2013-05-02')).toBe('6-thang');
    expect(defaultPeriod(so, '2013-03-20')).toBe('quy-1');
    expect(defaultPeriod(so, '2026-11-28')).toBe('nam');
    expect(defaultPeriod(so, '2012-12-01')).toBe('quy-1');
    // A plan tracked part of the way, opened after its year: the first report not yet sent.
    const partWay = example('tracked');
    expect(defaultPeriod(partWay, '2026-11-28')).toBe('quy-3');
    expect(defaultCutOff(partWay, '2026-11-28')).toBe('2013-09-14');
  });

  it('forgets the chosen cut-off and period with the next draft', () => {
    $cutOff.set('2013-06-30');
    $period.set('quy-3');
    open(example('so'), 'd');
    expect($cutOff.get()).toBe('2013-06-30');
    open(example('huyen'), 'other');
    expect($cutOff.get()).toBeNull();
    expect($period.get()).toBeNull();
  });
});

describe('a completion as typed', () => {
  it('reads a month or a day as a civil servant writes it, and nothing else', () => {
    const cases: [string, string | null | undefined][] = [
      ['', null],
      ['  ', null],
      ['3/2013', '2013-03'],
      ['03/2013', '2013-03'],
      ['3-2013', '2013-03'],
      ['12/3/2013', '2013-03-12'],
      ['12.03.2013', '2013-03-12'],
      ['2013-03', '2013-03'],
      ['2013-03-12', '2013-03-12'],
      ['13/2013', undefined],
      ['0/2013', undefined],
      ['31/2/2013', undefined],
      ['2013-02-30', undefined],
      ['3/20', undefined],
      ['tháng 3', undefined],
    ];
    for (const [typed, expected] of cases) expect(parseMonthOrDay(typed), typed).toBe(expected);
    expect(showMonthOrDay('2013-03')).toBe('03/2013');
    expect(showMonthOrDay('2013-03-12')).toBe('12/03/2013');
    expect(parseMonthOrDay(showMonthOrDay('2013-03-12'))).toBe('2013-03-12');
  });
});
