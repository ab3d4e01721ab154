/**
 * The Word file's XML: what Nghị định 30/2020/NĐ-CP, Phụ lục I asks of the page, the fonts and the
 * annex table, read straight from the package's parts.
 */
import { describe, expect, it } from 'vitest';
import { planToDocx } from '../../../src/export/docx.ts';
import { areaTableHeading, createPlan, templateById } from '../../../src/plan/index.ts';
import { changed, example } from '../plan/fixtures.ts';
import { unzipText } from './helpers.ts';

const parts = unzipText(await planToDocx(example('so')));
const documentXml = parts['word/document.xml'] ?? '';
const sections = [...documentXml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/g)].map((m) => m[0]);
const attributes = (xml: string, tag: string): Record<string, string> => {
  const element = new RegExp(`<${tag}\\b([^>]*)/?>`).exec(xml)?.[1] ?? '';
  return Object.fromEntries([...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
};
/** The text of the document's runs, in order. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the Word file’s pages', () => {
  it('has a portrait section for the text, then a landscape section for the annex', () => {
    expect(sections).toHaveLength(2);
    expect(attributes(sections[0] ?? '', 'w:pgSz')).toEqual({
      'w:w': '11906',
      'w:h': '16838',
      'w:orient': 'portrait',
    });
    expect(attributes(sections[1] ?? '', 'w:pgSz')).toEqual({
      'w:w': '16838',
      'w:h': '11906',
      'w:orient': 'landscape',
    });
  });

  it('keeps the decree’s margins on every page: 20 mm top and bottom, 30 mm left, 15 mm right', () => {
    for (const section of sections) {
      expect(attributes(section, 'w:pgMar')).toMatchObject({
        'w:top': '1134',
        'w:bottom': '1134',
        'w:left': '1701',
        'w:right': '850',
      });
    }
  });

  it('numbers pages at the top centre, from page 2', () => {
    // titlePage without a first-page header: page 1 shows no number.
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[1]).not.toContain('<w:titlePg/>');
    for (const section of sections) {
      expect(section).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
      expect(section).not.toContain('w:type="first"');
      expect(section).not.toContain('<w:footerReference');
    }
    const headers = Object.keys(parts).filter((path) => /^word\/header\d+\.xml$/.test(path));
    expect(headers).toHaveLength(2);
    for (const path of headers) {
      const header = parts[path] ?? '';
      expect(header).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(header).toContain('<w:jc w:val="center"/>');
    }
  });
});

describe('the Word file’s fonts and text', () => {
  it('uses Times New Roman throughout, with no theme font to fall back to', () => {
    const styles = parts['word/styles.xml'] ?? '';
    expect(styles).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    for (const [path, xml] of Object.entries(parts).filter(([p]) => /^word\/.*\.xml$/.test(p))) {
      if (path.includes('theme')) continue;
      for (const fonts of xml.match(/<w:rFonts\b[^>]*>/g) ?? []) {
        expect(fonts, path).not.toMatch(/Theme=/);
        expect([...fonts.matchAll(/="([^"]*)"/g)].every((m) => m[1] === 'Times New Roman')).toBe(
          true,
        );
      }
    }
  });

  it('writes the decree’s sizes: 13 pt header, 14 pt body, 12 pt bold italic Nơi nhận, 11 pt recipients', () => {
    expect(attributes(parts['word/styles.xml'] ?? '', 'w:sz')).toEqual({ 'w:val': '28' });
    const run = (text: string) =>
      new RegExp(`<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t xml:space="preserve">${text}</w:t>`).exec(
        documentXml,
      )?.[1];
    expect(run('SỞ NỘI VỤ')).toBe('<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>');
    expect(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(run('Độc lập - Tự do - Hạnh phúc')).toBe(
      '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    );
    expect(run('Mẫu, ngày 20 tháng 12 năm 2012')).toContain('<w:i/>');
    expect(run('Nơi nhận:')).toBe(
      '<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    );
    expect(run('- Lưu: VT, CCHC.')).toBe('<w:sz w:val="22"/><w:szCs w:val="22"/>');
  });

  it('lays out the header, the title and sections I–IV in order', () => {
    const text = textOf(documentXml);
    const order = [
      'UBND TỈNH MẪU',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 152/KH-SNV',
      'Mẫu, ngày 20 tháng 12 năm 2012',
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2013',
      'Căn cứ Quyết định số 1456/QĐ-UBND',
      'I. MỤC TIÊU',
      'II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      '1. Cải cách thể chế',
      '7. Công tác chỉ đạo, điều hành cải cách hành chính',
      'III. KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC',
      'Tổng số: 26 nhiệm vụ; tổng kinh phí dự kiến: 1.517.000.000 đ.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Trách nhiệm tổ chức thực hiện',
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Trần Văn Minh',
      'PHỤ LỤC',
      'KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC NĂM 2013',
      '(Kèm theo Kế hoạch số 152/KH-SNV ngày 20/12/2012 của Sở Nội vụ)',
      'I. Cải cách thể chế',
      'Cộng I',
      'Tổng kinh phí',
      '1.517.000.000',
    ];
    let from = 0;
    for (const expected of order) {
      const at = text.indexOf(expected, from);
      expect(at, `“${expected}” after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
  });

  it('writes Vietnamese in NFC even when the plan was typed in NFD, and drops characters XML forbids', async () => {
    const plan = changed('so', (p) => {
      p.unit.name = 'Sở Nội vụ'.normalize('NFD');
      const first = p.rows[0];
      if (first) first.specificTask = `Rà soát\u0001 văn bản`.normalize('NFD');
    });
    const xml = unzipText(await planToDocx(plan))['word/document.xml'] ?? '';
    expect(xml).toBe(xml.normalize('NFC'));
    expect(xml).toContain('>SỞ NỘI VỤ<');
    expect(xml).toContain('>Rà soát văn bản<');
    // eslint-disable-next-line no-control-regex -- no control character XML 1.0 forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('the annex table', () => {
  const annex = documentXml.slice(documentXml.indexOf('PHỤ LỤC'));
  const table = /<w:tbl>.*<\/w:tbl>/.exec(annex)?.[0] ?? '';
  const rows = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];

  it('has the TT column and the outline’s 8 columns, across the landscape text width', () => {
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(9);
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(16838 - 1701 - 850);
    expect(textOf(rows[0] ?? '')).toBe(
      'TTNhiệm vụ chungNhiệm vụ cụ thểSản phẩmCơ quan chủ trìCơ quan phối hợpThời gian thực hiện(từ tháng/năm - đến tháng/năm)Kinh phí dự kiến (VNĐ)Ghi chú',
    );
  });

  it('repeats only the heading row on every page, and splits no row across pages', () => {
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).filter((row) => row.includes('<w:tblHeader/>'))).toEqual([]);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('groups rows under merged full-width area rows, with a subtotal per area and the total', () => {
    const areaRows = rows.filter((row) => row.includes('<w:gridSpan w:val="9"/>'));
    const template = templateById('de-cuong-2012');
    expect(areaRows.map(textOf)).toEqual(
      template.areas.map((area) => areaTableHeading(template, area.id)),
    );
    expect(textOf(areaRows[0] ?? '')).toBe('I. Cải cách thể chế');
    const sumRows = rows.filter((row) => row.includes('<w:gridSpan w:val="7"/>')).map(textOf);
    expect(sumRows).toHaveLength(8);
    expect(sumRows[0]).toBe('Cộng I45.000.000');
    expect(sumRows.at(-1)).toBe('Tổng kinh phí1.517.000.000');
    expect(rows.length).toBe(1 + 7 + 26 + 8);
    expect(textOf(rows[2] ?? '')).toBe(
      '1Tham mưu ban hành văn bản quy phạm pháp luậtTham mưu UBND tỉnh ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụDự thảo Quyết định trình UBND tỉnhPhòng Tổ chức - Biên chế- Văn phòng Sở- Sở Tư pháp02/2013 - 06/201315.000.000',
    );
  });

  it('says in the total row how many rows have no estimate yet', async () => {
    const xml = unzipText(await planToDocx(createPlan({ unitType: 'huyen', planYear: 2013 })))[
      'word/document.xml'
    ];
    expect(textOf(xml ?? '')).toMatch(
      /Tổng kinh phí \(chưa gồm \d+ nhiệm vụ chưa có kinh phí dự kiến\)0/,
    );
  });
});

describe('the Word package', () => {
  it('is stamped with the plan’s issue date, not the time of the export', () => {
    expect(parts['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2012-12-20T00:00:00Z</dcterms:created>',
    );
    expect(parts['docProps/core.xml']).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2012-12-20T00:00:00Z</dcterms:modified>',
    );
    expect(parts['docProps/core.xml']).toContain(
      '<dc:title>Kế hoạch cải cách hành chính năm 2013</dc:title>',
    );
  });

  it('marks the text as Vietnamese, for Word’s spelling and hyphenation', () => {
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="vi-VN"/>');
  });
});
