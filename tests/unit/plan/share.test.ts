import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanValue } from '../../../src/plan/read/index.ts';
import {
  decodePlanFromLink,
  encodePlanForLink,
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
