import { DOMParser, ParseError, type Element } from '@xmldom/xmldom';
import { CONVERT_ERRORS, ConvertError } from './types.ts';

/**
 * XML for KML through @xmldom/xmldom: a DOM that works the same in Node and in the browser
 * (geodata may not assume the browser's DOMParser). Elements are matched by local name, so
 * kml:Placemark and Placemark are one; kml: and gx: are assumed bound to KML's namespaces because
 * some files use them undeclared and Google Earth reads those.
 */
const ASSUMED_PREFIXES = { kml: 'http://www.opengis.net/kml/2.2', gx: 'http://www.google.com/kml/ext/2.2' };
const ELEMENT_NODE = 1;

function fail(message: string): never {
  throw new ConvertError(CONVERT_ERRORS.malformed, `the KML is not well-formed XML: ${message}`);
}

function documentElement(text: string, locator: boolean): Element | null {
  return new DOMParser({ xmlns: ASSUMED_PREFIXES, locator, onError: () => {} }).parseFromString(text, 'text/xml').documentElement;
}

/** xmldom's first line of a parse error, with where it is: the file parsed again tracking lines. */
function whatFails(text: string, error: ParseError): string {
  try {
    documentElement(text, true);
  } catch (e) {
    const at = (e instanceof ParseError ? e.locator : undefined) as { lineNumber?: number; columnNumber?: number } | undefined;
    if (at?.lineNumber) return `${(e as Error).message.split('\n')[0]} (line ${at.lineNumber}, column ${at.columnNumber})`;
  }
  return error.message.split('\n')[0];
}

/**
 * The document element. Only xmldom's fatal errors refuse a file: its other errors (an undefined
 * entity such as &nbsp;, a stray byte-order mark) leave the text as written, as browsers do.
 * Tracking line numbers makes xmldom 15–40% slower, so only a file that fails is parsed with them.
 */
export function parseXml(text: string): Element {
  // a blank line before the declaration is an error to XML but harmless, and some exporters write one
  const xml = text.trimStart();
  let root: Element | null;
  try {
    root = documentElement(xml, false);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    fail(whatFails(xml, e));
  }
  if (!root) fail('there is no element');
  return root;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

export function child(el: Element, name: string): Element | undefined {
  return children(el).find((c) => c.localName === name);
}

export function childText(el: Element, name: string): string | undefined {
  const c = child(el, name);
  return c === undefined ? undefined : (c.textContent ?? '').trim();
}

/** Every descendant element with the local name, in document order, whatever its namespace. */
export function descendants(el: Element, name: string): Element[] {
  return Array.from(el.getElementsByTagNameNS('*', name));
}
