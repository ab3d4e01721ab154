/**
 * A plan carried in a link: the plan's JSON, deflated with fflate and written in base64url, for
 * the part of the address after "#" (never sent to a server). Reading a link never throws: a
 * damaged or cut link comes back as a Vietnamese message, and the caller reads the value with
 * the model's reader like any file.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { MAX_FILE_BYTES } from './file-format.ts';
import { joined } from './read/joined.ts';

/**
 * Past this many characters a link may be cut by e-mail or chat programs: send the file instead.
 * The builder never makes a longer link, so a longer one is refused before it is decoded.
 */
export const MAX_SHARE_LINK_LENGTH = 8000;

/**
 * Compressed input is fed to the inflater in pieces this big. Deflate expands at most about
 * 1,032 times, so the output is counted at least every megabyte or so and a "zip bomb" stops
 * just past the cap instead of filling memory first.
 */
const INFLATE_PIECE_BYTES = 1024;

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

/**
 * Raw deflate data inflated to at most `maxBytes`, or undefined when it is damaged or would be
 * larger. fflate's one-shot `inflateSync` has no limit, and given an output buffer it truncates
 * silently; its streaming `Inflate` lets the running total be checked as the output grows.
 */
export function inflateCapped(bytes: Uint8Array, maxBytes: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    done = final;
  });
  try {
    for (let start = 0; start < bytes.length && total <= maxBytes; start += INFLATE_PIECE_BYTES) {
      const end = start + INFLATE_PIECE_BYTES;
      inflater.push(bytes.subarray(start, end), end >= bytes.length);
    }
  } catch {
    return undefined;
  }
  if (!done || total > maxBytes) return undefined;
  return joined(chunks, total);
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
  if (encoded.length > MAX_SHARE_LINK_LENGTH || !/^[A-Za-z0-9_-]+$/.test(encoded)) return damaged;
  try {
    // A plan file is refused above MAX_FILE_BYTES; a link is a plan file, compressed.
    const json = inflateCapped(fromBase64Url(encoded), MAX_FILE_BYTES);
    if (json === undefined) return damaged;
    return { ok: true, value: JSON.parse(strFromU8(json)) };
  } catch {
    return damaged;
  }
}
