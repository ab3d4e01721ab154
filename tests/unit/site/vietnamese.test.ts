import { describe, expect, it } from 'vitest';
import { fold, slugify } from '../../../src/text/vietnamese.ts';

describe('fold', () => {
  it('drops accents and maps đ to d, as people type without accents', () => {
    expect(fold('Đơn vị cải cách thủ tục hành chính')).toBe('don vi cai cach thu tuc hanh chinh');
    expect(fold('ĐỀ CƯƠNG')).toBe('de cuong');
  });

  it('keeps the length, so offsets in the folded text point into the original', () => {
    for (const text of ['Nơi nhận', 'Ủy ban nhân dân', 'emoji 🙂 giữa chữ', 'e\u0301 rời']) {
      expect(fold(text)).toHaveLength(text.length);
    }
  });
});

describe('slugify', () => {
  it('makes unaccented ASCII slugs', () => {
    expect(slugify('Cải cách thể chế')).toBe('cai-cach-the-che');
    expect(slugify('  Đề cương: mục II!  ')).toBe('de-cuong-muc-ii');
  });
});
