/**
 * Every rule of the checker, each with plans that trip it and near misses that must not.
 * The base plans are the published examples, which pass every rule.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan, rules, type Finding, type Plan } from '../../../src/plan/index.ts';
import { moveToTemplate } from '../../../src/plan/move-to-template.ts';
import { changed, example, hasPath, row } from './fixtures.ts';

interface RuleCases {
  trips: Record<string, () => Plan>;
  passes: Record<string, () => Plan>;
  /** The day of the check, for the rules that depend on one. */
  asOf?: string;
}

/** The tracked example's check day: the third quarter's cut-off. */
const QUARTER_3_CUT_OFF = '2013-09-14';

/** The tracked example with its two overdue tasks marked done in September. */
const caughtUp = (change: (plan: Plan) => void = () => {}) =>
  changed('tracked', (p) => {
    for (const id of ['tthc-1', 'tcbm-1']) {
      row(p, id).progress = {
        status: 'done',
        completedOn: '2013-09',
        result: 'Báo cáo số 70/BC-UBND ngày 10/9/2013',
        evidence: [],
        note: '',
      };
    }
    change(p);
  });

/** The progress of a row that the test knows to have one. */
const progressOf = (plan: Plan, id: string) => {
  const progress = row(plan, id).progress;
  if (!progress) throw new Error(`row ${id} has no progress`);
  return progress;
};

const setLead = (lead: string) => () =>
  changed('so', (plan) => (row(plan, 'tc-1').leadUnit = lead));

/** A plan on the 2021–2030 programme: the example's content moved to the programme's areas. */
const onProgramme = (kind: 'so' | 'huyen', change: (plan: Plan) => void = () => {}) => {
  const moved = moveToTemplate(example(kind), 'chuong-trinh-2021-2030');
  if (!moved.ok) throw new Error(moved.reason);
  change(moved.plan);
  return moved.plan;
};

