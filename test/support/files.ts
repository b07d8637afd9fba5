/**
 * A file as the wizard's file input gives it, for jsdom (whose Blob has neither
 * text() nor arrayBuffer()): the text's UTF-8 bytes, or the given bytes.
 */
export function fileOf(content: string | Uint8Array, name: string, type = 'text/csv'): File {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = new File([bytes as BlobPart], name, { type });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(new TextDecoder().decode(bytes)) });
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) });
  return file;
}
