/**
 * The wording of what the Sở Nội vụ sends out after a round, shared by every format (Word, Excel,
 * Markdown): the sender and its signature, the summary's sections and tables, the comment letter
 * to one unit. Everything is read from the round's view (src/round/), never recomputed, so the
 * summary says the same figures in every format and on the desk's page. Plain strings, no markup:
 * escaping is the exporter's job.
 */
import { rules } from '../../plan/rules/index.ts';
import {
  severityLabels,
  severityOrder,
  type Finding,
  type Severity,
} from '../../plan/rules/types.ts';
import { unitTypeLabels } from '../../plan/unit-type-labels.ts';
import { templateById } from '../../plan/templates.ts';
import {
  formatAmount,
  formatDate,
  formatDocumentDate,
  formatRate,
  formatVnd,
} from '../../plan/vi-format.ts';
import { provinceTaskRule } from '../../round/province.ts';
import {
  unitCounts,
  unitFindings,
  untakenProvinceTasks,
  type RoundSender,
  type RoundSettings,
  type RoundUnit,
  type RoundView,
} from '../../round/round.ts';
import { formatPoints } from '../../plan/self-score.ts';
import { recipientLines, signature, type Signature, type TextLine } from '../plan-text.ts';
import { isoPackageDate, type PackageDate } from '../stable-zip.ts';

/** The sender of the summary and the letters (src/round/round.ts). */
export type { RoundSender };

export const defaultSender: RoundSender = {
  name: 'Sở Nội vụ',
  province: '',
  place: '',
  abbreviation: 'SNV',
  signingForm: '',
  signingFor: '',
  signerTitle: 'Giám đốc',
  signerName: '',
  issueDate: null,
};

export interface RoundExportOptions {
  /** The day the round was checked (ISO): the figures are "as of" it. */
  asOf: string;
  sender?: Partial<RoundSender>;
}

export function senderOf(options: RoundExportOptions): RoundSender {
  const given = options.sender ?? {};
  const trimmed = Object.fromEntries(
    Object.entries(given).filter(([, value]) => typeof value !== 'string' || value.trim() !== ''),
  );
  return { ...defaultSender, ...trimmed };
}

/** "UBND tỉnh Mẫu", the agency above the sender in the header, or "UBND tỉnh …". */
export const senderParent = (sender: RoundSender): string =>
  `UBND tỉnh ${sender.province.trim() || '…'}`;

/** "Ủy ban nhân dân tỉnh Mẫu", the summary's addressee, spelled out in the text. */
export const provinceCommittee = (sender: RoundSender): string =>
  sender.province.trim() === ''
    ? 'Ủy ban nhân dân tỉnh'
    : `Ủy ban nhân dân tỉnh ${sender.province.trim()}`;

export const senderIssuer = (sender: RoundSender) => ({
  parentAgency: senderParent(sender),
  name: sender.name,
});

export const senderDateLine = (sender: RoundSender): string =>
  formatDocumentDate(sender.place, sender.issueDate);

export const senderSignature = (sender: RoundSender): Signature => signature(sender);

/** Files are dated from the day of signing, or the day the round was checked while a draft. */
export const roundPackageDate = (options: RoundExportOptions): PackageDate =>
  isoPackageDate(senderOf(options).issueDate) ??
  isoPackageDate(options.asOf) ?? { year: 1980, month: 1, day: 1 };

const yearOf = (round: RoundSettings, view: RoundView): string => {
  if (round.planYear !== null) return String(round.planYear);
  const years = new Set(
    view.units.filter((unit) => unit.kept).map((unit) => unit.checked.summary.planYear),
  );
  return years.size === 1 ? String([...years][0]) : '…';
};

const unitNameOf = (unit: RoundUnit): string =>
  unit.checked.summary.unitName.trim() || unit.rosterName || `(tệp ${unit.file})`;

// The summary (Báo cáo tổng hợp).

export const SUMMARY_TYPE = 'BÁO CÁO';

