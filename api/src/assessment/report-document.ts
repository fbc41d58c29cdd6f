import type { AssessmentFailedItem, AssessmentReportResponse, AssessmentScoreGroup } from '@wangge/geodata';
import type { Block, PrintedDocument } from '../bulletin/sections.ts';
import { PROBLEM_STATUS_ZH, shanghaiTime } from '../export/labels.ts';
import { KIND_ZH } from './scores.ts';

/** The caption of the score map printed under the report's blocks. */
export const SCORE_MAP_CAPTION = '本轮测评得分图（网格和点位按得分着色）';

const score = (s: number | null) => (s === null ? '—' : s.toFixed(1));

/** "较上轮上升 4.3 分": scores are weighted pass rates in per cent, compared in points of them. */
function change(now: number, before: number): string {
  const d = now - before;
  if (Math.abs(d) < 0.05) return '与上轮持平';
  return `较上轮${d > 0 ? '上升' : '下降'} ${Math.abs(d).toFixed(1)} 分`;
}

function overallLine(r: AssessmentReportResponse): string {
  if (r.overall.score === null) return '本轮尚无测评结果，暂无得分。';
  const prev = r.previousRound;
  const against = !prev ? '；此前没有测评轮次' : prev.overall.score === null ? `；上轮（${prev.name}）没有得分` : `；上轮（${prev.name}）${score(prev.overall.score)} 分，${change(r.overall.score, prev.overall.score)}`;
  return `综合得分（加权达标率）${score(r.overall.score)} 分${against}。`;
}

/** A table of one grouping's scores, best first as the scores answer them; a line when nothing is scored. */
function scoreTable(label: string, groups: AssessmentScoreGroup[]): Block {
  if (groups.length === 0) return { kind: 'line', text: '暂无得分。' };
  return { kind: 'table', header: [label, '得分', '上轮得分', '点位数'], rows: groups.map((g) => [g.name, score(g.score), score(g.previous), String(g.points)]) };
}

function failedTable(r: AssessmentReportResponse): Block {
  if (r.failed.length === 0) return { kind: 'line', text: r.scored === 0 ? '本轮尚无测评结果。' : '无。' };
  const problem = (f: AssessmentFailedItem) => (f.problem ? `${f.problem.id}（${PROBLEM_STATUS_ZH[f.problem.status]}）` : '未立案');
  return {
    kind: 'table',
    header: ['点位', '类型', '不达标条目', '问题（状态）'],
    rows: r.failed.map((f) => [f.pointName, KIND_ZH[f.kind], `${f.itemText}${f.note ? `（${f.note}）` : ''}`, problem(f)]),
  };
}

/** A round's 测评报告 in the 通报's form: the 县创文办 head, the overall score against the last round, the score tables and what failed. */
export function reportDocument(r: AssessmentReportResponse): PrintedDocument {
  const { round } = r;
  const blocks: Block[] = [
    { kind: 'heading', text: '一、总体情况' },
    {
      kind: 'line',
      text: `本轮测评时间 ${round.from} 至 ${round.to}，随机种子 ${round.seed}，每个社区每类点位抽取 ${round.perCommunity} 个，共抽取点位 ${r.sampled} 个，已测评 ${r.scored} 个。`,
    },
    { kind: 'line', text: overallLine(r) },
    { kind: 'heading', text: '二、各街道得分' },
    scoreTable('街道', r.byStreetOffice),
    { kind: 'heading', text: '三、各社区得分' },
    scoreTable('社区', r.byCommunity),
    { kind: 'heading', text: '四、各单位得分' },
    scoreTable('单位', r.byUnit),
    { kind: 'heading', text: '五、各类点位得分' },
    scoreTable('点位类型', r.byKind),
    { kind: 'heading', text: '六、不达标条目及所立问题' },
    failedTable(r),
    { kind: 'line', text: '注：得分为加权达标率，即达标条目权重 ÷（达标 + 不达标条目权重）× 100，不适用的条目不计。' },
  ];
  return {
    issuer: r.issuer,
    title: `${round.name}模拟测评报告`,
    subtitle: `${r.countyName}　${r.issuer}　截至 ${shanghaiTime(r.asOf)}`,
    blocks,
  };
}
