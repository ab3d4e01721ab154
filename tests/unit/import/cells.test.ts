/** The stated rules for a table's cells: time phrases, budgets, unit lists, column headers. */
import { describe, expect, it } from 'vitest';
import { readBudget } from '../../../src/import/docx/budget.ts';
import { fieldOfHeader } from '../../../src/import/docx/columns.ts';
import { nameCase, unitTypeOf } from '../../../src/import/docx/header.ts';
import { readTime } from '../../../src/import/docx/time.ts';
import { splitListLines, splitUnits } from '../../../src/import/docx/units.ts';

const months = (text: string, year = 2014) => {
  const reading = readTime(text, year);
  return [reading.kind, reading.from.month, reading.from.year, reading.to.month, reading.to.year];
};

describe('time phrases → months of the plan year', () => {
  it.each([
    ['Quý I/2014', ['exact', 1, 2014, 3, 2014]],
    ['Quý IV', ['exact', 10, 2014, 12, 2014]],
    ['quý II - quý III', ['exact', 4, 2014, 9, 2014]],
    ['Quý I, II năm 2014', ['exact', 1, 2014, 6, 2014]],
    ['Tháng 6/2014', ['exact', 6, 2014, 6, 2014]],
    ['Tháng 6', ['exact', 6, 2014, 6, 2014]],
    ['Tháng 12/2013', ['exact', 12, 2013, 12, 2013]],
    ['01/2026 - 06/2026', ['exact', 1, 2026, 6, 2026]],
    ['03/2013', ['exact', 3, 2013, 3, 2013]],
    ['…/2013 - 06/2013', ['exact', null, 2013, 6, 2013]],
    ['Từ tháng 8 đến tháng 10/2014', ['exact', 8, 2014, 10, 2014]],
    ['Tháng 8 - 10/2014', ['exact', 8, 2014, 10, 2014]],
    ['Cả năm', ['exact', 1, 2014, 12, 2014]],
    ['Năm 2014', ['exact', 1, 2014, 12, 2014]],
    ['6 tháng đầu năm', ['exact', 1, 2014, 6, 2014]],
    ['6 tháng cuối năm', ['exact', 7, 2014, 12, 2014]],
    ['15/3/2014', ['exact', 3, 2014, 3, 2014]],
    ['Trước 30/9/2014', ['inexact', 1, 2014, 9, 2014]],
    ['Trước ngày 01/10', ['inexact', 1, 2014, 9, 2014]],
    ['Hoàn thành trước tháng 9/2014', ['inexact', 1, 2014, 8, 2014]],
    ['Thường xuyên', ['inexact', 1, 2014, 12, 2014]],
    ['Hằng quý', ['inexact', 1, 2014, 12, 2014]],
    ['Khi có chỉ đạo', ['unread', null, 2014, null, 2014]],
    ['', ['unread', null, 2014, null, 2014]],
  ])('%s', (text, expected) => expect(months(text)).toEqual(expected));
});

describe('budget text → whole đồng', () => {
  it.each([
    ['15.000.000', 1, { kind: 'exact', vnd: 15_000_000 }],
    ['15', 1_000_000, { kind: 'exact', vnd: 15_000_000 }],
    ['20,5', 1_000_000, { kind: 'exact', vnd: 20_500_000 }],
    ['10 triệu đồng', 1, { kind: 'exact', vnd: 10_000_000 }],
    ['1,5 tỷ', 1, { kind: 'exact', vnd: 1_500_000_000 }],
    ['0', 1, { kind: 'exact', vnd: 0 }],
    ['', 1, { kind: 'exact', vnd: null }],
    ['Lồng ghép', 1, { kind: 'words', vnd: null }],
    ['Theo dự toán được giao', 1, { kind: 'words', vnd: null }],
    ['Kinh phí chi thường xuyên', 1, { kind: 'words', vnd: null }],
    ['Theo dự toán năm 2014', 1, { kind: 'words', vnd: null }],
    ['Tỉnh: 10.000.000; huyện: 5.000.000', 1, { kind: 'words', vnd: null }],
    ['10.000.000 (ngân sách tỉnh)', 1, { kind: 'with-words', vnd: 10_000_000 }],
    ['999.999.999.999.999', 1, { kind: 'words', vnd: null }],
  ])('%s (unit %d)', (text, unit, expected) => expect(readBudget(text, unit)).toEqual(expected));
});

describe('coordinating units', () => {
  it('split on semicolons, lines and leading dashes, never on a comma', () => {
    expect(splitUnits(['Phòng Kinh tế, Hạ tầng và Đô thị'])).toEqual([
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    ]);
    expect(splitUnits(['Văn phòng Sở; Thanh tra Sở.'])).toEqual(['Văn phòng Sở', 'Thanh tra Sở']);
    expect(
      splitUnits(['- Phòng Tư pháp;', '- Phòng Văn hóa - Xã hội', '+ UBND các xã, thị trấn']),
    ).toEqual(['Phòng Tư pháp', 'Phòng Văn hóa - Xã hội', 'UBND các xã, thị trấn']);
  });

  it('list cells: dashed items, a wrapped line joins its item', () => {
    expect(splitListLines(['- Báo cáo', 'tổng hợp', '- Quyết định'])).toEqual([
      'Báo cáo tổng hợp',
      'Quyết định',
    ]);
    expect(splitListLines(['Báo cáo', 'Quyết định'])).toEqual(['Báo cáo', 'Quyết định']);
  });
});

describe('headers and names', () => {
  it.each([
    ['TT', 'number'],
    ['STT', 'number'],
    ['Nội dung', 'content'],
    ['Nội dung nhiệm vụ', 'content'],
    ['Nhiệm vụ cụ thể', 'specificTask'],
    ['Nhiệm vụ chung', 'generalTask'],
    ['Thời gian hoàn thành', 'period'],
    ['Kinh phí (triệu đồng)', 'budget'],
    ['Nguồn kinh phí', undefined],
    ['Đơn vị chủ trì', 'leadUnit'],
    ['Cơ quan phối hợp', 'coordinatingUnits'],
    ['Sản phẩm', 'products'],
    ['Ghi chú', 'notes'],
  ])('%s', (header, field) => expect(fieldOfHeader(header)).toBe(field));

  it('reads unit names and types from the header', () => {
    expect(nameCase('SỞ TƯ PHÁP')).toBe('Sở Tư pháp');
    expect(nameCase('UBND TỈNH LÂM PHONG')).toBe('UBND tỉnh Lâm Phong');
    expect(nameCase('ỦY BAN NHÂN DÂN PHƯỜNG MẪU ĐÔNG')).toBe('UBND phường Mẫu Đông');
    expect(unitTypeOf('Sở Tư pháp', 'UBND tỉnh Lâm Phong')).toBe('so');
    expect(unitTypeOf('UBND huyện Mẫu Sơn', 'UBND tỉnh Mẫu')).toBe('huyen');
    expect(unitTypeOf('UBND phường Mẫu Đông', 'UBND tỉnh Mẫu')).toBe('xa');
    expect(unitTypeOf('UBND xã Tân An', '')).toBe('xa');
    expect(unitTypeOf('UBND tỉnh Mẫu', '')).toBe('tinh');
    expect(unitTypeOf('UBND thành phố Mẫu', 'UBND tỉnh Mẫu')).toBe('huyen');
  });
});