const cases: Record<string, RuleCases> = {
  'unit-no-longer-exists': {
    trips: {
      'a UBND huyện plan for 2026': () => changed('huyen', (p) => (p.planYear = 2026)),
      'a UBND huyện plan for 2027 on the programme': () =>
        onProgramme('huyen', (p) => (p.planYear = 2027)),
      'a merged Sở leading a task in a 2026 plan': () =>
        onProgramme('so', (p) => {
          p.planYear = 2026;
          p.rows[0]!.leadUnit = 'Sở Kế hoạch và Đầu tư';
        }),
      'the 2013 Sở example moved to 2026 (Sở Thông tin và Truyền thông, Thanh tra Sở)': () =>
        onProgramme('so', (p) => (p.planYear = 2026)),
      'a district office coordinating in a xã plan for 2026': () =>
        changed('xa', (p) => p.rows[0]!.coordinatingUnits.push('Phòng Tư pháp huyện')),
      'the plan’s own unit merged before the plan was issued': () =>
        changed('training', (p) => {
          p.planYear = 2025;
          p.document.issueDate = '2025-03-10';
        }),
    },
    passes: {
      'a UBND huyện plan for 2025': () => changed('huyen', (p) => (p.planYear = 2025)),
      'a UBND xã plan for 2026': () =>
        onProgramme('huyen', (p) => {
          p.planYear = 2026;
          p.unit.type = 'xa';
          p.unit.name = 'UBND xã Mẫu Sơn';
          for (const r of p.rows) {
            r.leadUnit = 'Văn phòng HĐND và UBND xã';
            r.coordinatingUnits = ['Phòng Kinh tế'];
          }
        }),
      'a Sở plan for 2026 that names the units of 2026': () =>
        onProgramme('so', (p) => {
          p.planYear = 2026;
          const current: Record<string, string> = {
            'Sở Thông tin và Truyền thông': 'Sở Khoa học và Công nghệ',
            'Thanh tra Sở': 'Thanh tra tỉnh',
          };
          for (const r of p.rows) {
            r.leadUnit = current[r.leadUnit] ?? r.leadUnit;
            r.coordinatingUnits = r.coordinatingUnits.map((unit) => current[unit] ?? unit);
          }
        }),
      'a merged Sở in a 2025 plan issued before the merger': () =>
        changed('training', (p) => {
          p.planYear = 2025;
          p.document.issueDate = '2024-12-20';
        }),
    },
  },
  'issue-date-missing': {
    trips: { 'no issue date': () => changed('so', (p) => (p.document.issueDate = null)) },
    passes: {
      'issued on the deadline': () => changed('so', (p) => (p.document.issueDate = '2012-12-31')),
    },
  },
  'issue-date-deadline': {
    trips: {
      'issued on 2 January': () => changed('so', (p) => (p.document.issueDate = '2013-01-02')),
      'issued mid-year': () => changed('huyen', (p) => (p.document.issueDate = '2013-06-15')),
    },
    passes: {
      'issued on 31 December': () => changed('so', (p) => (p.document.issueDate = '2012-12-31')),
      'a 2012 plan, before the deadline rule': () =>
        changed('so', (p) => {
          p.planYear = 2012;
          p.document.issueDate = '2012-04-20';
        }),
    },
  },
  'issue-date-plausible': {
    trips: {
      'two years early': () => changed('so', (p) => (p.document.issueDate = '2010-12-20')),
      'after the plan year': () => changed('so', (p) => (p.document.issueDate = '2014-01-05')),
    },
    passes: {
      'early in the year before': () => changed('so', (p) => (p.document.issueDate = '2012-01-01')),
    },
  },
  'province-plan-reference': {
    trips: { 'no reference': () => changed('so', (p) => (p.provincePlan.reference = '  ')) },
    passes: {
      'a short reference': () =>
        changed('so', (p) => (p.provincePlan.reference = 'QĐ 1456/QĐ-UBND')),
    },
  },
  'province-plan-review': {
    trips: {
      'issued before the province': () =>
        changed('so', (p) => (p.provincePlan.issueDate = '2012-12-25')),
    },
    passes: {
      'issued the same day': () => changed('so', (p) => (p.provincePlan.issueDate = '2012-12-20')),
      'province date unknown': () => changed('so', (p) => (p.provincePlan.issueDate = null)),
    },
  },
  'objectives-present': {
    trips: {
      'no objectives': () => changed('so', (p) => (p.objectives = [])),
      'only blank objectives': () => changed('so', (p) => (p.objectives = ['', '   '])),
    },
    passes: { 'one short objective': () => changed('so', (p) => (p.objectives = ['Cải cách'])) },
  },
  'objective-specific': {
    trips: {
      'one word': () => changed('so', (p) => (p.objectives[0] = 'Cải cách')),
      'four syllables': () => changed('so', (p) => (p.objectives[1] = 'Nâng cao chất lượng')),
      'a blank among others': () => changed('so', (p) => p.objectives.push(' ')),
    },
    passes: {
      'five syllables with a target': () =>
        changed('so', (p) => (p.objectives[0] = 'Giảm 30% hồ sơ trễ hẹn')),
      'no objectives at all (objectives-present says it)': () =>
        changed('so', (p) => (p.objectives = [])),
    },
  },
  'objective-measurable': {
    trips: {
      'no number, rate or date': () =>
        changed(
          'so',
          (p) => (p.objectives[0] = 'Nâng cao chất lượng phục vụ người dân và doanh nghiệp'),
        ),
    },
    passes: {
      'with a year': () =>
        changed(
          'so',
          (p) =>
            (p.objectives[0] =
              'Nâng cao chất lượng phục vụ người dân và doanh nghiệp trong năm 2013'),
        ),
      'too short to judge (objective-specific says it)': () =>
        changed('so', (p) => (p.objectives[0] = 'Cải cách')),
    },
  },
  'area-task-text': {
    trips: { 'area 6 left empty': () => changed('so', (p) => (p.tasks['hien-dai-hoa'] = ' \n ')) },
    passes: {
      'one line is enough': () =>
        changed('so', (p) => (p.tasks['hien-dai-hoa'] = 'Ứng dụng công nghệ thông tin.')),
    },
  },
  'legal-documents-wording': {
    trips: {
      'a Sở issuing VBQPPL in a row': () =>
        changed(
          'so',
          (p) =>
            (row(p, 'tc-1').specificTask =
              'Ban hành văn bản quy phạm pháp luật về quản lý biên chế'),
        ),
      'a Sở issuing VBQPPL in section II, without accents': () =>
        changed('so', (p) => (p.tasks['the-che'] = '- ban hanh cac van ban QPPL ve noi vu')),
    },
    passes: {
      'a Sở advising on them': () =>
        changed(
          'so',
          (p) =>
            (row(p, 'tc-1').specificTask =
              'Tham mưu UBND tỉnh ban hành văn bản quy phạm pháp luật về biên chế'),
        ),
      'a Sở reviewing those issued by others': () =>
        changed(
          'so',
          (p) => (row(p, 'tc-1').specificTask = 'Rà soát việc ban hành văn bản QPPL của UBND tỉnh'),
        ),
      'a UBND huyện issuing them': () =>
        changed(
          'huyen',
          (p) =>
            (row(p, 'tc-1').specificTask = 'Ban hành văn bản quy phạm pháp luật về quản lý chợ'),
        ),
    },
  },
  'legal-documents-suggested': {
    trips: {
      'no VBQPPL anywhere in area 1': () =>
        changed('so', (p) => {
          p.tasks['the-che'] = '- Hoàn thiện cơ chế, chính sách về công tác nội vụ.';
          p.rows = p.rows.filter((r) => r.areaId !== 'the-che' || r.id === 'tc-3');
        }),
    },
    passes: {
      'mentioned as "VBQPPL" in section II only': () =>
        changed('so', (p) => {
          p.tasks['the-che'] = '- Nâng cao chất lượng tham mưu VBQPPL.';
          p.rows = p.rows.filter((r) => r.areaId !== 'the-che' || r.id === 'tc-3');
        }),
    },
  },
  'socialisation-suggested': {
    trips: {
      'a huyện without xã hội hóa': () =>
        changed('huyen', (p) => {
          p.tasks['tai-chinh-cong'] = '- Giao quyền tự chủ cho các cơ quan chuyên môn.';
          p.rows = p.rows.filter((r) => r.id !== 'tcc-3');
        }),
      'a Sở Y tế without xã hội hóa': () => changed('so', (p) => (p.unit.name = 'Sở Y tế')),
    },
    passes: {
      'a Sở Nội vụ without it (not its field)': () => example('so'),
      'a huyện with it, written without accents': () =>
        changed('huyen', (p) => {
          p.tasks['tai-chinh-cong'] = '- Day manh xa hoi hoa giao duc.';
          p.rows = p.rows.filter((r) => r.id !== 'tcc-3');
        }),
    },
  },
  'socialisation-scope': {
    trips: {
      'a Sở Nội vụ planning xã hội hóa': () =>
        changed(
          'so',
          (p) => (row(p, 'tcc-3').specificTask = 'Xây dựng đề án xã hội hóa dịch vụ lưu trữ'),
        ),
    },
    passes: {
      'a Sở Giáo dục và Đào tạo planning it': () =>
        changed('so', (p) => {
          p.unit.name = 'Sở Giáo dục và Đào tạo';
          row(p, 'tcc-3').specificTask = 'Xây dựng đề án xã hội hóa giáo dục mầm non';
        }),
      'a unit without a name yet': () =>
        changed('so', (p) => {
          p.unit.name = '';
          row(p, 'tcc-3').specificTask = 'Xây dựng đề án xã hội hóa dịch vụ lưu trữ';
        }),
    },
  },
  'areas-covered': {
    trips: {
      'no row in area 6': () =>
        changed('so', (p) => (p.rows = p.rows.filter((r) => r.areaId !== 'hien-dai-hoa'))),
    },
    passes: {
      'one row in area 6': () =>
        changed('so', (p) => (p.rows = p.rows.filter((r) => r.id !== 'hdh-1'))),
    },
  },
  'area-funded': {
    trips: {
      'every row of area 6 at 0 đ': () =>
        changed('so', (p) =>
          p.rows.filter((r) => r.areaId === 'hien-dai-hoa').forEach((r) => (r.budgetVnd = 0)),
        ),
    },
    passes: {
      'area 6 not estimated yet (row-budget says it)': () =>
        changed('so', (p) =>
          p.rows.filter((r) => r.areaId === 'hien-dai-hoa').forEach((r) => (r.budgetVnd = null)),
        ),
      'one row of area 6 funded': () =>
        changed('so', (p) =>
          p.rows
            .filter((r) => r.areaId === 'hien-dai-hoa' && r.id !== 'hdh-1')
            .forEach((r) => (r.budgetVnd = 0)),
        ),
    },
  },
  'row-general-task': {
    trips: { 'blank general task': () => changed('so', (p) => (row(p, 'tc-2').generalTask = '')) },
    passes: { 'one word': () => changed('so', (p) => (row(p, 'tc-2').generalTask = 'Rà soát')) },
  },
  'row-specific-task': {
    trips: {
      'blank specific task': () => changed('so', (p) => (row(p, 'tc-2').specificTask = '  ')),
    },
    passes: {
      'a short task': () => changed('so', (p) => (row(p, 'tc-2').specificTask = 'Rà soát văn bản')),
    },
  },
  'row-products': {
    trips: {
      'no products': () => changed('so', (p) => (row(p, 'tc-2').products = [])),
      'only blank products': () => changed('so', (p) => (row(p, 'tc-2').products = ['', ' '])),
    },
    passes: {
      'one product among blanks': () =>
        changed('so', (p) => (row(p, 'tc-2').products = ['', 'Báo cáo'])),
    },
  },
  'row-lead-unit': {
    trips: { 'no lead unit': () => changed('so', (p) => (row(p, 'tc-2').leadUnit = '')) },
    passes: {
      'a lead unit': () => changed('so', (p) => (row(p, 'tc-2').leadUnit = 'Văn phòng Sở')),
    },
  },
  'lead-unit-single': {
    trips: {
      'Phòng A, Phòng B': setLead('Phòng Tổ chức - Biên chế, Phòng Công chức, viên chức'),
      'A và B': setLead('Văn phòng Sở và Thanh tra Sở'),
      'short names and "và"': setLead('Nội vụ và Tư pháp'),
      'A; B': setLead('Văn phòng Sở; Thanh tra Sở'),
      'a line per unit': setLead('Văn phòng Sở\nThanh tra Sở'),
      'lead "phối hợp" another': setLead('Văn phòng Sở phối hợp Thanh tra Sở'),
      'a group: UBND các xã': setLead('UBND các xã, thị trấn'),
      'without accents': setLead('phong noi vu, van phong ubnd'),
    },
    passes: {
      'comma and "và" inside one name': setLead('Sở Văn hóa, Thể thao và Du lịch'),
      'dash and "Xã hội" inside one name': setLead('Phòng Lao động - Thương binh và Xã hội'),
      'the joint office of HĐND and UBND': setLead('Văn phòng HĐND và UBND huyện'),
      '"và" inside one name': setLead('Phòng Tài nguyên và Môi trường'),
      'details in brackets': setLead('Văn phòng Sở (bộ phận một cửa, kế toán)'),
      'a comma inside one name': setLead('Phòng Công chức, viên chức'),
    },
  },
  'lead-unit-named': {
    trips: {
      'các phòng': setLead('các phòng'),
      'Các đơn vị': setLead('Các đơn vị'),
      'toàn cơ quan': setLead('Toàn cơ quan'),
      'các cơ quan liên quan': setLead('các cơ quan liên quan'),
      'tất cả': setLead('Tất cả'),
      'without accents': setLead('cac don vi lien quan'),
      'a kind with no name': setLead('Phòng chuyên môn'),
    },
    passes: {
      'a named unit': setLead('Phòng Cải cách hành chính'),
      'the leadership of the Sở': setLead('Lãnh đạo Sở'),
    },
  },
  'coordinating-named': {
    trips: {
      'các đơn vị liên quan': () =>
        changed(
          'so',
          (p) => (row(p, 'tc-1').coordinatingUnits = ['Văn phòng Sở', 'Các đơn vị liên quan']),
        ),
    },
    passes: {
      'all communes, named as a group': () =>
        changed('huyen', (p) => (row(p, 'tc-1').coordinatingUnits = ['UBND các xã, thị trấn'])),
    },
  },
  'coordinating-not-lead': {
    trips: {
      'the lead again, typed differently': () =>
        changed('so', (p) => row(p, 'tc-1').coordinatingUnits.push('phong to chuc - bien che ')),
      'the lead by its abbreviation': () =>
        changed('huyen', (p) => {
          row(p, 'tc-1').leadUnit = 'Sở Tài nguyên và Môi trường';
          row(p, 'tc-1').coordinatingUnits = ['Phòng Tư pháp', 'Sở TN&MT'];
        }),
    },
    passes: {
      'a different unit': () =>
        changed('so', (p) => row(p, 'tc-1').coordinatingUnits.push('Phòng Cải cách hành chính')),
    },
  },
  'row-period-missing': {
    trips: {
      'no start month': () => changed('so', (p) => (row(p, 'tc-1').from.month = null)),
      'no end year': () => changed('so', (p) => (row(p, 'tc-1').to.year = null)),
    },
    passes: {
      'one month long': () => changed('so', (p) => (row(p, 'tc-1').to = { month: 2, year: 2013 })),
    },
  },
  'row-period-outside-year': {
    trips: {
      'ends the year after': () =>
        changed('so', (p) => (row(p, 'tc-1').to = { month: 2, year: 2014 })),
      'starts the year before': () =>
        changed('so', (p) => (row(p, 'tc-1').from = { month: 11, year: 2012 })),
    },
    passes: {
      'January to December': () =>
        changed('so', (p) =>
          Object.assign(row(p, 'tc-1'), {
            from: { month: 1, year: 2013 },
            to: { month: 12, year: 2013 },
          }),
        ),
    },
  },
  'row-period-order': {
    trips: {
      'start after end': () =>
        changed('so', (p) =>
          Object.assign(row(p, 'tc-1'), {
            from: { month: 10, year: 2013 },
            to: { month: 3, year: 2013 },
          }),
        ),
    },
    passes: {
      'start and end the same month': () =>
        changed('so', (p) =>
          Object.assign(row(p, 'tc-1'), {
            from: { month: 3, year: 2013 },
            to: { month: 3, year: 2013 },
          }),
        ),
    },
  },
  'row-budget': {
    trips: { 'not estimated': () => changed('so', (p) => (row(p, 'tc-1').budgetVnd = null)) },
    passes: { 'estimated at 0 đ': () => changed('so', (p) => (row(p, 'tc-1').budgetVnd = 0)) },
  },
  'row-duplicate': {
    trips: {
      'a copied row, respaced and in capitals': () =>
        changed('so', (p) => {
          const copy = structuredClone(row(p, 'tc-1'));
          p.rows.push({
            ...copy,
            id: 'copy',
            specificTask: `  ${copy.specificTask.toUpperCase()}.  `,
          });
        }),
    },
    passes: {
      'same general task, different specific tasks': () =>
        changed('so', (p) =>
          p.rows.push({
            ...structuredClone(row(p, 'tc-1')),
            id: 'other',
            specificTask: 'Tham mưu sửa đổi quy chế làm việc của Sở',
          }),
        ),
    },
  },
  'organisation-complete': {
    trips: {
      'no reporting': () => changed('so', (p) => (p.organisation.reporting = '')),
      'section IV empty': () =>
        changed(
          'so',
          (p) =>
            (p.organisation = { responsibilities: '', monitoring: '', funding: '', reporting: '' }),
        ),
    },
    passes: {
      'one line each': () => changed('so', (p) => (p.organisation.reporting = 'Báo cáo quý.')),
    },
  },
  'inspection-planned': {
    trips: {
      'no inspection plan and no inspection task': () =>
        changed('so', (p) => {
          delete p.inspectionPlan;
          p.rows = p.rows.filter((r) => r.id !== 'cd-2');
        }),
      'an empty inspection plan': () =>
        changed('so', (p) => {
          p.inspectionPlan = { scope: '', targets: [], timing: '', leadUnit: '' };
          p.rows = p.rows.filter((r) => r.id !== 'cd-2');
        }),
    },
    passes: { 'an inspection task in area 7': () => changed('so', (p) => delete p.inspectionPlan) },
  },
  'dissemination-planned': {
    trips: {
      'no dissemination plan and no such task': () =>
        changed('so', (p) => {
          delete p.disseminationPlan;
          p.rows = p.rows.filter((r) => r.id !== 'cd-3');
        }),
    },
    passes: {
      'a dissemination task in area 7': () => changed('so', (p) => delete p.disseminationPlan),
    },
  },
};

