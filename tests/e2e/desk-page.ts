/** A small page object for the Sở Nội vụ's desk (/tong-hop/), so that tests read like what the reviewer does. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A worked example of content/examples as a file to pick, under its own name or another. */
export function exampleFile(id: string, name = `${id}.json`): TestFile {
  return {
    name,
    mimeType: 'application/json',
    buffer: readFileSync(new URL(`../../content/examples/${id}.json`, import.meta.url)),
  };
}

/** A folder to drop: a file's name → its text, or a folder's name → its own tree. */
export type FolderTree = { [name: string]: string | FolderTree };

export const jsonFile = (name: string, value: unknown): TestFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

const WORD_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
} as const;

/** A Word file to pick (built with tests/unit/import/word-files.ts), typed by its extension. */
export const wordFile = (name: string, bytes: Uint8Array): TestFile => ({
  name,
  mimeType: name.endsWith('.doc') ? WORD_TYPES.doc : WORD_TYPES.docx,
  buffer: Buffer.from(bytes),
});

export class DeskPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto(hash = '') {
    await this.page.goto(`/tong-hop/${hash}`);
    await this.ready();
  }

  /**
   * The stored round is drawn: the worker has started and read IndexedDB. A first visit compiles
   * the worker's script, which a busy 2-core machine takes seconds over.
   */
  async ready() {
    await expect(this.page.locator('.desk[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
  }

  /** Picks files with "Chọn các tệp kế hoạch" and waits until the worker has read them all. */
  async receive(files: TestFile[]) {
    await this.page.getByLabel('Chọn các tệp kế hoạch').setInputFiles(files);
    await expect(this.page.getByText(`Đã nhận ${files.length} tệp:`)).toBeVisible();
    await expect(this.page.locator('.desk-job')).toHaveCount(0);
    await this.saved();
  }

  /**
   * Drops a folder on "Chọn các tệp kế hoạch". Playwright cannot drop a real folder, so the drop
   * event carries items whose entries are a fake tree (`FolderTree`: a name → text, or a folder),
   * each folder's reader giving two entries at a time, as the browser's gives a batch.
   */
  async dropFolder(name: string, tree: FolderTree) {
    const zone = this.page.locator('.drop-zone', {
      has: this.page.getByLabel('Chọn các tệp kế hoạch'),
    });
    await zone.evaluate(
      (element, [rootName, rootTree]) => {
        type Node = { [name: string]: string | Node };
        const entryOf = (entryName: string, node: string | Node): unknown =>
          typeof node === 'string'
            ? {
                name: entryName,
                isFile: true,
                isDirectory: false,
                file: (resolve: (file: File) => void) =>
                  setTimeout(() => resolve(new File([node], entryName))),
              }
            : {
                name: entryName,
                isFile: false,
                isDirectory: true,
                createReader: () => {
                  const children = Object.entries(node).map(([child, value]) =>
                    entryOf(child, value),
                  );
                  let at = 0;
                  return {
                    readEntries: (resolve: (entries: unknown[]) => void) =>
                      setTimeout(() => {
                        resolve(children.slice(at, at + 2));
                        at += 2;
                      }),
                  };
                },
              };
        const root = entryOf(rootName, rootTree);
        const folderAsFile = new File([], rootName);
        const transfer = {
          types: ['Files'],
          files: [folderAsFile],
          items: [
            { kind: 'file', type: '', webkitGetAsEntry: () => root, getAsFile: () => folderAsFile },
          ],
        };
        const drop = new Event('drop', { bubbles: true, cancelable: true });
        Object.defineProperty(drop, 'dataTransfer', { value: transfer });
        element.dispatchEvent(drop);
      },
      [name, tree] as const,
    );
  }

  /** Waits until the round is stored in the browser, as the page says once it is. */
  async saved() {
    await expect(this.page.locator('.desk-save-status')).toHaveText(
      'Đã lưu đợt tổng hợp trong trình duyệt.',
    );
  }

  tally(): Locator {
    return this.page.getByTestId('desk-tally');
  }

  table(): Locator {
    return this.page.locator('table.desk-table');
  }

  /** The unit names in the table's order. */
  async unitNames(): Promise<string[]> {
    return this.table().locator('tbody .desk-unit-name').allTextContents();
  }

  row(unitName: string | RegExp, file?: string): Locator {
    const rows = this.table()
      .locator('tbody tr')
      .filter({
        has: this.page.locator('.desk-unit-name', { hasText: unitName }),
      });
    return file ? rows.filter({ hasText: file }) : rows;
  }

  /** Presses a download button and waits for its file: its suggested name and its bytes. */
  async download(button: string): Promise<{ name: string; bytes: Buffer }> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const file = await downloading;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  }

  /** On a unit's view: what the Word reader made of the unit's file. */
  wordReading(): Locator {
    return this.page.getByRole('region', { name: 'Đọc từ tệp Word' });
  }

  async openUnit(unitName: string | RegExp) {
    await this.row(unitName).first().locator('.desk-unit-name').click();
    await expect(this.page.locator('.desk-unit-title')).toBeVisible();
  }
}
