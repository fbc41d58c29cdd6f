import { describe, expect, it } from 'vitest';
import type { LocateResponse } from '@wangge/geodata';
import { en } from '../../i18n/en.ts';
import { translate, type T } from '../../i18n/lang.ts';
import { zh } from '../../i18n/zh.ts';
import { placeWords } from './place-words.ts';

const tZh: T = (key, params) => translate(zh, key, params);
const tEn: T = (key, params) => translate(en, key, params);

const nowhere: LocateResponse = { lon: 105.5, lat: 27.1, grid: null, community: null, streetOffice: null, area: null, units: [], manager: null, supervisors: [], zones: [] };
const community = { id: 'chengbei', code: '520521001002', name: '城北社区' };
const streetOffice = { id: 'hongqi', code: '520521001', name: '红旗街道' };
const grid = (name: string) => ({
  id: 'chengbei-3', code: '520521001002003', name, communityId: 'chengbei', areaId: 'area-1', version: 1,
  communityName: '城北社区', streetOfficeId: 'hongqi', streetOfficeName: '红旗街道', areaName: '第一片区', unitIds: [], unitNames: [],
});

describe('placeWords', () => {
  it('names the grid and its code; the community only when the name does not already say it', () => {
    const inGrid = { ...nowhere, grid: grid('城北社区第3网格'), community, streetOffice };
    expect(placeWords(tZh, inGrid)).toBe('城北社区第3网格（520521001002003）');
    expect(placeWords(tEn, inGrid)).toBe('城北社区第3网格 (520521001002003)');
    const bare = { ...inGrid, grid: grid('第3网格') };
    expect(placeWords(tZh, bare)).toBe('城北社区 · 第3网格（520521001002003）');
    expect(placeWords(tEn, bare)).toBe('第3网格 (520521001002003), 城北社区');
  });

  it('says outside the grids, with the community and the street office the server routes it to', () => {
    const outside = { ...nowhere, community, streetOffice };
    expect(placeWords(tZh, outside)).toBe('网格外，城北社区（由红旗街道负责）');
    expect(placeWords(tEn, outside)).toBe('outside the grids, 城北社区 (红旗街道 answers for it)');
  });

  it('says so when the place is in no community at all', () => {
    expect(placeWords(tZh, nowhere)).toBe('网格外，不在任何社区内');
    expect(placeWords(tEn, nowhere)).toBe('outside the grids, in no community');
  });
});
