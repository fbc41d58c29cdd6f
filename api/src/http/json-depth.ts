/** Deeper than any body the app sends (a MultiPolygon is four levels); deeper ones are refused before parsing. */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply JSON text nests its arrays and objects, counted in one pass without parsing, so a
 * body nested thousands deep is refused before anything recursive (validation, the audit log's
 * JSON.stringify) meets it. Stops counting once past `stopAt`.
 */
export function jsonDepth(text: string, stopAt = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) depth--;
  }
  return max;
}
