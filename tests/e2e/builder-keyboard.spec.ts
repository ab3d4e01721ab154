import { expect, test } from './fixtures.ts';
import { BuilderPage } from './builder-page.ts';

// Dates are typed the Vietnamese way: dd/mm/yyyy.
test.use({ locale: 'vi-VN' });

const areaLinks = [
  'I. Cải cách thể chế',
  'II. Cải cách thủ tục hành chính',
  'III. Cải cách tổ chức bộ máy',
  'IV. Xây dựng và nâng cao chất lượng đội ngũ CBCCVC',
  'V. Cải cách tài chính công',
  'VI. Hiện đại hóa hành chính',
  'VII. Công tác chỉ đạo, điều hành CCHC',
];

test('a new user builds a complete plan that passes the checker, with the keyboard only', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const builder = new BuilderPage(page);
  const keys = page.keyboard;
  const enter = async (name: string | RegExp, role: 'link' | 'button' = 'link') => {
    await builder.tabTo(page.getByRole(role, { name, exact: typeof name === 'string' }).first());
    await keys.press('Enter');
  };
  /**
   * Short entries (days, months, years, a type-ahead letter) key by key, as the controls that
   * react to single keys get them; sentences as one text input, as a keyboard's IME or a paste
   * gives them: key by key they took half of this test's minute and tested nothing more.
   */
  const write = (text: string) => (text.length > 4 ? keys.insertText(text) : keys.type(text));
  const typeInto = async (label: string | RegExp, text: string) => {
    await builder.tabTo(page.getByLabel(label, { exact: typeof label === 'string' }).first());
    await write(text);
  };

  await builder.goto();
  await builder.tabTo(page.getByLabel('Loại đơn vị'));
  await keys.type('U');
  await builder.tabTo(page.getByLabel('Kế hoạch cho năm'));
  await keys.type('2013');
  await enter('Bắt đầu soạn', 'button');
  await expect(page.locator('.task-list')).toBeVisible();

  await enter('Thông tin chung');
  await typeInto('Cơ quan chủ quản', 'UBND tỉnh Mẫu');
  await typeInto('Tên đơn vị ban hành kế hoạch', 'UBND huyện Mẫu Sơn');
  await typeInto('Địa danh', 'Mẫu Sơn');
  await typeInto('Ngày', '20');
  await typeInto('Tháng', '12');
  await typeInto('Năm', '2012');
  await typeInto('Họ và tên người ký', 'Nguyễn Văn An');
  await enter('Lưu và về danh sách các phần');

  await enter('I. Mục tiêu');
  await enter('Thêm mục tiêu', 'button');
  await expect(page.getByLabel('Mục tiêu 1')).toBeFocused();
  await write(
    '100% thủ tục hành chính của huyện được công khai đầy đủ, đúng quy định trong năm 2013',
  );
  await enter('Lưu và về danh sách các phần');

  await enter('III. Kế hoạch triển khai');
  for (const [index, area] of areaLinks.entries()) {
    await enter(area);
    await expect(page.locator('.area-heading')).toHaveText(area);
    // Keep the first starter row of each area, and fill it in.
    const rows = page.locator('.rows-table tbody tr');
    for (let count = await rows.count(); count > 1; count--) {
      await enter('Xóa nhiệm vụ 2', 'button');
      await expect(rows).toHaveCount(count - 1);
    }
    await enter('Sửa nhiệm vụ 1', 'button');
    await typeInto(
      'Nhiệm vụ cụ thể',
      `Triển khai nhiệm vụ số ${index + 1} của huyện trong năm 2013`,
    );
    await enter('Thêm sản phẩm', 'button');
    await expect(page.getByLabel('Sản phẩm 1')).toBeFocused();
    await write(`Báo cáo kết quả nhiệm vụ số ${index + 1}`);
    await typeInto('Cơ quan chủ trì', 'Phòng Nội vụ huyện');
    await builder.tabTo(page.locator('select[id$="-from-month"]'));
    await keys.type('03');
    await builder.tabTo(page.locator('select[id$="-to-month"]'));
    await keys.type('11');
    await typeInto('Kinh phí dự kiến (VNĐ)', '15000000');
    await expect(page.getByLabel('Kinh phí dự kiến (VNĐ)')).toHaveValue('15.000.000');
    await enter('Xong, về danh sách nhiệm vụ', 'button');
    await expect(page.locator('.rows-table tbody tr')).toHaveCount(1);
    await enter('Về danh sách lĩnh vực');
  }
  await expect(page.locator('[data-total]')).toHaveText('105.000.000 đ');
  await enter('Về danh sách các phần');

  await enter('IV. Tổ chức thực hiện');
  await typeInto(
    'Trách nhiệm tổ chức thực hiện',
    'Phòng Nội vụ giúp UBND huyện theo dõi, tổng hợp.',
  );
  await typeInto('Theo dõi, kiểm tra, đôn đốc', 'Phòng Nội vụ kiểm tra định kỳ hằng quý.');
  await typeInto('Kinh phí thực hiện', 'Từ ngân sách huyện năm 2013.');
  await typeInto('Tổng kết, đánh giá, báo cáo', 'Báo cáo quý, 6 tháng và năm gửi Sở Nội vụ.');
  await enter('Lưu và về danh sách các phần');

  await enter('Rà soát và xuất');
  const summary = page.locator('.check-summary');
  await expect(summary).toBeFocused();
  await expect(summary.locator('.finding-loi')).toHaveCount(0);
  await expect(summary.getByRole('heading')).toHaveText(/^Có 0 lỗi|đáp ứng mọi yêu cầu/);
  await builder.saved();
});
