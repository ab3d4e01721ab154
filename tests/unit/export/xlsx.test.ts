/** The Excel workbook read back: values, number format, formulas and the print set-up. */
import { describe, expect, it } from 'vitest';
import { HEADING_ROW, MAX_ROW_HEIGHT, planToXlsx, SHEET_NAME } from '../../../src/export/xlsx.ts';
import {
  areaTableHeading,
  computeTotals,
  createPlan,
  MAX_LIST_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_SENTENCE_LENGTH,
  readPlanValue,
  templateOf,
} from '../../../src/plan/index.ts';
import { changed, example } from '../plan/fixtures.ts';
import { decode, readWorkbook, unzipText } from './helpers.ts';

const so = example('so');
const workbook = readWorkbook(await planToXlsx(so));
const value = (ref: string) => workbook.cells.get(ref)?.value;
/** Row numbers whose column A holds `text`. */
const rowsWith = (predicate: (text: unknown) => boolean): number[] =>
  [...workbook.cells.entries()]
    .filter(([ref, cell]) => /^A\d+$/.test(ref) && predicate(cell.value))
    .map(([ref]) => Number(ref.slice(1)));

describe('the Excel workbook', () => {
  it('has one sheet named for section III, with the title and the heading row', () => {
    expect(workbook.parts['xl/workbook.xml']).toContain(`name="${SHEET_NAME}"`);
    expect(value('A1')).toBe('KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC NĂM 2013');
    expect(value('A2')).toBe('(Kèm theo Kế hoạch số 152/KH-SNV ngày 20/12/2012 của Sở Nội vụ)');
    expect(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => value(`${c}${HEADING_ROW}`)),
    ).toEqual([
      'TT',
      'Nhiệm vụ chung',
      'Nhiệm vụ cụ thể',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện\n(từ tháng/năm - đến tháng/năm)',
      'Kinh phí dự kiến (VNĐ)',
      'Ghi chú',
    ]);
  });

  it('groups the rows under merged area rows, in the outline’s order', () => {
    const areaRows = rowsWith((text) => typeof text === 'string' && /^[IVX]+\. /.test(text));
    const template = templateOf(so);
    expect(areaRows.map((row) => value(`A${row}`))).toEqual(
      template.areas.map((area) => areaTableHeading(template, area.id)),
    );
    for (const row of areaRows) expect(workbook.merged).toContain(`A${row}:I${row}`);
    const first = (areaRows[0] ?? 0) + 1;
    const task = so.rows[0];
    expect(
      [
        `A${first}`,
        `B${first}`,
        `C${first}`,
        `D${first}`,
        `E${first}`,
        `F${first}`,
        `G${first}`,
        `H${first}`,
      ].map(value),
    ).toEqual([
      1,
      task?.generalTask,
      task?.specificTask,
      'Dự thảo Quyết định trình UBND tỉnh',
      'Phòng Tổ chức - Biên chế',
      'Văn phòng Sở\nSở Tư pháp',
      '02/2013 - 06/2013',
      15_000_000,
    ]);
  });

  it('writes amounts as numbers in the #,##0 format', () => {
    const taskRows = rowsWith((text) => typeof text === 'number');
    expect(taskRows).toHaveLength(so.rows.length);
    for (const row of taskRows) {
      const cell = workbook.cells.get(`H${row}`);
      if (cell?.value === undefined) continue;
      expect(typeof cell.value).toBe('number');
      expect(cell.format).toBe('#,##0');
    }
  });

  it('sums each area and the whole plan with formulas, with their results cached', () => {
    const totals = computeTotals(so);
    const subtotalRows = rowsWith((text) => typeof text === 'string' && /^Cộng [IVX]+$/.test(text));
    expect(subtotalRows).toHaveLength(7);
    subtotalRows.forEach((row, index) => {
      const cell = workbook.cells.get(`H${row}`);
      expect(cell?.formula).toMatch(/^SUM\(H\d+:H\d+\)$/);
      expect(cell?.value).toBe(totals.areas[index]?.budgetVnd);
      expect(cell?.format).toBe('#,##0');
      expect(workbook.merged).toContain(`A${row}:G${row}`);
    });
    // The first area's formula covers exactly its three tasks.
    const firstSubtotal = subtotalRows[0] ?? 0;
    expect(workbook.cells.get(`H${firstSubtotal}`)?.formula).toBe(
      `SUM(H${firstSubtotal - 3}:H${firstSubtotal - 1})`,
    );
    const totalRow = rowsWith((text) => text === 'Tổng kinh phí')[0];
    const total = workbook.cells.get(`H${totalRow}`);
    expect(total?.formula).toBe(`SUM(${subtotalRows.map((row) => `H${row}`).join(',')})`);
    expect(total?.value).toBe(1_517_000_000);
    expect(workbook.parts['xl/workbook.xml']).toContain('<calcPr fullCalcOnLoad="1"/>');
  });

  it('prints on A4 landscape, fitted to the width, with the heading row on every page', () => {
    expect(workbook.sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(workbook.sheet).toMatch(
      /^<\?xml[^>]*\?><worksheet\b[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/,
    );
    expect(workbook.sheet).toContain(
      '<pageMargins top="0.787" bottom="0.787" left="1.181" right="0.591" header="0.394" footer="0.394"/>',
    );
    expect(workbook.parts['xl/workbook.xml']).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${SHEET_NAME}'!$${HEADING_ROW}:$${HEADING_ROW}</definedName>`,
    );
    expect(workbook.sheet).toMatch(
      /<headerFooter><oddHeader>&amp;C.*&amp;P<\/oddHeader><\/headerFooter>/,
    );
    // The heading stays in view while scrolling, too.
    expect(workbook.sheet).toContain(`<pane ySplit="${HEADING_ROW}"`);
  });

  it('gives every row the height its wrapped text needs, as readers do not fit generated rows', () => {
    const rows = [...workbook.sheet.matchAll(/<row r="(\d+)"([^>]*)>/g)];
    const heights = new Map(
      rows.map((m) => [
        Number(m[1]),
        Number(/ ht="([\d.]+)" customHeight="1"/.exec(m[2] ?? '')?.[1]),
      ]),
    );
    expect([...heights.values()].every((height) => height > 0)).toBe(true);
    const firstTask = rowsWith((text) => text === 1)[0] ?? 0;
    const subtotal = rowsWith((text) => text === 'Cộng I')[0] ?? 0;
    // The first task's 104-character wording wraps to several lines in its 30-character column.
    expect(heights.get(firstTask)).toBeGreaterThanOrEqual(3 * 15.75);
    expect(heights.get(subtotal)).toBeLessThan(2 * 15.75);
  });

  it('uses Times New Roman', () => {
    const fonts = [
      ...(workbook.parts['xl/styles.xml'] ?? '').matchAll(/<name val="([^"]+)"\/>/g),
    ].map((m) => m[1]);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('handles a draft: empty areas sum to 0, rows without estimates stay blank and are counted', async () => {
    const draft = readWorkbook(await planToXlsx(createPlan({ unitType: 'so', planYear: 2014 })));
    const formulas = [...draft.cells.values()].filter((cell) => cell.formula !== undefined);
    expect(formulas).toHaveLength(8);
    expect(formulas.every((cell) => cell.value === 0)).toBe(true);
    const labels = [...draft.cells.values()].map((cell) => cell.value);
    expect(
      labels.some(
        (label) =>
          typeof label === 'string' && /^Tổng kinh phí \(chưa gồm \d+ nhiệm vụ/.test(label),
      ),
    ).toBe(true);
  });

  it('writes text in NFC, without characters XML forbids', async () => {
    const plan = changed('so', (p) => {
      const first = p.rows[0];
      if (first) first.notes = 'Ghi\u0002 chú'.normalize('NFD');
    });
    const { sheet, parts } = readWorkbook(await planToXlsx(plan));
    const strings = parts['xl/sharedStrings.xml'] ?? '';
    expect(strings).toBe(strings.normalize('NFC'));
    expect(strings).toContain('>Ghi chú<');
    // eslint-disable-next-line no-control-regex -- no control character XML 1.0 forbids
    expect(sheet + strings).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('the largest plan the schema allows', () => {
  /** Every text at its limit, in words as real text wraps, and every list full. */
  function worstCase() {
    const fill = (length: number) =>
      'Nhiệm vụ cải cách hành chính '.repeat(length).slice(0, length);
    const list = () => Array.from({ length: MAX_LIST_ITEMS }, () => fill(MAX_LIST_ITEM_LENGTH));
    const plan = example('so');
    plan.unit.name = fill(MAX_NAME_LENGTH);
    plan.unit.parentAgency = fill(MAX_NAME_LENGTH);
    plan.document.number = fill(MAX_NAME_LENGTH);
    plan.document.symbol = fill(MAX_NAME_LENGTH);
    plan.document.place = fill(MAX_NAME_LENGTH);
    plan.rows = plan.rows.slice(0, 3).map((row) => ({
      ...row,
      generalTask: fill(MAX_SENTENCE_LENGTH),
      specificTask: fill(MAX_SENTENCE_LENGTH),
      products: list(),
      leadUnit: fill(MAX_NAME_LENGTH),
      coordinatingUnits: list(),
      notes: fill(MAX_SENTENCE_LENGTH),
    }));
    expect(readPlanValue(plan).ok).toBe(true);
    return plan;
  }

  it('keeps every cell within 32,767 characters and every row within 409 points', async () => {
    const parts = unzipText(await planToXlsx(worstCase()));
    const strings = [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)];
    const longest = Math.max(...strings.map((m) => decode(m[1] ?? '').length));
    // The products and the coordinating units, each list in one cell.
    expect(longest).toBeGreaterThan(MAX_LIST_ITEMS * MAX_LIST_ITEM_LENGTH);
    expect(longest).toBeLessThanOrEqual(32_767);
    const sheet = parts['xl/worksheets/sheet1.xml'] ?? '';
    const heights = [...sheet.matchAll(/<row\b[^>]*\bht="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights.length).toBeGreaterThan(5);
    expect(Math.max(...heights)).toBe(MAX_ROW_HEIGHT);
  });
});
