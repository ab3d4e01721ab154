/** fast-check generators of valid plans on either template, shaped like real ones but with any text in them. */
import fc from 'fast-check';
import {
  outlineTemplates,
  periodIds,
  signingForms,
  taskStatuses,
  type OutlineTemplate,
  type Plan,
  type PlanRow,
} from '../../../src/plan/index.ts';

/** Any text, including accents, emoji, quotes and newlines, as the reader normalises it (NFC). */
export const text = fc
  .oneof(
    fc.string({ maxLength: 24 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(
      '',
      'Phòng Nội vụ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'các đơn vị liên quan',
      '"\\\n\t',
      '__proto__',
    ),
  )
  .map((value) => value.normalize('NFC'));

const texts = fc.array(text, { maxLength: 4 });
const year = fc.integer({ min: 2000, max: 2100 });
const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const monthYear = fc.record({
  month: nullable(fc.integer({ min: 1, max: 12 })),
  year: nullable(year),
});
/** Up to 999,999,999,999 đ: two 32-bit halves, since fast-check integers stop at 2^31. */
const budget = nullable(
  fc.tuple(fc.nat(999_999), fc.nat(999_999)).map(([high, low]) => high * 1_000_000 + low),
);

/** "2013-03" or a whole date: a task's completion month or day. */
const monthOrDay = fc.oneof(
  isoDate,
  isoDate.map((date) => date.slice(0, 7)),
);
const progress = fc.record({
  status: fc.constantFrom(...taskStatuses),
  completedOn: nullable(monthOrDay),
  result: text,
  evidence: texts,
  note: text,
});
const periodCalendar = fc.record({ dataFrom: isoDate, dataTo: isoDate, deadline: isoDate });
const periodReport = fc.record({
  sentOn: nullable(isoDate),
  highlights: text,
  shortcomings: text,
  nextSteps: text,
  proposals: text,
});
const byPeriod = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc
    .tuple(...periodIds.map(() => arbitrary))
    .map((values) =>
      Object.fromEntries(periodIds.map((id, index) => [id, values[index] as T])),
    ) as fc.Arbitrary<Record<(typeof periodIds)[number], T>>;
const reporting = fc.record({
  calendar: byPeriod(periodCalendar),
  reports: fc.record(
    Object.fromEntries(periodIds.map((id) => [id, periodReport])) as Record<
      (typeof periodIds)[number],
      typeof periodReport
    >,
    { requiredKeys: [] },
  ),
});

const rowWithoutId = (areaIds: readonly string[]) =>
  fc.record(
    {
      areaId: fc.constantFrom(...areaIds),
      generalTask: text,
      specificTask: text,
      products: texts,
      leadUnit: text,
      coordinatingUnits: texts,
      from: monthYear,
      to: monthYear,
      budgetVnd: budget,
      notes: text,
      progress,
    },
    {
      requiredKeys: [
        'areaId',
        'generalTask',
        'specificTask',
        'products',
        'leadUnit',
        'coordinatingUnits',
        'from',
        'to',
        'budgetVnd',
        'notes',
      ],
    },
  );

const rows = (areaIds: readonly string[]): fc.Arbitrary<PlanRow[]> =>
  fc.array(rowWithoutId(areaIds), { maxLength: 12 }).chain((generated) =>
    fc
      .uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/), {
        minLength: generated.length,
        maxLength: generated.length,
      })
      .map((ids) => generated.map((row, index) => ({ id: ids[index] as string, ...row }))),
  );

const tasks = (areaIds: readonly string[]) =>
  fc
    .tuple(...areaIds.map(() => text))
    .map(
      (values) =>
        Object.fromEntries(
          areaIds.map((id, index) => [id, values[index] as string]),
        ) as Plan['tasks'],
    );

const planOn = (template: OutlineTemplate): fc.Arbitrary<Plan> => {
  const areaIds = template.areas.map((area) => area.id);
  return fc.record(
    {
      $schema: text,
      format: fc.constant('ke-hoach-cchc' as const),
      version: fc.constant(3 as const),
      template: fc.constant(template.id),
      unit: fc.record({
        parentAgency: text,
        name: text,
        type: fc.constantFrom(...template.unitTypes),
      }),
      planYear: year,
      document: fc.record({
        number: text,
        symbol: text,
        place: text,
        issueDate: nullable(isoDate),
        signingForm: fc.constantFrom(...signingForms),
        signingFor: text,
        signerTitle: text,
        signerName: text,
        recipients: texts,
      }),
      provincePlan: fc.record({ reference: text, issueDate: nullable(isoDate) }),
      objectives: texts,
      tasks: tasks(areaIds),
      rows: rows(areaIds),
      organisation: fc.record({
        responsibilities: text,
        monitoring: text,
        funding: text,
        reporting: text,
      }),
      inspectionPlan: fc.record({ scope: text, targets: texts, timing: text, leadUnit: text }),
      disseminationPlan: fc.record({
        content: text,
        audiences: text,
        methods: texts,
        leadUnit: text,
      }),
      reporting,
    },
    // Optional sections are sometimes absent altogether, as in real files.
    {
      requiredKeys: [
        'format',
        'version',
        'template',
        'unit',
        'planYear',
        'document',
        'provincePlan',
        'objectives',
        'tasks',
        'rows',
        'organisation',
      ],
    },
  );
};

export const planArbitrary: fc.Arbitrary<Plan> = fc.constantFrom(...outlineTemplates).chain(planOn);
