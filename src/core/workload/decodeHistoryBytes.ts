/**
 * A history file's bytes to text, its encoding decided from the bytes: a byte-order mark
 * first (UTF-8, UTF-16 LE/BE), then strict UTF-8 validity, else GB18030 (which reads GBK
 * and GB2312: Chinese Excel saves CSV in the system code page). Uses the platform's
 * TextDecoder (Node and browsers; see docs/architecture.md, dependencies).
 */

export type HistoryEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * @example decodeHistoryBytes(new Uint8Array([0xc8, 0xd5, 0xc6, 0xda])) //=> { text: '日期', encoding: 'gb18030' }
 * @example decodeHistoryBytes(new TextEncoder().encode('date,calls')).encoding //=> 'utf-8'
 */
export function decodeHistoryBytes(bytes: Uint8Array): { text: string; encoding: HistoryEncoding } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
