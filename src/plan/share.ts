/**
 * A plan carried in a link: the plan's JSON, deflated with fflate and written in base64url, for
 * the part of the address after "#" (never sent to a server). Reading a link never throws: a
 * damaged or cut link comes back as a Vietnamese message, and the caller reads the value with
 * the model's reader like any file.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** Past this many characters a link may be cut by e-mail or chat programs: send the file instead. */
export const MAX_SHARE_LINK_LENGTH = 8000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function encodePlanForLink(plan: unknown): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(plan)), { level: 9 }));
}

export type SharedValue = { ok: true; value: unknown } | { ok: false; message: string };

export function decodePlanFromLink(encoded: string): SharedValue {
  const damaged = {
    ok: false as const,
    message:
      'Liên kết bị hỏng hoặc không đầy đủ (có thể bị cắt khi gửi qua thư hay tin nhắn), nên không đọc được kế hoạch. Hãy nhờ người gửi gửi lại liên kết, hoặc gửi tệp .json.',
  };
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return damaged;
  try {
    return { ok: true, value: JSON.parse(strFromU8(inflateSync(fromBase64Url(encoded)))) };
  } catch {
    return damaged;
  }
}
