/**
 * What browsers and Node have and jsdom's window lacks: the Encoding API
 * (TextEncoder, TextDecoder — the pane decodes history files by their bytes).
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });
