/** Reading unit names: one unit, several, a group, or nobody in particular. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastFold } from '../../../src/plan/fast-fold.ts';
import { readUnitName } from '../../../src/plan/index.ts';
import { unitKey } from '../../../src/plan/unit-names.ts';
import { fold } from '../../../src/text/vietnamese.ts';

describe('readUnitName', () => {
  it.each([
    'Phòng Nội vụ',
    'Văn phòng HĐND và UBND huyện',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Phòng Lao động - Thương binh và Xã hội',
    'Phòng Quản lý vận tải, phương tiện và người lái',
    'Đài Phát thanh và Truyền hình tỉnh',
    'Bộ phận tiếp nhận và trả kết quả',
    'Trung tâm Văn hóa - Thể thao huyện',
    'Ban Quản lý dự án đầu tư xây dựng huyện',
    'Lãnh đạo Sở',
  ])('reads “%s” as one named unit', (name) => {
    const { units, group, vague } = readUnitName(name);
    expect({ units, group, vague }).toEqual({ units: [] });
  });

  it('quotes the units of a list in the user’s own wording', () => {
    expect(readUnitName('Phòng Nội vụ; Văn phòng UBND').units).toEqual([
      'Phòng Nội vụ',
      'Văn phòng UBND',
    ]);
    expect(readUnitName('phòng nội vụ và phòng tư pháp').units).toEqual([
      'phòng nội vụ',
      'phòng tư pháp',
    ]);
    expect(readUnitName('A và B').units).toEqual(['A', 'B']);
  });

  it('tells a group from a vague phrase', () => {
    expect(readUnitName('UBND các xã, thị trấn').group).toBe('các xã, thị trấn');
    expect(readUnitName('Các phòng chuyên môn thuộc Sở')).toMatchObject({ vague: 'Các phòng' });
    expect(readUnitName('Đơn vị liên quan')).toMatchObject({ vague: 'liên quan' });
    expect(readUnitName('phong')).toMatchObject({ vague: 'phong' });
  });

  it('compares names regardless of accents, case and spacing', () => {
    expect(unitKey('  Phòng  Tổ chức - Biên chế. ')).toBe(unitKey('phong to chuc - bien che'));
  });
});

describe('fastFold', () => {
  it('gives exactly what fold gives, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          fc.constant('Đường ĐẮK LẮK ệ̣'),
        ),
        (text) => {
          expect(fastFold(text)).toBe(fold(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
