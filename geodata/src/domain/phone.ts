/**
 * A phone number someone in China can be called on: a mobile (11 digits from 13x to 19x, with or
 * without +86 / 0086) or a landline with its area code (010, 02x, 0xxx; the local number 7 or 8
 * digits not starting with 0 or 1; an extension after a dash). Spaces, dashes and brackets around
 * the area code are how people write them and are allowed. A number without an area code is
 * refused: the county seat's people are called from elsewhere too.
 */
export function isChinesePhone(raw: string): boolean {
  const s = raw.trim().replace(/[\s()（）]/g, '');
  if (s === '') return false;
  if (/^(?:\+86|0086)?-?1[3-9]\d{9}$/.test(s.replace(/-/g, ''))) return true;
  return /^(?:\+86-?|0086-?)?0\d{2,3}-?[2-9]\d{6,7}(?:-\d{1,6})?$/.test(s);
}
