/**
 * The points that depend on the kind of unit:
 * - outline II.1 (and the programme's institutions area): a UBND issues legal normative documents
 *   (VBQPPL); a Sở advises on them;
 * - outline II.5 (2012 outline only): socialisation (xã hội hóa) is for UBND cấp huyện and only
 *   the Sở whose field it is.
 * That a later plan cannot come from a UBND huyện (no district level since 1/7/2025) is a case of
 * `unit-no-longer-exists` (./unit-exists.ts).
 * The wording comes from the template's data, so the messages quote the published page.
 */
import { fold } from '../../text/vietnamese.ts';
import { unitTypeLabels } from '../labels.ts';
import type { PlanRow } from '../schema.ts';
import { fullAreaOf } from '../../outline/areas.ts';
import type { AreaId, OutlineTemplate } from '../templates.ts';
import { outline2012, outlineArea } from './citations.ts';
import { foldedRowText } from './text.ts';
import type { Rule, RuleContext, RuleHit } from './types.ts';

const legalDocuments = '(van ban quy pham phap luat|van ban qppl|vb qppl|vbqppl)';
const mentionsLegalDocuments = new RegExp(legalDocuments);
const issuesLegalDocuments = new RegExp(`\\bban hanh (\\S+ ){0,2}?${legalDocuments}`, 'g');
/** Words before "ban hành" that make it someone else's act: advising on, drafting, reviewing it. */
const notIssuingItself = /\b(tham muu|du thao|trinh|kiem tra|ra soat|theo doi|tham dinh|gop y)\b/;
const socialisation = /\bxa hoi hoa\b/;
/** Fields outline II.5 names; a Sở whose name contains one of them is "concerned". */
const socialisationFields = /\b(y te|giao duc|dan so|the thao|the duc|van hoa)\b/;

/** Row fields that say what a row does, with the path segment of each. */
const describedFields = ['generalTask', 'specificTask'] as const;

function rowsOf(context: RuleContext, areaId: AreaId): { row: PlanRow; index: number }[] {
  return (context.rowsByArea.get(areaId) ?? []).map((index) => ({
    row: context.plan.rows[index] as PlanRow,
    index,
  }));
}

/** A Sở that writes it will issue VBQPPL itself, rather than advise the province's committee. */
function claimsToIssue(folded: string): boolean {
  for (const match of folded.matchAll(issuesLegalDocuments)) {
    const before = folded.slice(Math.max(0, match.index - 40), match.index);
    if (!notIssuingItself.test(before)) return true;
  }
  return false;
}

/** The institutions point worded per unit type, in the plan's template. */
const legalDocumentsPoint = (template: OutlineTemplate) =>
  fullAreaOf(template.id, 'the-che')?.points.find((point) => point.taskByUnitType !== undefined);

export const legalDocumentsWording: Rule = {
  id: 'legal-documents-wording',
  title: 'Sở tham mưu, không ban hành văn bản QPPL',
  severity: 'canh-bao',
  citation: outlineArea(outline2012, 'the-che'),
  check: (context) => {
    if (context.plan.unit.type !== 'so') return [];
    const citation = outlineArea(context.template, 'the-che');
    const hit = (path: RuleHit['path']): RuleHit => ({
      path,
      message:
        `Sở không tự ban hành văn bản quy phạm pháp luật mà tham mưu UBND tỉnh ban hành (${citation.label}): ` +
        'sửa thành “tham mưu ban hành văn bản quy phạm pháp luật …”.',
      citation,
    });
    const hits: RuleHit[] = [];
    if (claimsToIssue(context.fold(context.plan.tasks['the-che'] ?? ''))) {
      hits.push(hit(['tasks', 'the-che']));
    }
    for (const { row, index } of rowsOf(context, 'the-che')) {
      const field = describedFields.find((key) => claimsToIssue(context.fold(row[key])));
      if (field) hits.push(hit(['rows', index, field]));
    }
    return hits;
  },
};

