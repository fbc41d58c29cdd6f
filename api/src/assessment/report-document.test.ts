import { describe, expect, it } from 'vitest';
import type { AssessmentReportResponse, AssessmentScoreGroup } from '@wangge/geodata';
import { deepFreeze } from '../test/fixture.ts';
import { reportDocument } from './report-document.ts';

const group = (key: string, name: string, score: number | null, previous: number | null, points: number): AssessmentScoreGroup => ({ key, name, score, previous, points, passWeight: 0, countedWeight: 0 });

/**
 * A second round, worked by hand: 27 of 38 weight passed over its five scored points → 71.05… → 71.1;
 * the first round had 25 of 40 → 62.5; so 8.6 up.
 */
const REPORT: AssessmentReportResponse = deepFreeze({
  round: { id: 'AR2', name: '第二轮', from: '2026-12-07', to: '2026-12-11', seed: 42, perCommunity: 2, kinds: ['market', 'main_road'] },
  countyName: '测试县',
  issuer: '县创文办',
  asOf: '2026-12-12T02:00:00.000Z',
  previousRound: { id: 'AR1', name: '第一轮', overall: { score: 62.5, passWeight: 25, countedWeight: 40 } },
  sampled: 6,
  scored: 5,
  overall: { score: 71.1, passWeight: 27, countedWeight: 38 },
  byStreetOffice: [group('S2', '东街道', 83.3, 90, 2), group('S1', '西街道', 60, null, 3)],
  byCommunity: [group('C2', '乙社区', 100, 80, 1), group('C3', '丙社区', 62.5, null, 1), group('C1', '甲社区', 60, 55, 3)],
  byUnit: [group('U3', '市场监管局', 100, null, 1), group('U1', '甲局', 70, 70, 2)],
  byKind: [group('main_road', '主干道', 80, null, 1), group('market', '农贸市场', 69.7, 75, 4)],
  failed: [
    { pointId: 'P1', pointName: '甲市场', kind: 'market', itemId: 'market-2', itemText: '摊位按区经营，不出店占道', note: '摊位出店', problem: { id: 'PRB1', status: 'assigned' } },
    { pointId: 'P4', pointName: '甲路', kind: 'main_road', itemId: 'main_road-2', itemText: '车辆有序停放', note: null, problem: null },
  ],
});

const texts = (r: AssessmentReportResponse) => reportDocument(r).blocks.map((b) => (b.kind === 'table' ? [b.header, ...b.rows] : b.text));

describe('a round’s 测评报告', () => {
  it('heads like the 通报 and titles itself with the round', () => {
    const doc = reportDocument(REPORT);
    expect(doc.issuer).toBe('县创文办');
    expect(doc.title).toBe('第二轮模拟测评报告');
    // 02:00 UTC is 10:00 in Shanghai
    expect(doc.subtitle).toBe('测试县　县创文办　截至 2026-12-12 10:00');
  });

  it('says the dates, seed and sample, the overall score against the last round, then each table and what failed', () => {
    expect(texts(REPORT)).toEqual([
      '一、总体情况',
      '本轮测评时间 2026-12-07 至 2026-12-11，随机种子 42，每个社区每类点位抽取 2 个，共抽取点位 6 个，已测评 5 个。',
      '综合得分（加权达标率）71.1 分；上轮（第一轮）62.5 分，较上轮上升 8.6 分。',
      '二、各街道得分',
      [['街道', '得分', '上轮得分', '点位数'], ['东街道', '83.3', '90.0', '2'], ['西街道', '60.0', '—', '3']],
      '三、各社区得分',
      [['社区', '得分', '上轮得分', '点位数'], ['乙社区', '100.0', '80.0', '1'], ['丙社区', '62.5', '—', '1'], ['甲社区', '60.0', '55.0', '3']],
      '四、各单位得分',
      [['单位', '得分', '上轮得分', '点位数'], ['市场监管局', '100.0', '—', '1'], ['甲局', '70.0', '70.0', '2']],
      '五、各类点位得分',
      [['点位类型', '得分', '上轮得分', '点位数'], ['主干道', '80.0', '—', '1'], ['农贸市场', '69.7', '75.0', '4']],
      '六、不达标条目及所立问题',
      [
        ['点位', '类型', '不达标条目', '问题（状态）'],
        ['甲市场', '农贸市场', '摊位按区经营，不出店占道（摊位出店）', 'PRB1（已交办）'],
        ['甲路', '主干道', '车辆有序停放', '未立案'],
      ],
      '注：得分为加权达标率，即达标条目权重 ÷（达标 + 不达标条目权重）× 100，不适用的条目不计。',
    ]);
  });

  it('compares with the last round down, level, without a score, or says there was none', () => {
    const overall = (score: number | null, previous: AssessmentReportResponse['previousRound']) => texts({ ...REPORT, overall: { ...REPORT.overall, score }, previousRound: previous })[2];
    const first = REPORT.previousRound!;
    expect(overall(59.5, first)).toBe('综合得分（加权达标率）59.5 分；上轮（第一轮）62.5 分，较上轮下降 3.0 分。');
    expect(overall(62.5, first)).toBe('综合得分（加权达标率）62.5 分；上轮（第一轮）62.5 分，与上轮持平。');
    expect(overall(71.1, { ...first, overall: { score: null, passWeight: 0, countedWeight: 0 } })).toBe('综合得分（加权达标率）71.1 分；上轮（第一轮）没有得分。');
    expect(overall(71.1, null)).toBe('综合得分（加权达标率）71.1 分；此前没有测评轮次。');
  });

  it('still prints a round with nothing scored yet, and says so', () => {
    const empty: AssessmentReportResponse = { ...REPORT, scored: 0, overall: { score: null, passWeight: 0, countedWeight: 0 }, byStreetOffice: [], byCommunity: [], byUnit: [], byKind: [], failed: [] };
    const t = texts(empty);
    expect(t[1]).toBe('本轮测评时间 2026-12-07 至 2026-12-11，随机种子 42，每个社区每类点位抽取 2 个，共抽取点位 6 个，已测评 0 个。');
    expect(t[2]).toBe('本轮尚无测评结果，暂无得分。');
    expect([t[4], t[6], t[8], t[10]]).toEqual(['暂无得分。', '暂无得分。', '暂无得分。', '暂无得分。']);
    expect(t[12]).toBe('本轮尚无测评结果。');
    // scored, nothing failed
    expect(texts({ ...REPORT, failed: [] })[12]).toBe('无。');
  });
});
