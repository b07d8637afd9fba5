/**
 * Whether a line meant for a Chinese reader still carries English sentences.
 * Values from the user's file (quoted cells and headers, the column named
 * after 列) and codes kept in every language (AGENT, VRU, MAPE, q_start,
 * YYYY-MM-DD, USD…) are not sentences; a lowercase English word of three or
 * more letters outside them is.
 */
const CJK = /[\u4e00-\u9fff]/;

/** The English words left in `line` once quoted values and column names are taken out; [] when it reads as Chinese. */
export function englishWords(line: string): string[] {
  const bare = line
    .replace(/"[^"]*"|“[^”]*”/g, ' ')
    .replace(/列 [^：，]+[：，]/g, ' ');
  return bare.match(/(?<![\w-])[a-z]{3,}(?![\w-])/g) ?? [];
}

/** Lines that are not Chinese: no CJK at all, or English words left (each with why). */
export function notChinese(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    if (!CJK.test(line)) return [`no Chinese: ${line}`];
    const words = englishWords(line);
    return words.length > 0 ? [`English (${words.join(', ')}): ${line}`] : [];
  });
}
