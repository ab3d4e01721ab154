/** Two real-looking Word plans, one per template, laid out as units write them. */
import { describe, expect, it } from 'vitest';
import { readDocxPlan } from '../../../src/import/docx/index.ts';
import { readPlanValue } from '../../../src/plan/read/index.ts';
import { outlineHeader, p, table, tabbed, wordFile } from './word-files.ts';

/** Sở Tư pháp, 2014, the 2012 outline: header table, body table, vertical merges. */
async function soPlan(): Promise<Uint8Array> {
  return wordFile([
    {
      children: [
        table([
          [
            ['UBND TỈNH LÂM PHONG', 'SỞ TƯ PHÁP'],
            ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
          ],
          ['Số: 45/KH-STP', 'Lâm Phong, ngày 20 tháng 12 năm 2013'],
        ]),
        p('KẾ HOẠCH'),
        p('Cải cách hành chính năm 2014'),
        p('Dự thảo lần 2, xin ý kiến các phòng.'),
        p(
          'Căn cứ Quyết định số 2011/QĐ-UBND ngày 10/12/2013 của UBND tỉnh Lâm Phong ban hành Kế hoạch cải cách hành chính năm 2014;',
        ),
        p('Sở Tư pháp ban hành Kế hoạch cải cách hành chính năm 2014 như sau:'),
        p('I. MỤC TIÊU'),
        p('- 100% thủ tục hành chính được công khai đúng quy định.'),
        p('- Không có hồ sơ trễ hạn.'),
        p('II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'),
        p('1. Cải cách thể chế'),
        p('- Rà soát văn bản quy phạm pháp luật.'),
        p('III. KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC'),
        table([
          outlineHeader,
          [{ text: 'I. CẢI CÁCH THỂ CHẾ', columnSpan: 9 }],
          [
            '1',
            { text: 'Rà soát, hệ thống hóa văn bản', rowSpan: 2 },
            'Rà soát văn bản QPPL năm 2013',
            ['- Báo cáo rà soát', '- Danh mục văn bản'],
            'Phòng Xây dựng và Kiểm tra văn bản',
            ['- Văn phòng Sở;', '- Phòng Kinh tế, Hạ tầng và Đô thị'],
            'Quý I/2014',
            '15.000.000',
            '',
          ],
          [
            '2',
            'Hệ thống hóa văn bản kỳ 2014',
            'Báo cáo',
            'Phòng Xây dựng và Kiểm tra văn bản',
            'Văn phòng Sở; Thanh tra Sở',
            'Từ tháng 8 đến tháng 10/2014',
            'Lồng ghép',
            '',
          ],
          [{ text: 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', columnSpan: 9 }],
          [
            '1',
            'Kiểm soát TTHC',
            'Công bố TTHC mới',
            'Quyết định công bố',
            'Văn phòng Sở',
            '',
            'Thường xuyên',
            '0',
            'Theo quy định',
          ],
          [
            '2',
            'Kiểm soát TTHC',
            'Rà soát TTHC',
            'Báo cáo',
            'Văn phòng Sở',
            '',
            'Trước 30/9/2014',
            '',
            '',
          ],
          [{ text: 'IV. Xây dựng và nâng cao chất lượng đội ngũ CBCCVC', columnSpan: 9 }],
          [
            '1',
            'Đào tạo',
            'Bồi dưỡng công chức',
            'Lớp bồi dưỡng',
            'Văn phòng Sở',
            '',
            'Tháng 6/2014',
            'Theo dự toán được giao',
            '',
          ],
          [{ text: 'Cộng', columnSpan: 7 }, '15.000.000', ''],
        ]),
        p('IV. TỔ CHỨC THỰC HIỆN'),
        p('1. Trách nhiệm tổ chức thực hiện'),
        p('- Các phòng thực hiện kế hoạch này.'),
      ],
    },
  ]);
}

/** UBND phường, 2026, the programme: tab-separated header lines, 7 columns, landscape annex. */
async function phuongPlan(): Promise<Uint8Array> {
  return wordFile([
    {
      children: [
        tabbed('UBND TỈNH MẪU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
        tabbed('UBND PHƯỜNG MẪU ĐÔNG', 'Độc lập - Tự do - Hạnh phúc'),
        tabbed('Số: 12/KH-UBND', 'Mẫu Đông, ngày 05 tháng 01 năm 2026'),
        p('KẾ HOẠCH'),
        p('Cải cách hành chính năm 2026'),
        p('Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;'),
        p('I. MỤC TIÊU'),
        p('Nâng cao chỉ số hài lòng của người dân.'),
        p('II. NHIỆM VỤ'),
        p('5. Cải cách chế độ công vụ'),
        p('- Tuyển dụng công chức theo vị trí việc làm.'),
        p('III. KẾ HOẠCH TRIỂN KHAI'),
        p('(Chi tiết tại Phụ lục kèm theo)'),
      ],
    },
    {
      landscape: true,
      children: [
        p('PHỤ LỤC'),
        table([
          [
            'TT',
            'Nội dung nhiệm vụ',
            'Sản phẩm',
            'Đơn vị chủ trì',
            'Đơn vị phối hợp',
            'Thời gian hoàn thành',
            'Kinh phí (triệu đồng)',
          ],
          ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '', '', '', '', ''],
          [
            '1',
            'Ban hành kế hoạch CCHC năm 2026',
            'Kế hoạch',
            'Văn phòng HĐND và UBND phường',
            'Phòng Văn hóa - Xã hội',
            'Quý I',
            '15',
          ],
          [
            '2',
            'Tự đánh giá chỉ số CCHC',
            'Báo cáo',
            'Văn phòng HĐND và UBND phường',
            '',
            '6 tháng cuối năm',
            '20,5',
          ],
          ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', '', '', '', '', ''],
          [
            '1',
            'Đánh giá công chức',
            'Báo cáo đánh giá',
            'Văn phòng HĐND và UBND phường',
            'Phòng Kinh tế, Hạ tầng và Đô thị',
            '01/2026 - 06/2026',
            '10 triệu đồng',
          ],
          [
            '2',
            'Bồi dưỡng công chức',
            'Lớp học',
            'Văn phòng HĐND và UBND phường',
            '',
            'Cả năm',
            'Kinh phí chi thường xuyên',
          ],
          ['VII', 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ', '', '', '', '', ''],
          [
            '1',
            'Số hóa hồ sơ',
            'Hồ sơ số',
            'Trung tâm Phục vụ hành chính công phường',
            '',
            '6 tháng đầu năm',
            '',
          ],
        ]),
      ],
    },
  ]);
}

describe('a Sở plan for 2014 on the 2012 outline', async () => {
  const result = readDocxPlan(await soPlan());
  if (!result.ok) throw new Error(result.message);
  const { plan, report } = result;

  it('reads the header table: unit, number, place and date, year, template', () => {
    expect(plan.unit).toEqual({
      parentAgency: 'UBND tỉnh Lâm Phong',
      name: 'Sở Tư pháp',
      type: 'so',
    });
    expect(plan.document).toMatchObject({
      number: '45',
      symbol: 'KH-STP',
      place: 'Lâm Phong',
      issueDate: '2013-12-20',
    });
    expect(plan.planYear).toBe(2014);
    expect(plan.template).toBe('de-cuong-2012');
    expect(plan.provincePlan).toEqual({
      reference:
        'Quyết định số 2011/QĐ-UBND ngày 10/12/2013 của UBND tỉnh Lâm Phong ban hành Kế hoạch cải cách hành chính năm 2014',
      issueDate: '2013-12-10',
    });
  });

  it('reads the sections', () => {
    expect(plan.objectives).toEqual([
      '100% thủ tục hành chính được công khai đúng quy định.',
      'Không có hồ sơ trễ hạn.',
    ]);
    expect(plan.tasks['the-che']).toBe('- Rà soát văn bản quy phạm pháp luật.');
    expect(plan.organisation.responsibilities).toBe('- Các phòng thực hiện kế hoạch này.');
  });

  it('puts every task in its area, the merged general task in each row, skips the total', () => {
    expect(plan.rows.map((row) => row.areaId)).toEqual([
      'the-che',
      'the-che',
      'thu-tuc-hanh-chinh',
      'thu-tuc-hanh-chinh',
      'can-bo-cong-chuc',
    ]);
    expect(plan.rows[0]?.generalTask).toBe('Rà soát, hệ thống hóa văn bản');
    expect(plan.rows[1]?.generalTask).toBe('Rà soát, hệ thống hóa văn bản');
    expect(report.rowsByArea).toMatchObject({
      'the-che': 2,
      'thu-tuc-hanh-chinh': 2,
      'can-bo-cong-chuc': 1,
    });
  });

  it('reads lists, units, times and budgets, keeping inexact ones in notes', () => {
    const [first, second, third, fourth, fifth] = plan.rows;
    expect(first).toMatchObject({
      products: ['Báo cáo rà soát', 'Danh mục văn bản'],
      coordinatingUnits: ['Văn phòng Sở', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
      from: { month: 1, year: 2014 },
      to: { month: 3, year: 2014 },
      budgetVnd: 15_000_000,
      notes: '',
    });
    expect(second).toMatchObject({
      coordinatingUnits: ['Văn phòng Sở', 'Thanh tra Sở'],
      from: { month: 8, year: 2014 },
      to: { month: 10, year: 2014 },
      budgetVnd: null,
      notes: '[Nhập từ Word] Kinh phí (đồng): Lồng ghép',
    });
    expect(third).toMatchObject({ from: { month: 1 }, to: { month: 12 }, budgetVnd: 0 });
    expect(third?.notes).toBe('Theo quy định\n[Nhập từ Word] Thời gian thực hiện: Thường xuyên');
    expect(fourth).toMatchObject({ from: { month: 1 }, to: { month: 9 }, budgetVnd: null });
    expect(fourth?.notes).toBe('[Nhập từ Word] Thời gian thực hiện: Trước 30/9/2014');
    expect(fifth).toMatchObject({
      from: { month: 6, year: 2014 },
      to: { month: 6, year: 2014 },
      budgetVnd: null,
    });
    expect(fifth?.notes).toContain('Theo dự toán được giao');
  });

  it('reports what went to notes and the text outside the sections, with where', () => {
    const where = report.items.map((item) => `${item.kind} ${item.where}`);
    expect(where).toContain('notes Bảng 2, dòng 4, cột “Kinh phí (đồng)”');
    expect(where).toContain('notes Bảng 2, dòng 6, cột “Thời gian thực hiện”');
    const stray = report.items.find((item) => item.text.includes('Dự thảo lần 2'));
    expect(stray).toMatchObject({ kind: 'unread', where: 'Đoạn 3' });
    expect(readPlanValue(plan).ok).toBe(true);
  });
});

describe('a UBND phường plan for 2026 on the programme', async () => {
  const result = readDocxPlan(await phuongPlan());
  if (!result.ok) throw new Error(result.message);
  const { plan, report } = result;

  it('reads tab-separated header lines and picks the programme from Nghị quyết 76', () => {
    expect(plan.unit).toEqual({
      parentAgency: 'UBND tỉnh Mẫu',
      name: 'UBND phường Mẫu Đông',
      type: 'xa',
    });
    expect(plan.document).toMatchObject({
      number: '12',
      symbol: 'KH-UBND',
      place: 'Mẫu Đông',
      issueDate: '2026-01-05',
    });
    expect(plan.planYear).toBe(2026);
    expect(plan.template).toBe('chuong-trinh-2021-2030');
    expect(plan.tasks['che-do-cong-vu']).toBe('- Tuyển dụng công chức theo vị trí việc làm.');
  });

  it('reads the 7-column table in the landscape annex, millions from the header', () => {
    expect(report.tables).toEqual(['Bảng 1 (trang khổ ngang)']);
    expect(plan.rows.map((row) => [row.areaId, row.specificTask, row.budgetVnd])).toEqual([
      ['chi-dao-dieu-hanh', 'Ban hành kế hoạch CCHC năm 2026', 15_000_000],
      ['chi-dao-dieu-hanh', 'Tự đánh giá chỉ số CCHC', 20_500_000],
      ['che-do-cong-vu', 'Đánh giá công chức', 10_000_000],
      ['che-do-cong-vu', 'Bồi dưỡng công chức', null],
      ['chinh-phu-so', 'Số hóa hồ sơ', null],
    ]);
    expect(plan.rows.map((row) => [row.from.month, row.to.month])).toEqual([
      [1, 3],
      [7, 12],
      [1, 6],
      [1, 12],
      [1, 6],
    ]);
    expect(plan.rows[2]?.coordinatingUnits).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(plan.rows[3]?.notes).toBe(
      '[Nhập từ Word] Kinh phí (triệu đồng): Kinh phí chi thường xuyên',
    );
  });

  it('lists the text outside the sections it knows', () => {
    expect(
      report.items.some(
        (item) => item.kind === 'unread' && item.text.includes('Chi tiết tại Phụ lục'),
      ),
    ).toBe(true);
  });
});

describe('other table layouts', () => {
  it('a two-row header ("Phân công" over "Chủ trì", "Phối hợp"), a numbering row, start and end columns, a group row', async () => {
    const bytes = await wordFile([
      {
        children: [
          p('KẾ HOẠCH'),
          p('Cải cách hành chính năm 2015'),
          table([
            [
              { text: 'STT', rowSpan: 2 },
              { text: 'Nội dung công việc', rowSpan: 2 },
              { text: 'Phân công', columnSpan: 2 },
              { text: 'Thời gian', columnSpan: 2 },
              { text: 'Dự toán kinh phí (nghìn đồng)', rowSpan: 2 },
              { text: 'Nguồn kinh phí', rowSpan: 2 },
            ],
            ['Chủ trì', 'Phối hợp', 'Bắt đầu', 'Kết thúc'],
            ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
            [{ text: 'II. Cải cách thủ tục hành chính', columnSpan: 8 }],
            [{ text: '1. Rà soát thủ tục hành chính', columnSpan: 8 }],
            [
              'a',
              'Rà soát TTHC lĩnh vực đất đai',
              'Văn phòng',
              'Phòng Tài nguyên và Môi trường',
              'Tháng 3',
              'Tháng 5/2015',
              '5.000',
              'Ngân sách huyện',
            ],
          ]),
        ],
      },
    ]);
    const result = readDocxPlan(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.rows).toEqual([
      {
        id: 'w-1',
        areaId: 'thu-tuc-hanh-chinh',
        generalTask: '1. Rà soát thủ tục hành chính',
        specificTask: 'Rà soát TTHC lĩnh vực đất đai',
        products: [],
        leadUnit: 'Văn phòng',
        coordinatingUnits: ['Phòng Tài nguyên và Môi trường'],
        from: { month: 3, year: 2015 },
        to: { month: 5, year: 2015 },
        budgetVnd: 5_000_000,
        notes: '[Nhập từ Word] Nguồn kinh phí: Ngân sách huyện',
      },
    ]);
    expect(result.report.items).toEqual([
      {
        kind: 'notes',
        where: 'Bảng 1, dòng 6, cột “Nguồn kinh phí”',
        text: 'Cột không thuộc trường nào: “Ngân sách huyện” đưa vào Ghi chú.',
      },
    ]);
  });

  it('an annex split into two tables keeps the area across them', async () => {
    const head = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', 'Kinh phí'];
    const bytes = await wordFile([
      {
        landscape: true,
        children: [
          p('KẾ HOẠCH'),
          p('Cải cách hành chính năm 2014'),
          table([
            head,
            ['VI', 'HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH', '', '', ''],
            ['1', 'Áp dụng ISO', 'Văn phòng', 'Quý II', ''],
          ]),
          p(''),
          table([head, ['2', 'Cập nhật phần mềm một cửa', 'Văn phòng', 'Quý III', '']]),
        ],
      },
    ]);
    const result = readDocxPlan(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.rows.map((row) => [row.areaId, row.specificTask])).toEqual([
      ['hien-dai-hoa', 'Áp dụng ISO'],
      ['hien-dai-hoa', 'Cập nhật phần mềm một cửa'],
    ]);
    expect(result.report.tables).toEqual(['Bảng 1 (trang khổ ngang)', 'Bảng 2 (trang khổ ngang)']);
  });
});
