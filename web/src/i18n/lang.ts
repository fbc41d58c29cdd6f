import { create } from 'zustand';
import { en } from './en.ts';
import { zh, type MessageKey, type Messages } from './zh.ts';

export const LANGS = { zh: 'zh', en: 'en' } as const;
export type Lang = (typeof LANGS)[keyof typeof LANGS];

export const MESSAGES: Readonly<Record<Lang, Messages>> = { zh, en };
/** BCP 47 tags for <html lang> and Intl formatting. */
export const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

const STORAGE_KEY = 'wangge.lang';

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function translate(messages: Messages, key: MessageKey, params?: Params): string {
  const text = messages[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === LANGS.en ? LANGS.en : LANGS.zh;
  } catch {
    return LANGS.zh;
  }
}

interface LangStore {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** The UI language, persisted in localStorage so it survives reloads and shared links stay short. */
export const useLang = create<LangStore>((set) => ({
  lang: storedLang(),
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // private mode or storage disabled: the choice lasts for this page only
    }
    set({ lang });
  },
}));

export type T = (key: MessageKey, params?: Params) => string;

/** The translate function for the current language; components re-render when it changes. */
export function useT(): T {
  const lang = useLang((s) => s.lang);
  return (key, params) => translate(MESSAGES[lang], key, params);
}

export function useLocale(): string {
  return LOCALES[useLang((s) => s.lang)];
}
