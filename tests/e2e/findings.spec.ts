/**
 * Issue 15: every finding shows its message where its link leads. The training plan's findings
 * are about fields, parts of fields (a period's year, one objective, one coordinating unit) and
 * whole sections (a missing area, no inspection plan): each link in the review page's summary
 * must focus a control whose group shows the message and whose description reads it, or the
 * block of findings at the top of the section.
 */
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { readPlanFile } from '../../src/plan/index.ts';
import { checkPlan } from '../../src/plan/rules/index.ts';
import { BuilderPage } from './builder-page.ts';

const read = readPlanFile(
  readFileSync(
    new URL('../../content/examples/bai-tap-so-giao-thong-van-tai-2013.json', import.meta.url),
  ),
);
if (!read.ok) throw new Error('the training plan is unreadable');
const findings = checkPlan(read.plan);

test('every finding of the training plan shows its message where its link leads', async ({
  page,
}) => {
  test.slow(); // one round trip from the summary to a field per finding
  const builder = new BuilderPage(page);
  await builder.openExample('Bài tập: Sở Giao thông vận tải, kế hoạch năm 2013');
  await builder.openSection('Rà soát và xuất');
  const links = (await builder.reviewSummary()).locator('.finding-list > li > a:first-of-type');
  expect(findings.length).toBeGreaterThan(10);
  await expect(links).toHaveCount(findings.length);
  for (const [index, finding] of findings.entries()) {
    const link = links.nth(index);
    await expect(link).toContainText(finding.message);
    await link.click();
    const place = await builder.focusedPlace();
    const where = `${finding.path} (${place.id})`;
    expect(place.groupText, where).toContain(finding.message);
    expect(place.describedText, where).toContain(finding.message);
    expect(place.marked, where).toBe(true);
    await page.goBack();
    await builder.reviewSummary();
  }
});