export const summaryNumberLine = (sender: RoundSender): string =>
  `Số:      /BC-${sender.abbreviation.trim() || 'SNV'}`;

export const summarySubject = (round: RoundSettings, view: RoundView): string =>
  `Kết quả tiếp nhận, kiểm tra kế hoạch cải cách hành chính năm ${yearOf(round, view)} của các cơ quan, đơn vị`;

const GUIDANCE =
  'Công văn số 219/SNV-CCHC&ĐT ngày 05/04/2012 của Sở Nội vụ và đề cương kế hoạch áp dụng';

export function summaryIntroduction(
  round: RoundSettings,
  view: RoundView,
  options: RoundExportOptions,
): string {
  const sender = senderOf(options);
  const name = round.name.trim() === '' ? '' : ` (${round.name.trim()})`;
  return `${sender.name} đã tiếp nhận và kiểm tra kế hoạch cải cách hành chính năm ${yearOf(round, view)} của các cơ quan, đơn vị${name} theo hướng dẫn tại ${GUIDANCE}; số liệu tính đến ngày ${formatDate(options.asOf)}. ${sender.name} báo cáo ${provinceCommittee(sender)} như sau:`;
}

export const summaryHeadings = {
  receipt: 'I. TÌNH HÌNH GỬI KẾ HOẠCH',
  check: 'II. KẾT QUẢ KIỂM TRA',
  mistakes: 'III. NHỮNG LỖI THƯỜNG GẶP',
  proposals: 'IV. ĐỀ XUẤT, KIẾN NGHỊ',
} as const;

const names = (units: readonly RoundUnit[]): string => units.map(unitNameOf).join('; ');

/** Section I: who sent, on time or late, with no date, not at all, and the files not read. */
export function receiptLines(round: RoundSettings, view: RoundView): TextLine[] {
  const { tally } = view;
  const kept = view.units.filter((unit) => unit.kept);
  const expected =
    round.roster.length === 0
      ? ''
      : ` trên tổng số ${formatAmount(round.roster.length)} cơ quan, đơn vị phải gửi`;
  const lines: TextLine[] = [
    {
      bullet: true,
      text: `Số cơ quan, đơn vị đã gửi kế hoạch: ${formatAmount(tally.sent)}${expected}.`,
    },
  ];
  if (round.deadline === null) {
    lines.push({
      bullet: true,
      text: 'Chưa ấn định hạn gửi kế hoạch nên chưa đánh giá việc gửi đúng hạn.',
    });
  } else {
    const late = kept.filter((unit) => unit.onTime === false);
    const undated = kept.filter((unit) => unit.onTime === null);
    lines.push({
      bullet: true,
      text: `Ban hành đúng hạn (đến ngày ${formatDate(round.deadline)}): ${formatAmount(tally.onTime)}.`,
    });
    lines.push({
      bullet: true,
      text: `Ban hành sau hạn: ${formatAmount(tally.late)}${late.length > 0 ? ` (${names(late)})` : ''}.`,
    });
    if (undated.length > 0) {
      lines.push({
        bullet: true,
        text: `Chưa ghi ngày ban hành: ${formatAmount(tally.undated)} (${names(undated)}).`,
      });
    }
  }
  if (round.roster.length === 0) {
    lines.push({
      bullet: true,
      text: 'Chưa có danh sách cơ quan, đơn vị phải gửi nên chưa xác định được đơn vị chưa gửi.',
    });
  } else if (view.missing.length === 0) {
    lines.push({
      bullet: true,
      text: 'Tất cả các cơ quan, đơn vị trong danh sách đã gửi kế hoạch.',
    });
  } else {
    lines.push({
      bullet: true,
      text: `Chưa gửi kế hoạch: ${formatAmount(tally.missing)} cơ quan, đơn vị: ${view.missing.join('; ')}.`,
    });
  }
  if (tally.setAside > 0) {
    lines.push({
      bullet: true,
      text: `Đơn vị gửi nhiều bản: ${formatAmount(tally.setAside)} bản trùng không tính, mỗi đơn vị tính bản ban hành sau cùng hoặc bản được chọn.`,
    });
  }
  const fromWord = kept.filter((unit) => unit.word !== undefined);
  if (fromWord.length > 0) {
    lines.push({
      bullet: true,
      text: `Kế hoạch gửi bằng tệp Word (.docx), được công cụ đọc lại: ${formatAmount(fromWord.length)} (${names(fromWord)}); số liệu của các kế hoạch này cần đối chiếu với văn bản gốc.`,
    });
  }
  if (tally.unreadable > 0) {
    lines.push({
      bullet: true,
      text: `Tệp không đọc được: ${formatAmount(tally.unreadable)} (danh sách và lý do tại Phụ lục II).`,
    });
  }
  return lines;
}