const progressCases: Record<string, RuleCases> = {
  'progress-overdue-unmarked': {
    asOf: QUARTER_3_CUT_OFF,
    trips: {
      'the tracked example: two tasks past their month still in progress': () => example('tracked'),
      'a task past its month without any progress once tracking has started': () =>
        changed('tracked', (p) => delete row(p, 'tthc-1').progress),
      'a task past its month still not started': () =>
        changed('tracked', (p) => (progressOf(p, 'tcbm-1').status = 'not-started')),
    },
    passes: {
      'the tracked example once the overdue tasks are marked done': () => caughtUp(),
      'a task due in September still in progress on 14/9': () =>
        caughtUp((p) => (progressOf(p, 'tcbm-3').status = 'in-progress')),
      'a dropped task past its month': () => caughtUp((p) => (row(p, 'hdh-4').to.month = 6)),
      'a plan that is not tracked, all its tasks past their month': () =>
        changed('huyen', (p) => (p.planYear = 2012)),
    },
  },
  'progress-completed-after-cutoff': {
    asOf: QUARTER_3_CUT_OFF,
    trips: {
      'done in October, checked on 14/9': () =>
        changed('tracked', (p) => (progressOf(p, 'tcbm-2').completedOn = '2013-10')),
      'done on 20/9, checked on 14/9': () =>
        changed('tracked', (p) => (progressOf(p, 'tcbm-2').completedOn = '2013-09-20')),
    },
    passes: {
      'the tracked example': () => example('tracked'),
      'done in September, checked on 14/9 (a month counts from its first day)': () =>
        changed('tracked', (p) => (progressOf(p, 'tcbm-2').completedOn = '2013-09')),
      'done on the day of the check': () =>
        changed('tracked', (p) => (progressOf(p, 'tcbm-2').completedOn = QUARTER_3_CUT_OFF)),
    },
  },
  'progress-done-without-result': {
    trips: {
      'a done task without a result': () =>
        changed('tracked', (p) => (progressOf(p, 'tthc-2').result = '')),
      'a done task whose result is only spaces': () =>
        changed('tracked', (p) => (progressOf(p, 'tthc-2').result = '  \n ')),
    },
    passes: {
      'the tracked example': () => example('tracked'),
      'a task in progress without a result yet': () =>
        changed('tracked', (p) => (progressOf(p, 'tc-2').result = '')),
    },
  },
  'progress-done-without-date': {
    trips: {
      'a done task without its completion month': () =>
        changed('tracked', (p) => (progressOf(p, 'tthc-2').completedOn = null)),
    },
    passes: {
      'the tracked example': () => example('tracked'),
      'a task in progress without a completion month': () =>
        changed('tracked', (p) => (progressOf(p, 'tc-2').completedOn = null)),
    },
  },
  'progress-dropped-without-reason': {
    trips: {
      'a dropped task without a reason': () =>
        changed('tracked', (p) => (progressOf(p, 'hdh-4').note = '')),
      'a dropped task whose reason is only spaces': () =>
        changed('tracked', (p) => (progressOf(p, 'hdh-4').note = '   ')),
    },
    passes: {
      'the tracked example': () => example('tracked'),
      'a task in progress without a note': () =>
        changed('tracked', (p) => (progressOf(p, 'tcbm-1').note = '')),
    },
  },
};
Object.assign(cases, progressCases);