export const legalDocumentsSuggested: Rule = {
  id: 'legal-documents-suggested',
  title: 'Có nhiệm vụ về văn bản QPPL',
  severity: 'goi-y',
  citation: outlineArea(outline2012, 'the-che'),
  check: (context) => {
    const { plan, template } = context;
    const mentioned =
      mentionsLegalDocuments.test(context.fold(plan.tasks['the-che'] ?? '')) ||
      rowsOf(context, 'the-che').some(({ row }) =>
        mentionsLegalDocuments.test(foldedRowText(context, row)),
      );
    const wording = legalDocumentsPoint(template)?.taskByUnitType?.[plan.unit.type];
    if (mentioned || wording === undefined) return [];
    return [
      {
        path: ['tasks', 'the-che'],
        message:
          'Lĩnh vực cải cách thể chế chưa có nhiệm vụ nào về văn bản quy phạm pháp luật. ' +
          `${template.shortTitle} gợi ý cho ${unitTypeLabels[plan.unit.type]}: “${wording}”.`,
        citation: outlineArea(template, 'the-che'),
      },
    ];
  },
};

const socialisationPoint = fullAreaOf(outline2012.id, 'tai-chinh-cong')?.points.find((point) =>
  socialisation.test(fold(point.text)),
);

/**
 * Whether II.5's socialisation point is meant for this unit: every huyện, a Sở only in its fields.
 * The 2021–2030 programme has no such point, so there the question does not arise.
 */
function socialisationApplies(context: RuleContext): boolean | undefined {
  if (context.template.id !== outline2012.id) return undefined;
  const { unit } = context.plan;
  if (unit.type === 'huyen' || unit.type === 'tinh') return true;
  if (unit.name.trim() === '') return undefined;
  return socialisationFields.test(context.fold(unit.name));
}

export const socialisationSuggested: Rule = {
  id: 'socialisation-suggested',
  title: 'Có nhiệm vụ xã hội hóa (nếu thuộc phạm vi)',
  severity: 'goi-y',
  citation: outlineArea(outline2012, 'tai-chinh-cong'),
  check: (context) => {
    if (socialisationApplies(context) !== true || !socialisationPoint) return [];
    const { plan } = context;
    const mentioned =
      socialisation.test(context.fold(plan.tasks['tai-chinh-cong'] ?? '')) ||
      rowsOf(context, 'tai-chinh-cong').some(({ row }) =>
        socialisation.test(foldedRowText(context, row)),
      );
    if (mentioned) return [];
    return [
      {
        path: ['tasks', 'tai-chinh-cong'],
        message:
          `Đề cương nêu nhiệm vụ này cho đơn vị của bạn nhưng kế hoạch chưa có: “${socialisationPoint.text}” ` +
          'Cân nhắc thêm nhiệm vụ xã hội hóa vào lĩnh vực cải cách tài chính công.',
      },
    ];
  },
};

export const socialisationScope: Rule = {
  id: 'socialisation-scope',
  title: 'Xã hội hóa đúng phạm vi',
  severity: 'canh-bao',
  citation: outlineArea(outline2012, 'tai-chinh-cong'),
  check: (context) => {
    if (socialisationApplies(context) !== false) return [];
    const condition = socialisationPoint?.condition?.so;
    const forSo = condition
      ? ` Với cấp Sở: ${condition.charAt(0).toLowerCase()}${condition.slice(1)}`
      : '';
    return context.plan.rows.flatMap((row, index): RuleHit[] =>
      socialisation.test(foldedRowText(context, row))
        ? [
            {
              path: ['rows', index, 'specificTask'],
              message:
                `Nhiệm vụ xã hội hóa của Đề cương (mục II.5) dành cho UBND cấp huyện.${forSo} ` +
                'Kiểm tra lại nhiệm vụ này có thuộc chức năng của đơn vị không.',
            },
          ]
        : [],
    );
  },
};