const totalCounts = (units: readonly RoundUnit[]): Record<Severity, number> => {
  const counts: Record<Severity, number> = { loi: 0, 'canh-bao': 0, 'goi-y': 0 };
  for (const unit of units) {
    const unitTotals = unitCounts(unit);
    for (const severity of severityOrder) counts[severity] += unitTotals[severity];
  }
  return counts;
};

/** Section II: what the checker found across the kept plans. */
export function checkLines(round: RoundSettings, view: RoundView, sender: RoundSender): TextLine[] {
  const kept = view.units.filter((unit) => unit.kept);
  const counts = totalCounts(kept);
  const clean = kept.filter((unit) => unitCounts(unit).loi === 0);
  const otherYear = kept.filter((unit) => unit.otherYear);
  const lines: TextLine[] = [
    {
      bullet: false,
      text: `Kiểm tra ${formatAmount(kept.length)} kế hoạch theo các quy tắc của hướng dẫn: tổng số ${severityOrder.map((severity) => `${formatAmount(counts[severity])} ${severityLabels[severity]}`).join(', ')}.`,
    },
    {
      bullet: true,
      text: `Kế hoạch không có lỗi: ${formatAmount(clean.length)}; kế hoạch còn lỗi phải sửa: ${formatAmount(kept.length - clean.length)}.`,
    },
  ];
  if (otherYear.length > 0) {
    lines.push({
      bullet: true,
      text: `Kế hoạch không phải của năm ${round.planYear ?? ''}: ${names(otherYear)}.`,
    });
  }
  if (view.province) {
    const untaken = untakenProvinceTasks(view);
    lines.push({
      bullet: true,
      text:
        untaken.length === 0
          ? 'Mọi nhiệm vụ của Kế hoạch cải cách hành chính của tỉnh đều có cơ quan, đơn vị đưa vào kế hoạch để thực hiện.'
          : `Nhiệm vụ của Kế hoạch cải cách hành chính của tỉnh chưa cơ quan, đơn vị nào đưa vào kế hoạch: ${formatAmount(untaken.length)} (danh sách tại ${provinceAnnexLabel(view)}).`,
    });
  }
  lines.push({
    bullet: false,
    text: `Kết quả của từng cơ quan, đơn vị tại Phụ lục I kèm theo Báo cáo này; ${sender.name} góp ý bằng văn bản đối với kế hoạch của từng đơn vị.`,
  });
  return lines;
}

/** Section IV: what the Sở asks of UBND tỉnh, from the figures. */
export function proposalLines(view: RoundView, sender: RoundSender): TextLine[] {
  const lines: TextLine[] = [];
  if (view.missing.length > 0 || view.tally.late > 0) {
    lines.push({
      bullet: true,
      text: 'Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các cơ quan, đơn vị chưa gửi hoặc gửi chậm kế hoạch khẩn trương ban hành, gửi kế hoạch theo quy định.',
    });
  }
  const withErrors = view.units.filter((unit) => unit.kept && unitCounts(unit).loi > 0);
  if (withErrors.length > 0) {
    lines.push({
      bullet: true,
      text: `Đề nghị các cơ quan, đơn vị có kế hoạch còn lỗi hoàn thiện kế hoạch theo ý kiến góp ý của ${sender.name}.`,
    });
  }
  lines.push({
    bullet: true,
    text: `${sender.name} tiếp tục theo dõi, hướng dẫn việc thực hiện kế hoạch và tổng hợp, báo cáo ${provinceCommittee(sender)} theo quy định.`,
  });
  return lines;
}