const anchors: Record<string, string[]> = {
  'huong-dan': ['i', 'i-1', 'i-2', 'i-3', 'thoi-han', 'ii', 'iii'],
  'de-cuong': ['i', 'ii', 'ii-1', 'ii-2', 'ii-3', 'ii-4', 'ii-5', 'ii-6', 'ii-7', 'iii', 'iv'],
  'chuong-trinh-2021-2030': [
    'don-vi-lap-ke-hoach',
    'ten-don-vi-sau-sap-xep-nam-2025',
    ...[1, 2, 3, 4, 5, 6, 7].map((n) => `cac-linh-vuc-${n}`),
  ],
  'theo-doi-bao-cao': [
    'ky-bao-cao',
    'trang-thai-nhiem-vu',
    'ty-le-hoan-thanh',
    'cham-diem',
    'mau-bao-cao',
  ],
};

const findingsOf = (plan: Plan, ruleId: string, asOf?: string): Finding[] =>
  checkPlan(plan, asOf === undefined ? {} : { asOf }).filter((f) => f.ruleId === ruleId);

describe('the rule list', () => {
  it('has unique ids, a Vietnamese title and a citation to a published anchor for every rule', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.normalize('NFC')).toBe(rule.title);
      expect(anchors[rule.citation.page]).toContain(rule.citation.anchor);
      expect(rule.citation.label).toMatch(
        /^(Công văn 219|Đề cương), mục |^Chương trình 2021–2030, |^Công văn 581\/BNV-CCHC, |^Theo dõi và báo cáo, /,
      );
    }
  });

  it('has test cases for exactly the rules there are', () => {
    expect(Object.keys(cases).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  const ruleCases = cases[id] as RuleCases;

  it.each(Object.entries(ruleCases.trips))('trips on: %s', (_name, make) => {
    const plan = make();
    const findings = findingsOf(plan, id, ruleCases.asOf);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.severity).toBe(rule.severity);
      expect(finding.message.length).toBeGreaterThan(20);
      expect(finding.message.normalize('NFC')).toBe(finding.message);
      expect(anchors[finding.citation.page]).toContain(finding.citation.anchor);
      expect(finding.where).not.toBe('');
      // The field a finding names exists, or at least the object it is to be added to.
      const parent = finding.path.replace(/(^|\.)[^.[\]]+$|\[\d+\]$/, '');
      // A task's progress not yet recorded is added to its row, status first.
      const row = finding.path.replace(/\.progress\.status$/, '');
      expect(hasPath(plan, finding.path) || hasPath(plan, parent) || hasPath(plan, row)).toBe(true);
      if (finding.path.startsWith('rows['))
        expect(plan.rows.map((r) => r.id)).toContain(finding.rowId);
    }
  });

  it.each(Object.entries(ruleCases.passes))('does not trip on: %s', (_name, make) => {
    expect(findingsOf(make(), id, ruleCases.asOf)).toEqual([]);
  });
});

