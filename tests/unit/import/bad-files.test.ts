/** Every file that is not a readable Word plan gets its own reason, in Vietnamese, quickly. */
import { describe, expect, it } from 'vitest';
import { planToDocx } from '../../../src/export/docx.ts';
import {
  detectWordFile,
  MAX_DOCX_BYTES,
  noTableMessage,
  readDocxPlan,
  wordFileMessages,
} from '../../../src/import/docx/index.ts';
import { example } from '../plan/fixtures.ts';
import { documentXml, p, rawDocx, wordFile } from './word-files.ts';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound binary file whose directory names these streams (UTF-16LE), as Word writes them. */
function cfbWith(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB);
  let at = 1024;
  for (const name of ['Root Entry', ...streams]) {
    for (let i = 0; i < name.length; i++) bytes[at + i * 2] = name.charCodeAt(i);
    at += 128;
  }
  return bytes;
}

function message(bytes: Uint8Array): string {
  const result = readDocxPlan(bytes);
  if (result.ok) throw new Error('read a bad file as a plan');
  return result.message;
}

const rels =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const docxOf = (xml: string) => rawDocx({ '_rels/.rels': rels, 'word/document.xml': xml });

describe('files that are not Word plans', () => {
  it('a .doc from Word 97–2003 is asked to be saved as .docx', () => {
    const doc = cfbWith('WordDocument', '\u0001CompObj');
    expect(detectWordFile(doc)).toBe('doc');
    expect(message(doc)).toBe(wordFileMessages.doc);
    expect(message(doc)).toMatch(
      /^Tệp \.doc \(Word 97–2003\): hãy mở bằng Word và lưu thành \.docx/,
    );
  });

  it('a .docx with a password is asked to have it removed', () => {
    const locked = cfbWith('EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces');
    expect(detectWordFile(locked)).toBe('encrypted-docx');
    expect(message(locked)).toBe(wordFileMessages.encrypted);
    expect(message(locked)).toContain('mật khẩu');
  });

  it('an empty file, a text file, a PDF', () => {
    expect(message(new Uint8Array())).toBe(wordFileMessages.empty);
    expect(message(new TextEncoder().encode('{"format":"ke-hoach-cchc"}'))).toBe(
      wordFileMessages.notWord,
    );
    expect(message(new TextEncoder().encode('%PDF-1.7'))).toBe(wordFileMessages.notWord);
  });

  it('an oversized file is refused before it is opened', () => {
    const big = new Uint8Array(MAX_DOCX_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(message(big)).toMatch(/^Tệp quá lớn \(20 MB\); tệp Word kế hoạch được đọc đến 20 MB/);
  });

  it('a broken zip', async () => {
    const bytes = await planToDocx(example('so'));
    const broken = bytes.slice();
    // Damage the compressed data of every part, keeping the headers.
    for (let i = 200; i < broken.length - 200; i += 7) broken[i] = (broken[i] as number) ^ 0xa5;
    expect(message(broken)).toMatch(/bị hỏng|thiếu phần nội dung chính/);
    expect(message(bytes.slice(0, bytes.length / 2))).toMatch(/bị hỏng|thiếu phần nội dung chính/);
  });

  it('a zip without word/document.xml', () => {
    expect(message(rawDocx({ 'xl/workbook.xml': '<workbook/>' }))).toMatch(
      /không phải văn bản Word: không có phần nội dung chính \(word\/document\.xml\)/,
    );
  });

  it('a Word file with no plan table', async () => {
    expect(message(await wordFile([{ children: [p('KẾ HOẠCH'), p('Chỉ có chữ.')] }]))).toBe(
      noTableMessage,
    );
  });

  it('a zip bomb is given up as it inflates, without holding the reader', () => {
    const spaces = new Uint8Array(40 * 1024 * 1024).fill(0x20);
    const bomb = rawDocx({ '_rels/.rels': rels, 'word/document.xml': spaces });
    expect(bomb.length).toBeLessThan(100_000);
    const start = performance.now();
    expect(message(bomb)).toMatch(/khi giải nén vượt quá 16 MB.*bom nén/);
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it('a DOCTYPE with entities (billion laughs) is refused, never expanded', () => {
    const laughs =
      '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const xml = documentXml('<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p>', laughs);
    expect(message(docxOf(xml))).toMatch(/khai báo DOCTYPE/);
    const external = documentXml('<w:p/>', '<!DOCTYPE w:document SYSTEM "file:///etc/passwd">');
    expect(message(docxOf(external))).toMatch(/khai báo DOCTYPE/);
  });

  it('an unknown entity, broken XML, deep nesting', () => {
    expect(message(docxOf(documentXml('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>')))).toMatch(
      /XML không hợp lệ/,
    );
    expect(message(docxOf(documentXml('<w:p><w:r>')))).toMatch(/XML không hợp lệ/);
    const deep = '<w:sdt>'.repeat(300) + '</w:sdt>'.repeat(300);
    expect(message(docxOf(documentXml(deep)))).toMatch(/lồng nhau quá 256 cấp/);
  });

  it('every reason is its own', async () => {
    const reasons = new Set([
      wordFileMessages.doc,
      wordFileMessages.encrypted,
      wordFileMessages.empty,
      wordFileMessages.notWord,
      message(rawDocx({ 'a.xml': '<a/>' })),
      message(docxOf(documentXml('<w:p>'))),
      message(docxOf(documentXml('<w:p/>', '<!DOCTYPE x>'))),
      message(await wordFile([{ children: [p('x')] }])),
    ]);
    expect(reasons.size).toBe(8);
  });
});
