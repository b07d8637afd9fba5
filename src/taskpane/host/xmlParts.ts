/**
 * The workbook's custom XML parts (ExcelApi 1.5), one part per namespace: where
 * the wizard keeps what is too large for document settings (the history, the
 * solved plan). The common `Office.context.document.customXmlParts` API is for
 * Word only, so this goes through `Excel.run`.
 */

/** One text value per namespace, kept in the document. */
export interface XmlPartStore {
  /** the part's XML, or undefined when there is none */
  read(namespace: string): Promise<string | undefined>;
  /** replaces the namespace's part with `xml` (undefined: removes it); the new part is added before the old one is deleted */
  write(namespace: string, xml: string | undefined): Promise<void>;
}

export function excelXmlParts(): XmlPartStore {
  return {
    read: (namespace) =>
      Excel.run(async (context) => {
        const parts = context.workbook.customXmlParts.getByNamespace(namespace);
        parts.load('items');
        await context.sync();
        const last = parts.items[parts.items.length - 1];
        if (!last) return undefined;
        const xml = last.getXml();
        await context.sync();
        return xml.value;
      }),
    write: (namespace, xml) =>
      Excel.run(async (context) => {
        const parts = context.workbook.customXmlParts.getByNamespace(namespace);
        parts.load('items');
        await context.sync();
        const old = [...parts.items];
        if (xml !== undefined) {
          context.workbook.customXmlParts.add(xml);
          await context.sync();
        }
        old.forEach((part) => part.delete());
        await context.sync();
      }),
  };
}

/** A value as a one-element XML document: JSON text (control characters escaped by JSON), then XML-escaped. */
export function toXmlPart(namespace: string, value: unknown): string {
  const text = JSON.stringify(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<ninestep xmlns="${namespace}">${text}</ninestep>`;
}

/** The value back from a part's XML (whatever escaping the host used), or undefined when it is damaged. */
export function fromXmlPart<T>(xml: string): T | undefined {
  try {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return undefined;
    return JSON.parse(doc.documentElement.textContent ?? '') as T;
  } catch {
    return undefined;
  }
}
