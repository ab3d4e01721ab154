/**
 * The units a plan names must exist in the year it is for. In 2025 the provinces' departments were
 * merged (Nghị định 45/2025/NĐ-CP, then 150/2025/NĐ-CP), the district level ended on 1/7/2025
 * (Luật 72/2025/QH15) and with it every district office, and the inspectorates of departments
 * and districts (Luật Thanh tra 84/2025/QH15). A plan issued after such a change, or for a later
 * year, that still gives tasks to the old unit is warned, with the unit that took over, from the
 * register of unit names (`content/units/register.json`).
 */
import { registeredUnitById, noLongerExists, type RegisteredUnit } from '../unit-register.ts';
import type { KnownUnitName } from '../unit-names.ts';
import { fastFold } from '../fast-fold.ts';
import { formatDate } from '../vi-format.ts';
import { citations } from './citations.ts';
import { isBlank } from './text.ts';
import type { Rule, RuleHit } from './types.ts';
import type { FieldPath } from '../paths.ts';
import type { Plan } from '../schema.ts';

/** The year from which plans come from the two-tier local government (1/7/2025). */
export const FIRST_YEAR_WITHOUT_DISTRICTS = 2026;

/**
 * The day a plan is judged on: the later of its issue date and the first day of its year. A 2025
 * plan issued in December 2024 could still name a department merged in March 2025; one issued
 * after the merger, or a plan for 2026, cannot.
 */
export function planReferenceDate(plan: Plan): string {
  const yearStart = `${plan.planYear}-01-01`;
  const issued = plan.document.issueDate;
  return issued !== null && issued > yearStart ? issued : yearStart;
}

/** "huyện", "quận", "thị xã" after a name: the district's unit, not the xã's of the same name. */
const districtPlace = /\b(huyen|thi xa|quan(?! ly))\b/;

/** The units a name may be, narrowed to the district's where the name says so. */
function atNamedLevel(known: KnownUnitName): readonly RegisteredUnit[] {
  if (!districtPlace.test(fastFold(known.name))) return known.units;
  const district = known.units.filter((unit) => unit.levels.includes('huyen'));
  return district.length > 0 ? district : known.units;
}

const names = (ids: readonly string[]): string =>
  ids.map((id) => registeredUnitById.get(id)?.name ?? id).join(' hoặc ');

/** The successors to write instead, with their level where the name alone does not say it. */
function instead(unit: RegisteredUnit): string {
  const replacement = unit.replacedBy;
  if (replacement === undefined) return 'tên đơn vị hiện nay';
  const successors = replacement.successors ?? [];
  const atXa = successors.some((id) => registeredUnitById.get(id)?.kind === 'phong-thuoc-xa');
  const written =
    successors.length > 0 ? names(successors) + (atXa ? ' của UBND xã, phường' : '') : '';
  return [written, replacement.advice].filter(Boolean).join(', hoặc ');
}

function message(known: KnownUnitName, unit: RegisteredUnit): string {
  const replacement = unit.replacedBy;
  const date = replacement ? formatDate(replacement.date) : formatDate(unit.validTo ?? '');
  const successors = names(replacement?.successors ?? []);
  const what = (() => {
    switch (replacement?.how) {
      case 'hop-nhat':
        return `đã hợp nhất vào ${successors} từ ${date} (ngày có thể khác theo tỉnh)`;
      case 'to-chuc-lai':
        return `đã được tổ chức lại thành ${successors} từ ${date} (ngày có thể khác theo tỉnh)`;
      case 'bo-cap-huyen':
        return `là cơ quan cấp huyện, không còn từ ${date} khi chính quyền địa phương còn hai cấp`;
      case 'thoi-to-chuc':
        return `không còn được tổ chức từ ${date}`;
      default:
        return `không còn từ ${date}`;
    }
  })();
  const typed = known.name.trim();
  const subject = typed === unit.name ? unit.name : `“${typed}” (${unit.name})`;
  return `${subject} ${what}: ghi ${instead(unit)}.`;
}

export const unitNoLongerExists: Rule = {
  id: 'unit-no-longer-exists',
  title: 'Đơn vị được giao còn tồn tại',
  severity: 'canh-bao',
  citation: citations.unitChanges2025,
  check: ({ plan, readUnit }) => {
    const hits: RuleHit[] = [];
    const date = planReferenceDate(plan);
    const districtPlan =
      plan.unit.type === 'huyen' && plan.planYear >= FIRST_YEAR_WITHOUT_DISTRICTS;
    if (districtPlan) {
      hits.push({
        path: ['unit', 'type'],
        message:
          `Từ ngày 01/7/2025 chính quyền địa phương có hai cấp (tỉnh và xã), không còn UBND cấp huyện; ` +
          `kế hoạch năm ${plan.planYear} do UBND xã, phường lập theo Chương trình 2021–2030: ` +
          'kiểm tra lại loại đơn vị và năm kế hoạch.',
        citation: citations.planningUnits,
      });
    }
    // A plan names the same few units in many rows: each name's messages are worked out once.
    const messagesByName = new Map<string, string[]>();
    const messagesFor = (text: string): string[] => {
      let messages = messagesByName.get(text);
      if (messages === undefined) {
        messages = [];
        for (const known of readUnit(text).known ?? []) {
          const units = atNamedLevel(known);
          if (!noLongerExists(units, date)) continue;
          // Of several units with one name, the last to go says what replaced the name.
          const last = units.reduce((a, b) => ((a.validTo ?? '') >= (b.validTo ?? '') ? a : b));
          messages.push(message(known, last));
        }
        messagesByName.set(text, messages);
      }
      return messages;
    };
    const check = (text: string, path: FieldPath) => {
      if (isBlank(text)) return;
      for (const found of messagesFor(text)) hits.push({ path, message: found });
    };
    // The plan's own unit is already warned about as a district when it is one.
    if (!districtPlan) check(plan.unit.name, ['unit', 'name']);
    plan.rows.forEach((row, index) => {
      check(row.leadUnit, ['rows', index, 'leadUnit']);
      row.coordinatingUnits.forEach((unit, unitIndex) =>
        check(unit, ['rows', index, 'coordinatingUnits', unitIndex]),
      );
    });
    return hits;
  },
};
