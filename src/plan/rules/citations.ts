/**
 * The paragraphs the rules cite, by the anchors the site gives them. One list, so that an anchor
 * renamed on the site is renamed here once.
 */
import { areaOf, templateById, type AreaId, type OutlineTemplate } from '../templates.ts';
import type { Citation } from './types.ts';

const letter = (anchor: string, label: string): Citation => ({ page: 'huong-dan', anchor, label });
const outline = (anchor: string, label: string): Citation => ({ page: 'de-cuong', anchor, label });
const programme = (anchor: string, label: string): Citation => ({
  page: 'chuong-trinh-2021-2030',
  anchor,
  label,
});
/** The site's page on carrying the plan out, which states each source and this tool's choices. */
const tracking = (anchor: string, label: string): Citation => ({
  page: 'theo-doi-bao-cao',
  anchor,
  label,
});

export const citations = {
  /** I. Công tác xây dựng kế hoạch. */
  planning: letter('i', 'Công văn 219, mục I'),
  /** I.1 Mục tiêu. */
  objectives: letter('i-1', 'Công văn 219, mục I.1'),
  /** I.2 Nhiệm vụ: all areas covered, funds allocated. */
  tasks: letter('i-2', 'Công văn 219, mục I.2'),
  /** I.2, second bullet: unit in charge, results, deadline, budget; one unit per task. */
  taskAccountability: letter('i-2', 'Công văn 219, mục I.2, gạch đầu dòng thứ hai'),
  /** I.3: plans issued before the province's are reviewed against it. */
  provincePlan: letter('i-3', 'Công văn 219, mục I.3'),
  /** I, last paragraph: from 2013, built in Q4 and issued by 31 December. */
  deadline: letter('thoi-han', 'Công văn 219, mục I, đoạn cuối'),
  /** II. Công tác kiểm tra: also the inspection of "tiến độ thực hiện các nhiệm vụ" of the plan. */
  inspection: letter('ii', 'Công văn 219, mục II'),
  /** III. Công tác tuyên truyền. */
  dissemination: letter('iii', 'Công văn 219, mục III'),
  /** Outline I: objectives specific, clear, trackable. */
  outlineObjectives: outline('i', 'Đề cương, mục I'),
  /** Outline II: tasks per area. */
  outlineTasks: outline('ii', 'Đề cương, mục II'),
  /** Outline III: the implementation table. */
  outlineTable: outline('iii', 'Đề cương, mục III'),
  /** Outline IV: organisation of implementation. */
  outlineOrganisation: outline('iv', 'Đề cương, mục IV'),
  /** The programme's page: who plans since the district level ended (1/7/2025). */
  planningUnits: programme('don-vi-lap-ke-hoach', 'Chương trình 2021–2030, đơn vị lập kế hoạch'),
  /** The programme's page: the 2025 mergers and the units that took over, with their sources. */
  unitChanges2025: programme(
    'ten-don-vi-sau-sap-xep-nam-2025',
    'Chương trình 2021–2030, tên đơn vị sau sắp xếp năm 2025',
  ),
  /** 581/BNV-CCHC: quarterly, six-month and annual reports, their data windows and deadlines. */
  reportingCycle: tracking('ky-bao-cao', 'Công văn 581/BNV-CCHC, kỳ báo cáo'),
  /** This tool's four statuses (no official list exists) and how each counts. */
  taskStatuses: tracking('trang-thai-nhiem-vu', 'Theo dõi và báo cáo, trạng thái nhiệm vụ'),
  /** done ÷ (planned − dropped). */
  completionRate: tracking('ty-le-hoan-thanh', 'Theo dõi và báo cáo, tỷ lệ hoàn thành'),
  /** Cà Mau's 2013 PAR INDEX for departments: the plan carried out and the periodic reports. */
  parIndexTracking: tracking('cham-diem', 'QĐ 1880/QĐ-UBND tỉnh Cà Mau năm 2013, chấm điểm'),
  /** The usual shape of a periodic report (I–V and annex tables). */
  reportShape: tracking('mau-bao-cao', 'Theo dõi và báo cáo, mẫu báo cáo'),
} as const;

/** The section of one area in the plan's template: outline II.n, or the programme's area n. */
export function outlineArea(template: OutlineTemplate, areaId: AreaId): Citation {
  const order = areaOf(template, areaId)?.order;
  if (order === undefined) return citations.outlineTasks;
  return {
    page: template.page,
    anchor: `${template.areaAnchorPrefix}${order}`,
    label: `${template.areaCitationLabel}${order}`,
  };
}

/** The 2012 outline, whose wording the unit-type rules quote; rule-level citations point to it. */
export const outline2012 = templateById('de-cuong-2012');
