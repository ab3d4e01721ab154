/**
 * Letter I.2, second bullet: "Không quy định trách nhiệm chung chung hoặc một việc giao cho nhiều
 * cơ quan, đơn vị triển khai." The lead unit is one named unit; coordinating units are named too.
 */
import { unitMatchKey } from '../unit-register.ts';
import { citations } from './citations.ts';
import { isBlank } from './text.ts';
import type { Rule, RuleHit } from './types.ts';

export const leadUnitSingle: Rule = {
  id: 'lead-unit-single',
  title: 'Một việc giao một đơn vị chủ trì',
  severity: 'loi',
  citation: citations.taskAccountability,
  check: ({ plan, readUnit }) =>
    plan.rows.flatMap((row, index): RuleHit[] => {
      if (isBlank(row.leadUnit)) return [];
      const reading = readUnit(row.leadUnit);
      const path = ['rows', index, 'leadUnit'];
      // "UBND các xã, thị trấn" reads better as one group than as the pieces of a list.
      if (reading.group !== undefined) {
        return [
          {
            path,
            message:
              `Cơ quan chủ trì “${reading.group}” là nhiều đơn vị: giao một đơn vị chủ trì, ` +
              'các đơn vị còn lại ghi ở cột Cơ quan phối hợp.',
          },
        ];
      }
      if (reading.units.length > 1) {
        const units = reading.units.map((unit) => `“${unit}”`).join(', ');
        return [
          {
            path,
            message:
              `Cơ quan chủ trì ghi ${reading.units.length} đơn vị (${units}): mỗi nhiệm vụ chỉ giao một đơn vị chủ trì; ` +
              'chuyển các đơn vị còn lại sang cột Cơ quan phối hợp.',
          },
        ];
      }
      return [];
    }),
};

export const leadUnitNamed: Rule = {
  id: 'lead-unit-named',
  title: 'Đơn vị chủ trì được nêu tên cụ thể',
  severity: 'loi',
  citation: citations.taskAccountability,
  check: ({ plan, readUnit }) =>
    plan.rows.flatMap((row, index): RuleHit[] => {
      if (isBlank(row.leadUnit)) return [];
      const { vague } = readUnit(row.leadUnit);
      if (vague === undefined) return [];
      return [
        {
          path: ['rows', index, 'leadUnit'],
          message:
            `Cơ quan chủ trì “${row.leadUnit.trim()}” chung chung (“${vague}”): ` +
            'ghi tên cụ thể của một phòng, ban hoặc đơn vị, ví dụ “Phòng Nội vụ”.',
        },
      ];
    }),
};

export const coordinatingNamed: Rule = {
  id: 'coordinating-named',
  title: 'Đơn vị phối hợp được nêu tên cụ thể',
  severity: 'goi-y',
  citation: citations.taskAccountability,
  check: ({ plan, readUnit }) =>
    plan.rows.flatMap((row, index) =>
      row.coordinatingUnits.flatMap((unit, unitIndex): RuleHit[] => {
        const { vague } = readUnit(unit);
        if (vague === undefined) return [];
        return [
          {
            path: ['rows', index, 'coordinatingUnits', unitIndex],
            message: `Cơ quan phối hợp “${unit.trim()}” chưa rõ là đơn vị nào: nêu tên cụ thể để từng đơn vị biết trách nhiệm của mình.`,
          },
        ];
      }),
    ),
};

export const coordinatingNotLead: Rule = {
  id: 'coordinating-not-lead',
  title: 'Đơn vị chủ trì không đồng thời phối hợp',
  severity: 'canh-bao',
  citation: citations.taskAccountability,
  // One unit however it is written: "Sở TN&MT" coordinating a task "Sở Tài nguyên và Môi trường"
  // leads is still the same unit.
  check: ({ plan }) =>
    plan.rows.flatMap((row, index) => {
      if (isBlank(row.leadUnit)) return [];
      const lead = unitMatchKey(row.leadUnit);
      return row.coordinatingUnits.flatMap((unit, unitIndex): RuleHit[] =>
        unitMatchKey(unit) === lead
          ? [
              {
                path: ['rows', index, 'coordinatingUnits', unitIndex],
                message: `“${unit.trim()}” vừa chủ trì vừa phối hợp: xóa đơn vị này khỏi cột Cơ quan phối hợp.`,
              },
            ]
          : [],
      );
    }),
};
