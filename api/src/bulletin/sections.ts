import type { BulletinGroup, BulletinResponse, BulletinUnit } from '@wangge/geodata';
import { STATUS_ZH, formatMinutes, shanghaiTime } from '../export/labels.ts';

/** A block of the 通报: a heading, then lines of text or a table. */
export type Block = { kind: 'heading'; text: string } | { kind: 'line'; text: string } | { kind: 'table'; header: string[]; rows: string[][] };

/** A printed document of the 县创文办: its title lines and its blocks, in Chinese (the 通报, a round's 测评报告). */
export interface PrintedDocument {
  issuer: string;
  title: string;
  subtitle: string;
  blocks: Block[];
}

/** The printed 通报, shared by the PDF and the Word file. */
export type BulletinDocument = PrintedDocument;

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function change(thisWeek: number | null, lastWeek: number | null): string {
  if (thisWeek === null || lastWeek === null) return '';
  const d = (thisWeek - lastWeek) * 100;
  if (Math.abs(d) < 0.05) return '，与上周持平';
  return `，较上周${d > 0 ? '上升' : '下降'}${Math.abs(d).toFixed(1)}个百分点`;
}

/**
 * One numbered line per unit: "（1）单位：网格 …；联系人 电话". The full-width bracket before the name
 * and the colon after it let a reader (and a test) find exactly which units a list names.
 */
function unitLines(units: BulletinUnit[], withStatus: boolean): Block[] {
  if (units.length === 0) return [{ kind: 'line', text: '无。' }];
  return units.map((u, i) => {
    const grids = u.grids.map((g) => `${g.name}（${g.code}）${withStatus ? STATUS_ZH[g.status] : ''}`).join('、');
    const contact = u.contactName || u.contactPhone ? `；联系人 ${u.contactName} ${u.contactPhone}`.trimEnd() : '';
    return { kind: 'line', text: `（${i + 1}）${u.unitName}：${grids}${contact}` };
  });
}

const names = (units: BulletinUnit[]) => units.map((u) => u.unitName).join('、') || '—';

function groupTable(label: string, groups: BulletinGroup[]): Block {
  return { kind: 'table', header: [label, '未报', '逾期报送', '按时报送'], rows: groups.map((g) => [g.name, names(g.missing), names(g.late), names(g.onTime)]) };
}

/** The 通报's words, from the bulletin's figures. */
export function bulletinDocument(b: BulletinResponse): BulletinDocument {
  const t = b.thisWeek;
  const blocks: Block[] = [
    { kind: 'heading', text: '一、总体情况' },
    {
      kind: 'line',
      text: `本周（${b.week} 周，报送截止 ${shanghaiTime(b.dueAt)}）应报 ${t.due} 项，按时报送 ${t.onTime} 项，按时率 ${pct(t.rate)}；上周按时率 ${pct(b.lastWeek.rate)}${change(t.rate, b.lastWeek.rate)}。未报单位 ${b.missing.length} 个，逾期报送单位 ${b.late.length} 个。`,
    },
    { kind: 'heading', text: '二、未报单位' },
    ...unitLines(b.missing, true),
    { kind: 'heading', text: '三、逾期报送单位' },
    ...unitLines(b.late, true),
  ];
  if (b.pending.length) blocks.push({ kind: 'heading', text: '待报单位（截止前）' }, ...unitLines(b.pending, false));
  blocks.push(
    { kind: 'heading', text: '四、按时报送单位' },
    { kind: 'line', text: `${names(b.onTime)}。` },
    { kind: 'heading', text: '五、各片区报送情况' },
    groupTable('片区', b.byArea),
    { kind: 'heading', text: '六、各街道报送情况' },
    groupTable('街道', b.byStreetOffice),
    { kind: 'heading', text: '七、连续两周及以上未报（移送县纪委）' },
    ...(b.escalated.length
      ? b.escalated.map((e, i): Block => ({ kind: 'line', text: `（${i + 1}）${e.unitName}：连续 ${e.weeks} 周未报（${e.grids.map((g) => `${g.name} ${g.weeks} 周`).join('、')}）` }))
      : [{ kind: 'line', text: '无。' } as Block]),
    { kind: 'heading', text: '八、问题逾期未整改情况' },
    b.overdueProblems.length
      ? {
          kind: 'table',
          header: ['单位', '逾期问题数', '问题'],
          rows: b.overdueProblems.map((u) => [u.unitName, String(u.problems.length), u.problems.map((p) => `${p.category}：${p.description}（逾期 ${formatMinutes(p.overdueHours * 60)}）`).join('；')]),
        }
      : { kind: 'line', text: '无。' },
  );
  if (b.comment) blocks.push({ kind: 'heading', text: '九、县创文办意见' }, { kind: 'line', text: b.comment.text });
  return {
    issuer: b.issuer,
    title: `${b.countyName}网格化管理工作周通报`,
    subtitle: `${b.issuer}　${b.week} 周　${b.issuedAt ? `${shanghaiTime(b.issuedAt)} 发布` : `截至 ${shanghaiTime(b.asOf)}（未发布）`}`,
    blocks,
  };
}
