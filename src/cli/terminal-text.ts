/**
 * Text from a plan file reaches the terminal through this one function. A plan may carry escape
 * sequences (set the window title, erase a line to fake "0 lỗi", write the clipboard with OSC 52),
 * so every control character but newline and tab is shown as `\uXXXX` instead of being sent:
 * C0, DEL and C1 (which some terminals read as 8-bit escapes), and the bidirectional overrides
 * and isolates that can make text read in a different order from what it is ("Trojan Source").
 * `\uXXXX` is also how JSON writes these characters, so printed JSON keeps its meaning.
 */
const unsafe =
  // eslint-disable-next-line no-control-regex -- finding control characters is this regex's job
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(unsafe, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