describe('checkPlan', () => {
  it('lists lỗi first, then cảnh báo, then gợi ý', () => {
    const order = checkPlan(example('training')).map((f) => f.severity);
    const rank = { loi: 0, 'canh-bao': 1, 'goi-y': 2 } as const;
    expect(order.map((s) => rank[s])).toEqual([...order.map((s) => rank[s])].sort((a, b) => a - b));
  });

  it('names rows as the exported table numbers them', () => {
    const plan = changed('so', (p) => (row(p, 'tcbm-2').leadUnit = ''));
    const [finding] = findingsOf(plan, 'row-lead-unit');
    expect(finding?.where).toBe(
      'Mục III. Kế hoạch triển khai, III. Cải cách tổ chức bộ máy, dòng 2, Cơ quan chủ trì',
    );
    expect(finding?.rowId).toBe('tcbm-2');
    expect(finding?.path).toBe(`rows[${plan.rows.findIndex((r) => r.id === 'tcbm-2')}].leadUnit`);
  });

  it('cites the area’s own section of the outline for a missing area text', () => {
    const [finding] = findingsOf(
      changed('so', (p) => (p.tasks['tai-chinh-cong'] = '')),
      'area-task-text',
    );
    expect(finding?.citation).toEqual({
      page: 'de-cuong',
      anchor: 'ii-5',
      label: 'Đề cương, mục II.5',
    });
  });

  it('runs only the rules asked for', () => {
    const plan = example('training');
    const only = rules.filter((rule) => rule.id === 'row-budget');
    expect(new Set(checkPlan(plan, { rules: only }).map((f) => f.ruleId))).toEqual(
      new Set(['row-budget']),
    );
  });
});

