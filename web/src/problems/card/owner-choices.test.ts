import { describe, expect, it } from 'vitest';
import type { ProblemUnitInfo } from '@wangge/geodata';
import { ownerChoices, ownerFormOf } from './owner-choices.ts';

const units: ProblemUnitInfo[] = [
  { id: 'shichang', name: '市场监管局', role: 'owner' },
  { id: 'jiaojing', name: '交警大队', role: 'cooperating' },
  { id: 'zhifa', name: '城市综合执法大队', role: 'routed' },
];

describe('ownerChoices', () => {
  it('puts the units answering for it first, as linked, then the others by collation without repeats', () => {
    const all = [
      { id: 'zhifa', name: '城市综合执法大队' },
      { id: 'weijian', name: '卫健局' },
      { id: 'shichang', name: '市场监管局' },
      { id: 'anjian', name: '安监局' },
    ];
    const c = ownerChoices(units, all, 'zh-CN');
    expect(c.linked.map((u) => u.id)).toEqual(['shichang', 'jiaojing', 'zhifa']);
    // 安 (ān) before 卫 (wèi) in pinyin order
    expect(c.others.map((u) => u.id)).toEqual(['anjian', 'weijian']);
  });
});

describe('ownerFormOf', () => {
  it('starts 改派 from the owner, person and co-operating units the problem carries, the deadline left as it is', () => {
    expect(ownerFormOf({ ownerUnitId: 'shichang', ownerPerson: { name: '李科长', phone: null }, units })).toEqual({ ownerUnitId: 'shichang', personName: '李科长', personPhone: '', due: '', coUnitIds: ['jiaojing'] });
  });

  it('proposes the first routed unit (the grid’s lead) for 交办 of an unowned problem', () => {
    const routed: ProblemUnitInfo[] = [
      { id: 'zhifa', name: '城市综合执法大队', role: 'routed' },
      { id: 'shichang', name: '市场监管局', role: 'routed' },
    ];
    expect(ownerFormOf({ ownerUnitId: null, ownerPerson: null, units: routed }).ownerUnitId).toBe('zhifa');
    expect(ownerFormOf({ ownerUnitId: null, ownerPerson: null, units: [] }).ownerUnitId).toBe('');
  });
});
