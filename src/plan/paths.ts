/**
 * Where a problem is. Every reader problem and checker finding carries a machine path
 * (`rows[3].leadUnit`, for the builder to focus the field) and a Vietnamese description
 * ("Mục III. …, I. Cải cách thể chế, dòng 2, Cơ quan chủ trì", for people).
 */
import {
  areaSectionHeading,
  areaTableHeading,
  isAreaOf,
  templateOf,
  type AreaId,
} from './templates.ts';
import {
  disseminationPlanLabels,
  documentLabels,
  inspectionPlanLabels,
  monthYearLabels,
  organisationLabels,
  periodCalendarLabels,
  periodReportLabels,
  progressLabels,
  provincePlanLabels,
  reportingLabels,
  rowLabels,
  sectionLabels,
  unitLabels,
} from './labels.ts';
import { periodNames } from './progress/periods.ts';

export type FieldPath = readonly PropertyKey[];

/** `['rows', 3, 'leadUnit']` → `rows[3].leadUnit`; the root is the empty string. */
export function pathToString(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Only the bits of a plan needed to name a row by its area and place in that area. */
export interface RowLocator {
  /** The plan's template; the 2012 outline when missing or unknown. */
  template?: unknown;
  rows: readonly { areaId: AreaId }[];
  /**
   * Each row's 1-based place within its area, when the caller names many rows of one plan (the
   * checker): counting afresh for each would take time in rows × findings.
   */
  positions?: readonly number[];
}

/** Each row's 1-based place within its area, for `RowLocator.positions`. */
export function rowPositions(rows: readonly { areaId: AreaId }[]): number[] {
  const counts = new Map<AreaId, number>();
  return rows.map((row) => {
    const position = (counts.get(row.areaId) ?? 0) + 1;
    counts.set(row.areaId, position);
    return position;
  });
}

/** The 1-based place of one row within its area, as the exported table and the builder number it. */
export function rowPositionInArea(rows: readonly { areaId: AreaId }[], index: number): number {
  const areaId = rows[index]?.areaId;
  let position = 0;
  for (let i = 0; i <= index && i < rows.length; i++) if (rows[i]!.areaId === areaId) position++;
  return position;
}

function label(labels: Record<string, string>, key: PropertyKey | undefined): string | undefined {
  return typeof key === 'string' && Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/** "I. Cải cách thể chế, dòng 2": a row as the exported table numbers it. */
export function describeRow(index: number, locator?: RowLocator): string {
  const row = locator?.rows[index];
  if (!row || !locator || !isAreaOf(templateOf(locator), row.areaId)) {
    return `dòng ${index + 1} của bảng`;
  }
  // The exported table groups rows by area and numbers them within it: say the same number.
  const position = locator.positions?.[index] ?? rowPositionInArea(locator.rows, index);
  return `${areaTableHeading(templateOf(locator), row.areaId)}, dòng ${position}`;
}

function describeRowField(rest: FieldPath): string[] {
  const [field, sub] = rest;
  const parts: string[] = [];
  const fieldLabel = label(rowLabels, field);
  if (fieldLabel === undefined) return field === undefined ? parts : [`trường “${String(field)}”`];
  parts.push(fieldLabel);
  if ((field === 'products' || field === 'coordinatingUnits') && typeof sub === 'number') {
    parts.push(`mục thứ ${sub + 1}`);
  }
  if ((field === 'from' || field === 'to') && sub !== undefined) {
    parts.push(label(monthYearLabels, sub) ?? `trường “${String(sub)}”`);
  }
  if (field === 'progress' && sub !== undefined) {
    parts.push(label(progressLabels, sub) ?? `trường “${String(sub)}”`);
    const [, , index] = rest;
    if (sub === 'evidence' && typeof index === 'number') parts.push(`mục thứ ${index + 1}`);
  }
  return parts;
}

/** "Lịch báo cáo, Quý III, Số liệu đến ngày": a place in the periodic reports. */
function describeReporting(rest: FieldPath): string[] {
  const [part, period, field] = rest;
  const parts: string[] = [];
  if (part === undefined) return parts;
  parts.push(label(reportingLabels, part) ?? `trường “${String(part)}”`);
  if (period === undefined) return parts;
  parts.push(label(periodNames, period) ?? `kỳ “${String(period)}”`);
  if (field === undefined) return parts;
  const fields = part === 'calendar' ? periodCalendarLabels : periodReportLabels;
  parts.push(label(fields, field) ?? `trường “${String(field)}”`);
  return parts;
}

const sectionFieldLabels: Record<string, Record<string, string>> = {
  unit: unitLabels,
  document: documentLabels,
  provincePlan: provincePlanLabels,
  organisation: organisationLabels,
  inspectionPlan: inspectionPlanLabels,
  disseminationPlan: disseminationPlanLabels,
};

/** A Vietnamese description of a path, naming rows as the exported table does when `locator` is given. */
export function describePath(path: FieldPath, locator?: RowLocator): string {
  const [head, second, ...rest] = path;
  if (head === undefined) return 'Toàn bộ tệp';
  const section = label(sectionLabels, head);
  if (section === undefined) return `Trường “${pathToString(path)}”`;
  const parts: string[] = [section];

  if (head === 'objectives' && typeof second === 'number') parts.push(`mục tiêu thứ ${second + 1}`);
  else if (head === 'tasks' && second !== undefined) {
    const template = templateOf(locator ?? {});
    parts.push(
      isAreaOf(template, second)
        ? areaSectionHeading(template, second)
        : `lĩnh vực “${String(second)}”`,
    );
  } else if (head === 'rows' && typeof second === 'number') {
    parts.push(describeRow(second, locator), ...describeRowField(rest));
  } else if (head === 'reporting') {
    parts.push(...describeReporting(path.slice(1)));
  } else if (typeof head === 'string' && sectionFieldLabels[head] && second !== undefined) {
    parts.push(label(sectionFieldLabels[head], second) ?? `trường “${String(second)}”`);
    const [index] = rest;
    if (typeof index === 'number') parts.push(`dòng ${index + 1}`);
  }
  return parts.join(', ');
}

/**
 * The name of the field itself, as the builder labels it ("Cơ quan chủ trì", "Nơi nhận"), for
 * messages that name it; `describePath` gives the whole place.
 */
export function fieldLabel(path: FieldPath, locator?: RowLocator): string {
  const [head, second, third] = path;
  if (head === 'rows' && typeof second === 'number' && third !== undefined) {
    const [, , , fourth] = path;
    if (third === 'progress' && fourth !== undefined) {
      return label(progressLabels, fourth) ?? `trường “${String(fourth)}”`;
    }
    return label(rowLabels, third) ?? `trường “${String(third)}”`;
  }
  if (head === 'reporting') {
    return describeReporting(path.slice(1)).at(-1) ?? sectionLabels.reporting;
  }
  if (head === 'objectives' && second !== undefined) return 'Mục tiêu';
  if (head === 'tasks' && second !== undefined) {
    const template = templateOf(locator ?? {});
    return `Mục II, ${isAreaOf(template, second) ? areaSectionHeading(template, second) : `lĩnh vực ${String(second)}`}`;
  }
  if (typeof head === 'string' && sectionFieldLabels[head] && second !== undefined) {
    return label(sectionFieldLabels[head], second) ?? `trường “${String(second)}”`;
  }
  return label(sectionLabels, head) ?? `trường “${pathToString(path)}”`;
}