describe('the tracking rules', () => {
  const progressRuleIds = Object.keys(progressCases);
  const trackingFindings = (plan: Plan, asOf?: string) =>
    checkPlan(plan, asOf === undefined ? {} : { asOf }).filter((f) =>
      progressRuleIds.includes(f.ruleId),
    );
  const index = (plan: Plan, id: string) => plan.rows.findIndex((r) => r.id === id);

  it('stay silent on a plan that is not tracked, even with every task past its month', () => {
    expect(trackingFindings(example('huyen'), '2014-06-30')).toEqual([]);
  });

  it('leave the date-dependent checks out when no check day is given', () => {
    const plan = changed('tracked', (p) => (progressOf(p, 'tcbm-2').completedOn = '2013-10'));
    expect(trackingFindings(plan)).toEqual([]);
    expect(
      trackingFindings(plan, QUARTER_3_CUT_OFF)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual([
      'progress-completed-after-cutoff',
      'progress-overdue-unmarked',
      'progress-overdue-unmarked',
    ]);
  });

  it('point each finding at the field to fix, naming the task and the due month', () => {
    const plan = changed('tracked', (p) => {
      progressOf(p, 'tthc-2').result = '';
      progressOf(p, 'tthc-3').completedOn = null;
      progressOf(p, 'hdh-4').note = '';
      progressOf(p, 'tcbm-2').completedOn = '2013-09-20';
      delete row(p, 'tthc-1').progress;
    });
    const found = trackingFindings(plan, QUARTER_3_CUT_OFF);
    expect(new Map(found.map((f) => [f.path, f.ruleId]))).toEqual(
      new Map([
        [`rows[${index(plan, 'hdh-4')}].progress.note`, 'progress-dropped-without-reason'],
        [`rows[${index(plan, 'tcbm-2')}].progress.completedOn`, 'progress-completed-after-cutoff'],
        [`rows[${index(plan, 'tthc-1')}].progress.status`, 'progress-overdue-unmarked'],
        [`rows[${index(plan, 'tcbm-1')}].progress.status`, 'progress-overdue-unmarked'],
        [`rows[${index(plan, 'tthc-2')}].progress.result`, 'progress-done-without-result'],
        [`rows[${index(plan, 'tthc-3')}].progress.completedOn`, 'progress-done-without-date'],
      ]),
    );
    const overdue = found.find((f) => f.rowId === 'tthc-1')!;
    expect(overdue.message).toContain('“Rà soát 100% thủ tục hành chính');
    expect(overdue.message).toContain(
      'tháng 08/2013, đến ngày 14/09/2013 chưa được cập nhật tiến độ',
    );
    expect(overdue.where).toBe(
      'Mục III. Kế hoạch triển khai, II. Cải cách thủ tục hành chính, dòng 1, Tiến độ thực hiện, Tình trạng thực hiện',
    );
  });

  it('do not ask again for a reason an overdue task already gives', () => {
    const [explained, unexplained] = trackingFindings(example('tracked'), QUARTER_3_CUT_OFF);
    expect(explained?.rowId).toBe('tthc-1');
    expect(explained?.message).toContain('với lý do đã ghi: “Chậm do UBND tỉnh công bố lại');
    expect(unexplained?.rowId).toBe('tcbm-1');
    expect(unexplained?.message).toContain('ghi lý do chậm và thời gian dự kiến hoàn thành');
  });
});
