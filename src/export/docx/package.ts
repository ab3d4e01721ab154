/**
 * A Word document as the unit's documents are laid out (Nghị định 30/2020/NĐ-CP, Phụ lục I): its
 * text on A4 portrait pages, then its annexes on A4 landscape pages, page numbers centred at the
 * top from the second page on; packed into bytes that depend only on the content and the date
 * given. The `docx` package stamps the file with the time of the export, in its core properties
 * and in the zip; both get that date instead (../stable-zip.ts).
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { cleanText } from '../plan-text.ts';
import { stampZip, w3cDateTime, type PackageDate } from '../stable-zip.ts';
import { A4, documentStyles, pageMargins, pt, sizes } from './styles.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The page number, centred at the top (Phụ lục I: from the second page on). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(sizes.body) })],
      }),
    ],
  });
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
}

/**
 * docProps/core.xml as docx writes it, but dated as asked: docx always writes the time of the
 * export there and has no option for another date.
 */
function coreProperties({ title, subject, author }: DocumentProperties, date: PackageDate): string {
  const stamp = w3cDateTime(date);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(title)}</dc:title>`,
    `<dc:subject>${escapeXml(subject)}</dc:subject>`,
    `<dc:creator>${escapeXml(author)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(author)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

export interface OfficialDocument {
  properties: DocumentProperties;
  /** The portrait pages: header block, text, signature. */
  body: (Paragraph | Table)[];
  /** The landscape pages: the annexes; none for a document without any (a letter). */
  annex: (Paragraph | Table)[];
  date: PackageDate;
}

export async function packDocx({
  properties: given,
  body,
  annex,
  date,
}: OfficialDocument): Promise<Uint8Array<ArrayBuffer>> {
  const properties: DocumentProperties = {
    title: cleanText(given.title),
    subject: cleanText(given.subject),
    author: cleanText(given.author),
  };
  const document = new Document({
    title: properties.title,
    subject: properties.subject,
    creator: properties.author,
    lastModifiedBy: properties.author,
    revision: 1,
    styles: documentStyles,
    sections: [
      {
        properties: {
          page: { size: { ...A4, orientation: 'portrait' }, margin: pageMargins },
          // The first page has no header of its own, so it shows no number.
          titlePage: true,
        },
        headers: { default: pageNumberHeader() },
        children: body,
      },
      ...(annex.length === 0
        ? []
        : [
            {
              properties: {
                // docx swaps width and height itself for a landscape section.
                page: { size: { ...A4, orientation: 'landscape' as const }, margin: pageMargins },
              },
              headers: { default: pageNumberHeader() },
              children: annex,
            },
          ]),
    ],
  });
  const packed = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreProperties(properties, date) },
  ]);
  return stampZip(packed, date);
}
