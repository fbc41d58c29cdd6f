import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '@wangge/geodata';
import { MESSAGES, translate } from '../i18n/lang.ts';
import { notificationTarget, notificationWords } from './notification-words.ts';

const say = (lang: 'zh' | 'en', n: Parameters<typeof notificationWords>[0]) => {
  const w = notificationWords(n, lang === 'zh' ? 'zh-CN' : 'en-GB');
  return translate(MESSAGES[lang], w.key, w.params);
};

describe('notificationWords', () => {
  it('words every kind in both languages, with the week as its Friday’s date and no placeholder left', () => {
    const params = { week: '2026-11-20', grids: 2, hours: 3, units: 2, names: '乙局、丙局', by: '县级领导', problemId: 'P1', category: '环境卫生', note: '还有垃圾', count: 4 };
    for (const kind of Object.values(NOTIFICATION_KINDS)) {
      for (const lang of ['zh', 'en'] as const) expect(say(lang, { kind, params }), `${lang} ${kind}`).not.toMatch(/\{\w+\}/);
    }
    expect(say('zh', { kind: 'report_due', params: { week: '2026-11-20', hours: 3, grids: 2 } })).toBe('11月20日当周的周报还有 3 小时截止，2 个网格尚未报送。');
    expect(say('en', { kind: 'report_due', params: { week: '2026-11-20', hours: 3, grids: 2 } })).toBe('Week of 20 Nov: the report is due in 3 h; 2 grids not reported yet.');
    expect(say('zh', { kind: 'problem_returned', params: { problemId: 'P1', category: '环境卫生', note: '还有垃圾' } })).toBe('“环境卫生”问题被退回：还有垃圾');
  });

  it('says a kind this web does not know yet as a new notification, not as its code', () => {
    expect(say('zh', { kind: 'bulletin_issued' as never, params: {} })).toBe('一条新通知。');
  });
});

describe('notificationTarget', () => {
  it('opens the week’s view or the problem’s card', () => {
    expect(notificationTarget({ link: { view: 'reports', week: '2026-11-20' } })).toEqual({ week: '2026-11-20', drawer: 'reports', problem: null });
    expect(notificationTarget({ link: { problem: 'P1' } })).toEqual({ week: null, drawer: null, problem: 'P1' });
    expect(notificationTarget({ link: null })).toBeNull();
  });
});
