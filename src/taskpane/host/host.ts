/** Where the pane runs: inside Excel (Office.js ready, host Excel) or a plain browser (preview mode). */
export type HostKind = 'excel' | 'preview';

export interface Host {
  readonly kind: HostKind;
  /** Office's theme is dark (Excel) or the browser prefers dark (preview) */
  readonly dark: boolean;
  /** UI language, e.g. 'en-US' (Office's display language, or the browser's) */
  readonly language: string;
}

const isDarkColour = (hex: string): boolean => {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
};

/** Detects the host after Office.onReady (or without Office at all, when office.js did not load). */
export function detectHost(info: { host?: Office.HostType | null } | undefined): Host {
  const inExcel = typeof Office !== 'undefined' && info?.host === Office.HostType.Excel;
  if (inExcel) {
    const theme = Office.context.officeTheme as Office.OfficeTheme | undefined;
    return { kind: 'excel', dark: theme ? isDarkColour(theme.bodyBackgroundColor) : false, language: Office.context.displayLanguage || 'en-US' };
  }
  const dark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return { kind: 'preview', dark, language: navigator.language || 'en-US' };
}
