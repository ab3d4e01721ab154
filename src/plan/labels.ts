/**
 * Vietnamese names of the plan's fields, in one place: the JSON Schema titles, the reader's
 * problem locations and the checker's messages all say the same words as the builder's labels.
 * Column names come from the outline's table data so that they match the published outline.
 */
import { tableColumns } from '../outline/data.ts';
import type { TableColumn } from '../outline/schema.ts';

function columnLabel(id: TableColumn['id']): string {
  return tableColumns.find((column) => column.id === id)?.label ?? id;
}

export const unitLabels = {
  parentAgency: 'Cơ quan chủ quản',
  name: 'Tên cơ quan, đơn vị ban hành',
  type: 'Loại đơn vị',
} as const;

export const documentLabels = {
  number: 'Số văn bản',
  symbol: 'Ký hiệu văn bản',
  place: 'Địa danh',
  issueDate: 'Ngày ban hành',
  signingForm: 'Thẩm quyền ký (KT., TM., …)',
  signingFor: 'Ký thay, thay mặt cho',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ và tên người ký',
  recipients: 'Nơi nhận',
} as const;

export const provincePlanLabels = {
  reference: 'Kế hoạch CCHC năm của tỉnh làm căn cứ',
  issueDate: 'Ngày ban hành kế hoạch của tỉnh',
} as const;

export const rowLabels = {
  id: 'Mã dòng',
  areaId: 'Lĩnh vực',
  generalTask: columnLabel('generalTask'),
  specificTask: columnLabel('specificTask'),
  products: columnLabel('products'),
  leadUnit: columnLabel('leadUnit'),
  coordinatingUnits: columnLabel('coordinatingUnits'),
  from: `${columnLabel('period')} (từ)`,
  to: `${columnLabel('period')} (đến)`,
  budgetVnd: columnLabel('budgetVnd'),
  notes: columnLabel('notes'),
  progress: 'Tiến độ thực hiện',
} as const;

export const monthYearLabels = { month: 'tháng', year: 'năm' } as const;

/** A task's progress through the year (file version 3). */
export const progressLabels = {
  status: 'Tình trạng thực hiện',
  completedOn: 'Thời điểm hoàn thành',
  result: 'Kết quả, sản phẩm đã có',
  evidence: 'Tài liệu kiểm chứng',
  note: 'Ghi chú, lý do',
} as const;

/** The periodic CCHC reports (file version 3). */
export const reportingLabels = {
  calendar: 'Lịch báo cáo',
  reports: 'Nội dung báo cáo',
} as const;

export const periodCalendarLabels = {
  dataFrom: 'Số liệu từ ngày',
  dataTo: 'Số liệu đến ngày',
  deadline: 'Hạn gửi báo cáo',
} as const;

export const periodReportLabels = {
  sentOn: 'Ngày gửi báo cáo',
  highlights: 'III. Đánh giá chung: kết quả nổi bật',
  shortcomings: 'III. Đánh giá chung: tồn tại, hạn chế và nguyên nhân',
  nextSteps: 'IV. Phương hướng, nhiệm vụ kỳ tới',
  proposals: 'V. Đề xuất, kiến nghị',
} as const;

export const organisationLabels = {
  responsibilities: 'Trách nhiệm tổ chức thực hiện',
  monitoring: 'Theo dõi, kiểm tra, đôn đốc',
  funding: 'Kinh phí thực hiện',
  reporting: 'Báo cáo, tổng kết, đánh giá',
} as const;

export const inspectionPlanLabels = {
  scope: 'Nội dung kiểm tra',
  targets: 'Cơ quan, đơn vị được kiểm tra',
  timing: 'Thời gian kiểm tra',
  leadUnit: 'Đơn vị chủ trì kiểm tra',
} as const;

export const disseminationPlanLabels = {
  content: 'Nội dung tuyên truyền, quán triệt',
  audiences: 'Đối tượng',
  methods: 'Hình thức',
  leadUnit: 'Đơn vị chủ trì tuyên truyền',
} as const;

export const sectionLabels = {
  format: 'Trường “format”',
  version: 'Trường “version”',
  $schema: 'Trường “$schema”',
  template: 'Đề cương áp dụng',
  unit: 'Thông tin đơn vị',
  planYear: 'Năm kế hoạch',
  document: 'Thông tin văn bản',
  provincePlan: 'Căn cứ kế hoạch của tỉnh',
  objectives: 'Mục I. Mục tiêu',
  tasks: 'Mục II. Nhiệm vụ cải cách hành chính',
  rows: 'Mục III. Kế hoạch triển khai',
  organisation: 'Mục IV. Tổ chức thực hiện',
  inspectionPlan: 'Kế hoạch kiểm tra CCHC',
  disseminationPlan: 'Kế hoạch tuyên truyền CCHC',
  reporting: 'Theo dõi và báo cáo',
} as const;

// In a module of their own: the builder names unit types at start-up, before it needs any other label.
export { unitTypeLabels } from './unit-type-labels.ts';
