/**
 * A plan as the Word file a unit submits: a Kế hoạch laid out as Nghị định 30/2020/NĐ-CP,
 * Phụ lục I asks (see ./docx/styles.ts), with section III's table as a landscape annex.
 *
 * Pure: plan in, bytes out, no DOM and no Node built-ins, so that the builder (which loads this
 * module only when the user exports) and `ke-hoach export` produce the same bytes. The `docx`
 * package stamps the file with the time of the export, in its core properties and in the zip;
 * both get the plan's date instead (../stable-zip.ts).
 */
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Plan } from '../plan/schema.ts';
import { annexContent } from './docx/annex.ts';
import { bodyContent } from './docx/body.ts';
import { headerBlock } from './docx/header-block.ts';
import { A4, documentStyles, pageMargins, pt, sizes } from './docx/styles.ts';
import { cleanText, subjectLine } from './plan-text.ts';
import { packageDate, stampZip, w3cDateTime, type PackageDate } from './stable-zip.ts';

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

interface Properties {
  title: string;
  subject: string;
  author: string;
}

/**
 * docProps/core.xml as docx writes it, but dated from the plan: docx always writes the time of
 * the export there and has no option for another date.
 */
function coreProperties({ title, subject, author }: Properties, date: PackageDate): string {
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

export async function planToDocx(plan: Plan): Promise<Uint8Array<ArrayBuffer>> {
  const properties: Properties = {
    title: cleanText(`Kế hoạch ${subjectLine(plan).toLocaleLowerCase('vi-VN')}`),
    subject: cleanText(subjectLine(plan)),
    author: cleanText(plan.unit.name.trim()) || 'Kế hoạch CCHC',
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
        children: [...headerBlock(plan), ...bodyContent(plan)],
      },
      {
        properties: {
          // docx swaps width and height itself for a landscape section.
          page: { size: { ...A4, orientation: 'landscape' }, margin: pageMargins },
        },
        headers: { default: pageNumberHeader() },
        children: annexContent(plan),
      },
    ],
  });
  const date = packageDate(plan);
  const packed = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreProperties(properties, date) },
  ]);
  return stampZip(packed, date);
}
