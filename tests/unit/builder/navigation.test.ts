import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/builder/navigation.ts';

describe('parseRoute', () => {
  it('falls back to the draft list on a malformed address instead of throwing', () => {
    expect(parseRoute('#/%')).toEqual({});
    expect(parseRoute('#/%E0%A4%A')).toEqual({});
    expect(parseRoute('#/ban-nhap/%ZZ/x')).toEqual({});
  });

  it('reads every address without throwing, and its own addresses back as they were made', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (hash) => {
        expect(() => parseRoute(`#/${hash}`)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (draftId) => {
        fc.pre(!draftId.startsWith('chia-se'));
        expect(parseRoute(routeHash({ draftId }))).toEqual({ draftId });
      }),
    );
  });

  it('still reads drafts, sections, areas and rows', () => {
    expect(parseRoute('#/abc/ke-hoach-trien-khai/cai-cach-the-che/r1')).toEqual({
      draftId: 'abc',
      section: 'ke-hoach-trien-khai',
      areaId: 'cai-cach-the-che',
      rowId: 'r1',
    });
    expect(parseRoute('#/chia-se/xyz')).toEqual({ share: 'xyz' });
  });
});
