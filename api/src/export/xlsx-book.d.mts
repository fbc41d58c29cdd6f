export function writeWorkbook(sheetName: string, header: string[], rows: (string | number | null)[][]): Promise<ArrayBuffer>;
