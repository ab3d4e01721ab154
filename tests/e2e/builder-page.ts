/** A small page object for the plan builder, so that tests read like what the user does. */
import { expect } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

export class BuilderPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto(hash = '') {
    await this.page.goto(`/ke-hoach/${hash}`);
    await expect(this.page.locator('.builder[data-ready="true"]')).toBeVisible();
  }

  async newDraft(
    unitType: 'Sở, Ban, ngành' | 'UBND huyện, thành phố' | 'UBND tỉnh' = 'Sở, Ban, ngành',
    year = '2013',
  ) {
    await this.goto();
    await this.page.getByLabel('Loại đơn vị').selectOption({ label: unitType });
    await this.page.getByLabel('Kế hoạch cho năm').selectOption(year);
    await this.page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
    await expect(this.page.locator('.task-list')).toBeVisible();
    return this.draftId();
  }

  /** Opens a worked example ("Mở ví dụ: …") as a new draft, at its task list; returns its id. */
  async openExample(title: string): Promise<string> {
    await this.goto();
    await this.page.getByRole('button', { name: `Mở ví dụ: ${title}` }).click();
    await expect(this.page.locator('.task-list')).toBeVisible();
    return this.draftId();
  }

  async draftId(): Promise<string> {
    await expect(this.page).toHaveURL(/#\/[^/]+/);
    return decodeURIComponent(new URL(this.page.url()).hash.split('/')[1]!);
  }

  section(name: string | RegExp): Locator {
    return this.page.locator('.task-list').getByRole('link', { name });
  }

  async openSection(name: string) {
    await this.section(name).click();
    await expect(this.page.locator('.section-title')).toHaveText(name);
  }

  /**
   * "Rà soát và xuất", once the check it asks for has run (its summary is drawn): leaving before
   * that, as a hurried test would, asks for no check at all.
   */
  async openReview() {
    await this.openSection('Rà soát và xuất');
    await expect(this.page.locator('.check-summary')).toBeVisible();
  }

  /** From any section of a draft back to its task list ("Về danh sách các phần"). */
  async backToTaskList() {
    await this.page.getByRole('link', { name: 'Về danh sách các phần', exact: true }).click();
    await expect(this.page.locator('.task-list')).toBeVisible();
  }

  async openArea(areaTitle: string) {
    await this.openSection('III. Kế hoạch triển khai');
    await this.page.getByRole('link', { name: areaTitle }).click();
  }

  /** Opens task `n` (from 1) of an area of section III in its edit form. */
  async editTask(areaTitle: string, n: number) {
    await this.openArea(areaTitle);
    await this.page.getByRole('button', { name: `Sửa nhiệm vụ ${n}` }).click();
  }

  /** "Theo dõi thực hiện": a task's status control, which is named after the task. */
  taskStatus(name: string | RegExp): Locator {
    return this.page.locator('.tracking').getByRole('combobox', { name });
  }

  /**
   * Chooses a status with the arrow keys in a focused status control, as a keyboard user does
   * (each arrow press is a change, as in any native select outside macOS).
   */
  async chooseStatusByKeyboard(select: Locator, label: string) {
    await expect(select).toBeFocused();
    // The options keep their order (only "Chưa cập nhật" goes once a status is recorded).
    const steps = await select.evaluate((element, label) => {
      const s = element as HTMLSelectElement;
      return [...s.options].findIndex((option) => option.text === label) - s.selectedIndex;
    }, label);
    for (let i = 0; i < Math.abs(steps); i++) {
      await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    }
    await expect(select.locator('option:checked')).toHaveText(label);
  }

  /** The plan's figures in words ("Đã hoàn thành 1/26 nhiệm vụ …"), or those of an area. */
  trackingFigures(area?: string): Locator {
    const scope = area
      ? this.page
          .locator('.tracking-area')
          .filter({ has: this.page.getByRole('heading', { name: area }) })
      : this.page.locator('.tracking');
    return scope.locator('.figures-main').first();
  }

  /** A tracking filter's button ("Quá hạn (12)"). */
  trackingFilter(name: string): Locator {
    return this.page
      .locator('.tracking-filters')
      .getByRole('button', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  /** The names a field's `<datalist>` offers, read from the DOM as the browser reads them. */
  async suggestionsOf(field: Locator): Promise<string[]> {
    await expect(field).toHaveAttribute('list', /./);
    return field.evaluate((input) =>
      [...((input as HTMLInputElement).list?.options ?? [])].map((option) => option.value),
    );
  }

  /** The field's group (label, hint, findings, control), to see whether it shows findings. */
  fieldGroup(field: Locator): Locator {
    return this.page.locator('.field').filter({ has: field });
  }

  /** The review page's error summary, once it has taken focus. */
  async reviewSummary(): Promise<Locator> {
    const summary = this.page.locator('.check-summary');
    await expect(summary).toBeFocused();
    return summary;
  }

  /**
   * Where the keyboard focus is, once a link has moved it to a field or a section's findings:
   * the focused element's id, the text of its group (the field's group or the section's block)
   * and the text of what its `aria-describedby` names (the block's own text for a block), and
   * whether the group is marked as having findings.
   */
  async focusedPlace(): Promise<{
    id: string;
    groupText: string;
    describedText: string;
    marked: boolean;
  }> {
    // A field's control, or the only one of an empty list's group: its "add" button.
    await expect(this.page.locator('[id^="f-"]:focus-within')).not.toHaveCount(0);
    return this.page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const group = focused.closest('.field, .section-findings');
      const described = (focused.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      return {
        id: focused.closest('[id^="f-"]')!.id,
        groupText: group?.textContent ?? '',
        marked: !!group?.matches('.field-has-findings, .section-findings'),
        describedText: focused.matches('.section-findings')
          ? (focused.textContent ?? '')
          : described,
      };
    });
  }

  async saved() {
    await expect(this.page.locator('[data-save-status="saved"]')).toHaveText(
      /^Đã lưu lúc \d{2}:\d{2}$/,
    );
  }

  /**
   * Presses Tab until `target` has focus: proof that the keyboard reaches it. The target is found
   * once, not before every press (a role or label lookup reads the whole page), and again only if
   * the page has replaced it meanwhile.
   *
   * Where focus is, is asked once per run of presses, not after every press: the page counts the
   * controls that are surely in the tab order between the focus and the target (a lower bound of
   * the presses needed, so a run never passes the target), and that many Tabs are pressed before
   * it is asked again. A whole plan by keyboard presses Tab some 500 times.
   */
  async tabTo(target: Locator, { backwards = false, limit = 250 } = {}) {
    let element = await target.elementHandle();
    try {
      for (let pressed = 0; pressed < limit;) {
        const state = await element.evaluate(surelyTabsAway, backwards);
        if (state === 'focused') return;
        if (state === 'replaced') {
          await element.dispose();
          element = await target.elementHandle();
          continue;
        }
        const presses = Math.min(state, limit - pressed);
        for (let i = 0; i < presses; i++) {
          await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
        }
        pressed += presses;
      }
    } finally {
      await element.dispose();
    }
    throw new Error(`Tab never reached ${target}`);
  }

  /** Saves `plan` as a draft record the way the builder stores one, as if saved earlier. */
  async storeDraft(id: string, name: string, plan: unknown): Promise<void> {
    await this.page.evaluate(
      ({ id, name, plan }) => {
        const record = {
          kind: 'ke-hoach-cchc/draft',
          version: 1,
          id,
          name,
          savedAt: new Date().toISOString(),
          revision: 1,
          savedBy: 'test',
          plan,
        };
        localStorage.setItem(`ke-hoach-cchc/draft/${id}`, JSON.stringify(record));
      },
      { id, name, plan },
    );
  }

  async storedRecord(
    id: string,
  ): Promise<{ revision: number; plan: Record<string, unknown> } | null> {
    return this.page.evaluate((key) => {
      const text = localStorage.getItem(key);
      return text ? JSON.parse(text) : null;
    }, `ke-hoach-cchc/draft/${id}`);
  }

  /** Every saved draft, as stored (key → record text): to prove that nothing changed. */
  storedDrafts(): Promise<Record<string, string | null>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((k) => k.includes('/draft/'))
          .map((k) => [k, localStorage.getItem(k)]),
      ),
    );
  }

  /** Drops files on the file drop whose picker is labelled `label`, as a drag from the desktop. */
  async dropFiles(label: string, files: { name: string; type?: string; text: string }[]) {
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const { name, type, text } of files) {
        transfer.items.add(new File([text], name, { type: type ?? '' }));
      }
      return transfer;
    }, files);
    const zone = this.page.locator('.drop-zone').filter({ has: this.page.getByLabel(label) });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }
}

