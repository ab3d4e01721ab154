import { readFileSync } from 'node:fs';
import { Deflate, deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/plan/file-format.ts';
import { readPlanValue } from '../../../src/plan/read/index.ts';
import {
  decodePlanFromLink,
  encodePlanForLink,
  inflateCapped,
  MAX_SHARE_LINK_LENGTH,
} from '../../../src/plan/share.ts';

const example = JSON.parse(
  readFileSync(
    new URL('../../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url),
    'utf8',
  ),
);

describe('plans in links', () => {
  it('come back unchanged, in URL-safe characters', () => {
    const encoded = encodePlanForLink(example);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodePlanFromLink(encoded);
    expect(decoded).toEqual({ ok: true, value: example });
    expect(readPlanValue(decoded.ok && decoded.value).ok).toBe(true);
  });

  it('keep a 26-row plan well under the length that is safe to send', () => {
    expect(encodePlanForLink(example).length).toBeLessThan(MAX_SHARE_LINK_LENGTH);
  });

  it('answer a damaged, cut or tampered link with a message', () => {
    const encoded = encodePlanForLink(example);
    for (const bad of [
      encoded.slice(0, -40),
      `${encoded.slice(0, 100)}AAAA${encoded.slice(104)}`,
      'không-phải',
      '',
      '%%%',
    ]) {
      const decoded = decodePlanFromLink(bad);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.message).toContain('Liên kết bị hỏng');
    }
  });
});

/** A valid JSON plan-like value whose text is `megabytes` MB, deflated as a link without ever holding it. */
function bombLink(megabytes: number): string {
  const parts: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  deflater.push(strToU8('{"format":"ke-hoach-cchc","version":2,"notes":"'));
  for (let i = 0; i < megabytes; i++) deflater.push(spaces);
  deflater.push(strToU8('"}'), true);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('a link that inflates to a huge text (a "zip bomb")', () => {
  /** 87,000 characters that inflate to 64 MB. */
  const bomb64 = bombLink(64);

  it('is refused as damaged when it is longer than any link the builder makes', () => {
    const link = bomb64;
    expect(link.length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
    const decoded = decodePlanFromLink(link);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toContain('Liên kết bị hỏng');
  });

  it('is refused as damaged when short enough but inflating past the file size limit', () => {
    const link = bombLink(MAX_FILE_BYTES / (1024 * 1024));
    expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    const decoded = decodePlanFromLink(link);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toContain('Liên kết bị hỏng');
  });

  it('stops inflating just past the cap, whatever the link length', () => {
    const bytes = Uint8Array.from(atob(bomb64.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    expect(inflateCapped(bytes, MAX_FILE_BYTES)).toBeUndefined();
    const small = deflateSync(strToU8('{"a":1}'));
    expect(inflateCapped(small, 7)).toEqual(strToU8('{"a":1}'));
    expect(inflateCapped(small, 6)).toBeUndefined();
    expect(inflateCapped(small.subarray(0, small.length - 2), 100)).toBeUndefined();
  });
});