export const summaryRecipients = (sender: RoundSender): string[] =>
  recipientLines({
    recipients: [
      `${provinceCommittee(sender).replace('Ủy ban nhân dân', 'UBND')} (để báo cáo)`,
      'Các cơ quan, đơn vị (để thực hiện)',
      'Lưu: VT, CCHC',
    ],
  });

/** The common mistakes' table: rule, severity, the paragraph it comes from, how many units. */
export interface MistakeRow {
  title: string;
  severity: string;
  citation: string;
  units: number;
}

const ruleById = new Map([...rules, provinceTaskRule].map((rule) => [rule.id, rule]));

export function mistakeRows(view: RoundView): MistakeRow[] {
  return view.mistakes.map((mistake) => ({
    title: mistake.title,
    severity: severityLabels[mistake.severity],
    citation: ruleById.get(mistake.ruleId)?.citation.label ?? '',
    units: mistake.units,
  }));
}

export const mistakeColumns = [
  { label: 'TT', width: 5, align: 'center' },
  { label: 'Nội dung (quy tắc của hướng dẫn)', width: 40 },
  { label: 'Mức độ', width: 11, align: 'center' },
  { label: 'Căn cứ', width: 30 },
  { label: 'Số đơn vị mắc', width: 10, align: 'center' },
] as const;

export const noMistakes = 'Không có kế hoạch nào vi phạm quy tắc của hướng dẫn.';

// The table of units, as the desk shows it.

export interface UnitColumn {
  label: string;
  /** Characters, as Excel measures columns; the Word table keeps the proportions. */
  width: number;
  align?: 'center' | 'right';
}

export const onTimeLabel = (unit: RoundUnit, round: RoundSettings): string =>
  unit.onTime === true
    ? 'Đúng hạn'
    : unit.onTime === false
      ? 'Sau hạn'
      : round.deadline === null
        ? ''
        : 'Chưa ghi ngày';

export const scoreLabel = (unit: RoundUnit): string =>
  `${formatPoints(unit.checked.summary.score.points)}/${formatPoints(unit.checked.summary.score.maxPoints)}`;

export const completionLabel = (unit: RoundUnit): string => {
  const { progress } = unit.checked.summary;
  return progress === null ? '' : formatRate(progress.completionRate);
};

/** Whether any kept plan records progress: only then has the table a completion column. */
export const tracksProgress = (view: RoundView): boolean =>
  view.units.some((unit) => unit.kept && unit.checked.summary.progress !== null);

/** The summary's annex table: TT, then these, one row per kept unit. */
export function unitTableColumns(view: RoundView): UnitColumn[] {
  return [
    { label: 'TT', width: 5, align: 'center' },
    { label: 'Cơ quan, đơn vị', width: 28 },
    { label: 'Số, ký hiệu', width: 15, align: 'center' },
    { label: 'Ngày ban hành', width: 12, align: 'center' },
    { label: 'Đúng hạn', width: 10, align: 'center' },
    { label: 'Lỗi', width: 6, align: 'center' },
    { label: 'Cảnh báo', width: 8, align: 'center' },
    { label: 'Gợi ý', width: 6, align: 'center' },
    { label: 'Số nhiệm vụ', width: 9, align: 'center' },
    { label: 'Kinh phí dự kiến (đồng)', width: 16, align: 'right' },
    { label: 'Tự chấm (điểm)', width: 9, align: 'center' },
    ...(tracksProgress(view)
      ? [{ label: 'Tỷ lệ hoàn thành', width: 10, align: 'center' as const }]
      : []),
  ];
}