/**
 * Runs in the page (see `tabTo`): 'focused' if `target` has focus, 'replaced' if it has left the
 * document, or else at least how many Tab presses take focus to it. Counted are the controls
 * between the focus and the target in document order that are surely tab stops: shown, enabled,
 * not inert, no negative tabindex, and not radio buttons (a group is one stop). When the order is
 * not the document's (a positive tabindex), when nothing has focus (the browser then starts from
 * where focus last was, which the page does not say) or when the target lies behind the focus,
 * the answer is one press.
 */
function surelyTabsAway(target: Element, backwards: boolean): 'focused' | 'replaced' | number {
  if (!target.isConnected) return 'replaced';
  const focused = document.activeElement;
  if (focused === target) return 'focused';
  if (!focused || focused === document.body) return 1;
  if (document.querySelector('[tabindex]:not([tabindex="0"]):not([tabindex^="-"])')) return 1;
  const position = focused.compareDocumentPosition(target);
  const ahead = backwards
    ? position & Node.DOCUMENT_POSITION_PRECEDING
    : position & Node.DOCUMENT_POSITION_FOLLOWING;
  if (!ahead || position & Node.DOCUMENT_POSITION_CONTAINED_BY) return 1;
  const [from, to] = backwards ? [target, focused] : [focused, target];
  let stops = 0;
  for (const element of document.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, [tabindex]',
  )) {
    const between =
      from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
      element.compareDocumentPosition(to) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (
      between &&
      element.tabIndex >= 0 &&
      !element.matches(':disabled, input[type="hidden"], input[type="radio"]') &&
      !element.closest('[inert]') &&
      element.checkVisibility({ visibilityProperty: true })
    )
      stops++;
  }
  return stops + 1;
}
