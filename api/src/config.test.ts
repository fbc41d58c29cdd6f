import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.ts';

describe('configFromEnv', () => {
  it('seeds Dafang by default, nothing with none, or a county folder resolved from the repository', () => {
    expect(configFromEnv('/repo', {}).seed).toBe('dafang');
    expect(configFromEnv('/repo', { WANGGE_SEED: 'none' }).seed).toBe('none');
    expect(configFromEnv('/', { WANGGE_SEED: 'tmp' }).seed).toEqual({ folder: '/tmp' });
  });

  it('names the variable that is wrong', () => {
    expect(() => configFromEnv('/repo', { WANGGE_SEED: 'guiyang' })).toThrow('WANGGE_SEED "guiyang" must be "dafang", "none" or a dataset folder (/repo/guiyang does not exist)');
    expect(() => configFromEnv('/repo', { PORT: '80a' })).toThrow('PORT "80a" is not a port number');
    expect(() => configFromEnv('/repo', { WANGGE_BASEMAP: 'baidu' })).toThrow(/WANGGE_BASEMAP "baidu"/);
  });

  it('serves the web app from WANGGE_WEB_DIST when given', () => {
    expect(configFromEnv('/repo', {}).webDist).toBe('/repo/web/dist');
    expect(configFromEnv('/repo', { WANGGE_WEB_DIST: '/tmp/dist-x' }).webDist).toBe('/tmp/dist-x');
  });
});

describe('WANGGE_PUBLIC_URL', () => {
  it('is the address links in group messages start with, and refuses anything but http(s)', () => {
    expect(configFromEnv('/repo', {}).publicUrl).toBeNull();
    expect(configFromEnv('/repo', { WANGGE_PUBLIC_URL: 'https://wangge.dafang.gov.cn' }).publicUrl).toBe('https://wangge.dafang.gov.cn');
    expect(() => configFromEnv('/repo', { WANGGE_PUBLIC_URL: 'wangge.dafang.gov.cn' })).toThrow('WANGGE_PUBLIC_URL "wangge.dafang.gov.cn" must be the app\'s http:// or https:// address (e.g. https://wangge.example.gov.cn)');
  });
});

describe('WANGGE_TRUST_PROXY', () => {
  it('is off unless set, and takes 1/0 or true/false only', () => {
    expect(configFromEnv('/repo', {}).trustProxy).toBe(false);
    expect(configFromEnv('/repo', { WANGGE_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(configFromEnv('/repo', { WANGGE_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(() => configFromEnv('/repo', { WANGGE_TRUST_PROXY: 'nginx' })).toThrow('WANGGE_TRUST_PROXY "nginx" must be 1 or 0 (true or false)');
  });
});

describe('WANGGE_PHOTO_QUOTA', () => {
  it('is 60 photos per account per day unless set to a whole number', () => {
    expect(configFromEnv('/repo', {}).photoQuota).toBe(60);
    expect(configFromEnv('/repo', { WANGGE_PHOTO_QUOTA: '200' }).photoQuota).toBe(200);
    expect(() => configFromEnv('/repo', { WANGGE_PHOTO_QUOTA: '0' })).toThrow('WANGGE_PHOTO_QUOTA "0" must be a whole number of photos per account per day (at least 1)');
  });
});

describe('WANGGE_WORKERS', () => {
  it('is one process unless set to a whole number from 1 to 64', () => {
    expect(configFromEnv('/repo', {}).workers).toBe(1);
    expect(configFromEnv('/repo', { WANGGE_WORKERS: ' 4 ' }).workers).toBe(4);
    expect(() => configFromEnv('/repo', { WANGGE_WORKERS: '0' })).toThrow('WANGGE_WORKERS "0" must be a whole number of API processes from 1 to 64');
    expect(() => configFromEnv('/repo', { WANGGE_WORKERS: '65' })).toThrow('from 1 to 64');
    expect(() => configFromEnv('/repo', { WANGGE_WORKERS: 'two' })).toThrow('WANGGE_WORKERS "two"');
  });
});