export function unitTableRows(round: RoundSettings, view: RoundView): string[][] {
  const withCompletion = tracksProgress(view);
  return view.units
    .filter((unit) => unit.kept)
    .map((unit, index) => {
      const { summary } = unit.checked;
      const counts = unitCounts(unit);
      return [
        String(index + 1),
        unitNameOf(unit),
        summary.documentNumber,
        summary.issueDate === null ? '' : formatDate(summary.issueDate),
        onTimeLabel(unit, round),
        formatAmount(counts.loi),
        formatAmount(counts['canh-bao']),
        formatAmount(counts['goi-y']),
        formatAmount(summary.tasks),
        formatAmount(summary.budgetVnd),
        scoreLabel(unit),
        ...(withCompletion ? [completionLabel(unit)] : []),
      ];
    });
}

export const noUnits = 'Chưa có kế hoạch nào được tiếp nhận.';

export const unreadableColumns = [
  { label: 'TT', width: 5, align: 'center' },
  { label: 'Tệp', width: 40 },
  { label: 'Lý do không đọc được', width: 80 },
] as const;

/** The province's tasks nobody took up: the last annex, after the files not read if any. */
const provinceAnnexLabel = (view: RoundView): string =>
  view.unreadable.length > 0 ? 'Phụ lục III' : 'Phụ lục II';

export const untakenColumns = [
  { label: 'TT', width: 5, align: 'center' },
  { label: 'Dòng', width: 7, align: 'center' },
  { label: 'Nhiệm vụ của tỉnh', width: 60 },
  { label: 'Đơn vị chủ trì', width: 25 },
  { label: 'Đơn vị phối hợp', width: 28 },
] as const;

export const untakenRows = (view: RoundView): string[][] =>
  untakenProvinceTasks(view).map(({ row, position }, index) => [
    String(index + 1),
    String(position),
    [row.generalTask.trim(), row.specificTask.trim()].filter(Boolean).join('\n'),
    row.leadUnit,
    row.coordinatingUnits.join('; '),
  ]);

export interface AnnexHeading {
  label: string;
  title: string;
  attachment: string;
}

/**
 * The annexes' headings: the table of units, the files not read, and the province's tasks
 * nobody took up (numbered after the files not read when there are some).
 */
export function summaryAnnexHeadings(
  round: RoundSettings,
  view: RoundView,
  options: RoundExportOptions,
): [AnnexHeading, AnnexHeading, AnnexHeading] {
  const sender = senderOf(options);
  const date = sender.issueDate === null ? '…/…/…' : formatDate(sender.issueDate);
  const attachment = `(Kèm theo Báo cáo số      /BC-${sender.abbreviation.trim() || 'SNV'} ngày ${date} của ${sender.name}; số liệu tính đến ngày ${formatDate(options.asOf)})`;
  return [
    {
      label: 'PHỤ LỤC I',
      title: `KẾT QUẢ KIỂM TRA KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${yearOf(round, view)} CỦA CÁC CƠ QUAN, ĐƠN VỊ`,
      attachment,
    },
    { label: 'PHỤ LỤC II', title: 'CÁC TỆP KHÔNG ĐỌC ĐƯỢC', attachment },
    {
      label: provinceAnnexLabel(view).toLocaleUpperCase('vi-VN'),
      title:
        'NHIỆM VỤ CỦA KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA TỈNH CHƯA CƠ QUAN, ĐƠN VỊ NÀO THỰC HIỆN',
      attachment,
    },
  ];
}

// The comment letter (Phiếu góp ý) to one unit.

export const letterNumberLine = (sender: RoundSender): string =>
  `Số:      /${sender.abbreviation.trim() || 'SNV'}-CCHC`;

export const letterExcerpt = (unit: RoundUnit): string =>
  `V/v góp ý Kế hoạch CCHC năm ${unit.checked.summary.planYear} của ${unitNameOf(unit)}`;

