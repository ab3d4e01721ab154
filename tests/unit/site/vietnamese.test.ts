import { describe, expect, it } from 'vitest';
import { toNfc } from '../../../src/text/nfc.ts';
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

describe('toNfc', () => {
  it('agrees with String.prototype.normalize for every BMP character, alone and before a combining mark', () => {
    const marks = ['', '\u0300', '\u0301', '\u0323', '\u0302\u0301', '\u0309', '\u0303', '\u031b'];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      for (const mark of marks) {
        const text = `a${char}${mark}b`;
        if (toNfc(text) !== text.normalize('NFC')) {
          throw new Error(`U+${code.toString(16)} + ${JSON.stringify(mark)}`);
        }
      }
    }
  });

  it('composes decomposed Vietnamese and keeps composed text as it is', () => {
    expect(toNfc('Ti\u0065\u0302\u0309n')).toBe('Tiển');
    expect(toNfc('Cải cách hành chính')).toBe('Cải cách hành chính');
    expect(toNfc('')).toBe('');
  });
});
