import { CONVERT_ERRORS, ConvertError } from './types.ts';

/**
 * Just enough XML for KML, without a DOM (geodata runs in Node too): elements, attributes, text,
 * CDATA, entities; comments, processing instructions and the DOCTYPE are skipped. Element names
 * lose their namespace prefix (kml:Placemark → Placemark, gx:Track → Track).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e] ?? whole;
  });
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i >= 0 ? qname.slice(i + 1) : qname;
}

function fail(message: string): never {
  throw new ConvertError(CONVERT_ERRORS.malformed, `the KML is not well-formed XML: ${message}`);
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk.length > 0) stack[stack.length - 1].text += decodeEntities(chunk);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) fail('a comment is not closed');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) fail('a CDATA section is not closed');
      stack[stack.length - 1].text += text.slice(lt + 9, end);
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) fail('a processing instruction is not closed');
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      i = skipDeclaration(text, lt);
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      if (end < 0) fail('an end tag is not closed');
      const name = localName(text.slice(lt + 2, end).trim());
      const open = stack.pop();
      if (!open || open === root || open.name !== name) fail(`</${name}> does not close <${open && open !== root ? open.name : 'nothing'}>`);
      i = end + 1;
    } else {
      const end = tagEnd(text, lt);
      const selfClosing = text[end - 1] === '/';
      const body = text.slice(lt + 1, selfClosing ? end - 1 : end);
      const m = /^[^\s/>]+/.exec(body);
      if (!m) fail(`a tag without a name at character ${lt}`);
      const el: XmlElement = { name: localName(m[0]), attrs: {}, children: [], text: '' };
      for (const a of body.slice(m[0].length).matchAll(ATTR)) el.attrs[localName(a[1])] = decodeEntities(a[2] ?? a[3] ?? '');
      stack[stack.length - 1].children.push(el);
      if (!selfClosing) stack.push(el);
      i = end + 1;
    }
  }
  if (stack.length > 1) fail(`<${stack[stack.length - 1].name}> is never closed`);
  const top = root.children[0];
  if (!top) fail('there is no element');
  return top;
}

/** The end of a start tag, skipping '>' inside quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let k = from + 1; k < text.length; k++) {
    const c = text[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
  }
  return fail('a start tag is not closed');
}

function skipDeclaration(text: string, from: number): number {
  let depth = 0;
  for (let k = from + 2; k < text.length; k++) {
    if (text[k] === '[') depth++;
    else if (text[k] === ']') depth--;
    else if (text[k] === '>' && depth <= 0) return k + 1;
  }
  return fail('a declaration is not closed');
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function childText(el: XmlElement, name: string): string | undefined {
  const c = child(el, name);
  return c === undefined ? undefined : c.text.trim();
}

/** Every descendant element with the name, in document order (no recursion: files may nest deep). */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const todo: XmlElement[] = [...el.children].reverse();
  while (todo.length > 0) {
    const c = todo.pop()!;
    if (c.name === name) out.push(c);
    for (let k = c.children.length - 1; k >= 0; k--) todo.push(c.children[k]);
  }
  return out;
}
