import { describe, expect, it } from 'vitest';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { ClickChain, type HitTest } from './click-chain.ts';

const at = [105.6, 27.1] as const;
const point = { x: 10, y: 20 };
const pin = { properties: { id: 'p1' } } as unknown as MapGeoJSONFeature;
/** A map where only the 'pins' layer has something under the pointer. */
const pinsHit: HitTest = (_, layers) => (layers.includes('pins') ? pin : undefined);

describe('ClickChain', () => {
  it('offers a click to capture, then target, then fallback handlers, whatever order they were added in', () => {
    const seen: string[] = [];
    const chain = new ClickChain();
    chain.add({ phase: 'fallback', handle: () => (seen.push('fallback'), false) });
    chain.add({ phase: 'target', layers: ['pins'], handle: () => (seen.push('target'), false) });
    chain.add({ phase: 'capture', handle: () => (seen.push('capture'), false) });
    expect(chain.dispatch(at, point, pinsHit)).toBe(false);
    expect(seen).toEqual(['capture', 'target', 'fallback']);
  });

  it('stops at the first handler that deals with the click', () => {
    const seen: string[] = [];
    const chain = new ClickChain();
    chain.add({ phase: 'target', layers: ['pins'], handle: ({ hit }) => (seen.push(`pin ${hit!.properties.id}`), true) });
    chain.add({ phase: 'fallback', handle: () => (seen.push('inspect'), true) });
    expect(chain.dispatch(at, point, pinsHit)).toBe(true);
    expect(seen).toEqual(['pin p1']);
  });

  it('offers a target handler only clicks on its layers, and none before the style has loaded', () => {
    const seen: string[] = [];
    const chain = new ClickChain();
    chain.add({ phase: 'target', layers: ['clusters'], handle: () => (seen.push('cluster'), true) });
    chain.add({ phase: 'fallback', handle: ({ at: where, hit }) => (seen.push(`inspect ${where.join(',')} ${hit}`), true) });
    chain.dispatch(at, point, pinsHit);
    chain.dispatch(at, point, null);
    expect(seen).toEqual(['inspect 105.6,27.1 null', 'inspect 105.6,27.1 null']);
  });

  it('keeps the order handlers of one phase were added in, and forgets a removed one', () => {
    const seen: string[] = [];
    const chain = new ClickChain();
    const offEdit = chain.add({ phase: 'capture', handle: () => (seen.push('edit'), true) });
    chain.add({ phase: 'capture', handle: () => (seen.push('filing'), true) });
    chain.dispatch(at, point, null);
    offEdit();
    chain.dispatch(at, point, null);
    expect(seen).toEqual(['edit', 'filing']);
  });

  it('refuses a target handler without layers', () => {
    expect(() => new ClickChain().add({ phase: 'target', handle: () => true })).toThrow('a target click handler needs the layers that catch it');
  });
});
