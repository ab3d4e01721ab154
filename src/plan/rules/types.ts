/**
 * The vocabulary of the guidance checker. A rule is one requirement of the letter or the outline,
 * with a fixed severity and the paragraph that asks for it; a finding is one place where a plan
 * does not meet it.
 */
import type { FieldPath } from '../paths.ts';
import type { Plan } from '../schema.ts';
import type { AreaId, OutlineTemplate } from '../templates.ts';
import type { PlanTotals } from '../totals.ts';
import type { UnitNameReading } from '../unit-names.ts';

/** lỗi: the guidance is not met; cảnh báo: probably a problem; gợi ý: would make the plan better. */
export type Severity = 'loi' | 'canh-bao' | 'goi-y';

export const severityLabels: Record<Severity, string> = {
  loi: 'lỗi',
  'canh-bao': 'cảnh báo',
  'goi-y': 'gợi ý',
};

/** Most serious first: the order findings are listed in. */
export const severityOrder: readonly Severity[] = ['loi', 'canh-bao', 'goi-y'];

/**
 * A paragraph of the published letter (`/huong-dan/`), the outline (`/de-cuong/`) or the 2021–2030
 * programme's page, by its stable anchor.
 */
export interface Citation {
  /** The page's route, without slashes. */
  page: string;
  anchor: string;
  /** Short Vietnamese label, e.g. "Công văn 219, mục I.2". */
  label: string;
}

/** What a plan is checked with: the plan plus things several rules need, computed once. */
export interface RuleContext {
  plan: Plan;
  /** The outline the plan follows: its areas and the citations of area findings. */
  template: OutlineTemplate;
  totals: PlanTotals;
  /** `fold` from src/text, memoised: the same unit names come up in many rows. */
  fold: (text: string) => string;
  /** `readUnitName`, memoised: a plan names the same few units again and again. */
  readUnit: (name: string) => UnitNameReading;
  /** Indexes of `plan.rows` per area, in table order. */
  rowsByArea: ReadonlyMap<AreaId, readonly number[]>;
  /**
   * The day the plan is checked on (ISO date), for the rules that depend on it (a task overdue, a
   * completion after that day); null when the caller gives none, and those rules then stay silent.
   */
  asOf: string | null;
}

/** One place where a rule is not met, as the rule reports it. */
export interface RuleHit {
  path: FieldPath;
  message: string;
  /** A more precise paragraph than the rule's own, e.g. the area's section of the outline. */
  citation?: Citation;
}

export interface Rule {
  /** Stable id in English kebab-case; tests, the builder and the CLI refer to rules by it. */
  id: string;
  /** Short Vietnamese name of the requirement. */
  title: string;
  severity: Severity;
  citation: Citation;
  check(context: RuleContext): RuleHit[];
}

/** One finding as the checker returns it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
  /** Machine path of the field concerned, e.g. `rows[3].leadUnit`. */
  path: string;
  /** The same place in words, naming rows as the exported table does. */
  where: string;
  /** The row concerned, when the finding is about one row. */
  rowId?: string;
  citation: Citation;
}
