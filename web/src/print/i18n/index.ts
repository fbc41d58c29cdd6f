import { en } from './en.ts';
import { zh, type PrintMessageKey, type PrintMessages } from './zh.ts';

export type PrintLang = 'zh' | 'en';
export const PRINT_MESSAGES: Readonly<Record<PrintLang, PrintMessages>> = { zh, en };
export const PRINT_LOCALES: Readonly<Record<PrintLang, string>> = { zh: 'zh-CN', en: 'en-GB' };

export type PrintT = (key: PrintMessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** A translate function for one language; an unknown `{name}` placeholder stays visible. */
export function printT(lang: PrintLang): PrintT {
  const messages = PRINT_MESSAGES[lang];
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export type { PrintMessageKey };