export const letterAddressee = (unit: RoundUnit): string => `Kính gửi: ${unitNameOf(unit)}.`;

export function letterIntroduction(unit: RoundUnit, sender: RoundSender): string {
  const { summary } = unit.checked;
  // A plan with its symbol but no number yet ("KH-SGTVT") reads as the decree writes a blank one.
  const written = summary.documentNumber.includes('/')
    ? summary.documentNumber
    : `…/${summary.documentNumber}`;
  const number = summary.documentNumber === '' ? '' : ` số ${written}`;
  const date = summary.issueDate === null ? '' : ` ngày ${formatDate(summary.issueDate)}`;
  const template = templateById(summary.template).shortTitle;
  return `${sender.name} nhận được Kế hoạch${number}${date} của ${unitNameOf(unit)} về cải cách hành chính năm ${summary.planYear}. Đối chiếu với hướng dẫn tại Công văn số 219/SNV-CCHC&ĐT và ${template}, ${sender.name} có ý kiến như sau:`;
}

export interface LetterGroup {
  heading: string;
  lines: TextLine[];
}

const groupHeadings: Record<Severity, (count: number) => string> = {
  loi: (n) => `Những nội dung chưa đúng hướng dẫn, phải sửa (${formatAmount(n)} lỗi)`,
  'canh-bao': (n) => `Những nội dung cần rà soát lại (${formatAmount(n)} cảnh báo)`,
  'goi-y': (n) => `Gợi ý để hoàn thiện kế hoạch (${formatAmount(n)} gợi ý)`,
};

/** "Bảng mục III, dòng 3: … (căn cứ: Công văn 219, mục I.2)." */
export const findingSentence = (finding: Finding): string => {
  const message = finding.message.trim().replace(/[.;:]$/, '');
  return `${finding.where}: ${message} (căn cứ: ${finding.citation.label}).`;
};

/** The findings by severity, most serious first, numbered 1, 2, 3 as they are present. */
export function letterGroups(unit: RoundUnit): LetterGroup[] {
  return severityOrder
    .map((severity) => unitFindings(unit).filter((finding) => finding.severity === severity))
    .map((findings, index) => ({ severity: severityOrder[index]!, findings }))
    .filter((group) => group.findings.length > 0)
    .map((group, index) => ({
      heading: `${index + 1}. ${groupHeadings[group.severity](group.findings.length)}`,
      lines: group.findings.map((finding) => ({ bullet: true, text: findingSentence(finding) })),
    }));
}

export function letterClosing(unit: RoundUnit, sender: RoundSender): string[] {
  const unitName = unitNameOf(unit);
  const counts = unitCounts(unit);
  if (unitFindings(unit).length === 0) {
    return [
      `Kế hoạch đã đáp ứng các yêu cầu theo hướng dẫn; ${sender.name} không có ý kiến góp ý thêm.`,
      `Đề nghị ${unitName} tổ chức thực hiện Kế hoạch và báo cáo kết quả theo quy định./.`,
    ];
  }
  return [
    counts.loi > 0
      ? `Đề nghị ${unitName} nghiên cứu, sửa các nội dung nêu tại mục 1, rà soát các nội dung còn lại, ban hành lại Kế hoạch và gửi ${sender.name} để tổng hợp, báo cáo ${provinceCommittee(sender)}./.`
      : `Đề nghị ${unitName} nghiên cứu, hoàn thiện Kế hoạch trong quá trình tổ chức thực hiện./.`,
  ];
}

export const letterRecipients = (): string[] =>
  recipientLines({ recipients: ['Như trên', 'Lưu: VT, CCHC'] });

// Figures for any format.

export const unitTypeLabel = (unit: RoundUnit): string =>
  unitTypeLabels[unit.checked.summary.unitType] ?? unit.checked.summary.unitType;

export const budgetLabel = (unit: RoundUnit): string => formatVnd(unit.checked.summary.budgetVnd);
