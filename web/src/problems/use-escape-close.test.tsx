import { act, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useEscapeClose } from './use-escape-close.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => document.body.replaceChildren());

/** A map stand-in with a focusable canvas, a search box elsewhere, and a panel the map opens. */
function Harness() {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLElement>(null);
  useEscapeClose(open, () => setOpen(false), panel);
  return (
    <>
      <input className="search" />
      <div className="maplibregl-map">
        <canvas className="maplibregl-canvas" tabIndex={0} />
        <button type="button" className="pin" onClick={() => setOpen(true)}>
          pin
        </button>
      </div>
      {open && (
        <aside ref={panel}>
          <textarea />
        </aside>
      )}
    </>
  );
}

async function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => createRoot(host).render(<Harness />));
  const $ = <T extends Element>(sel: string) => host.querySelector<T & HTMLElement>(sel);
  const escape = (el: Element) => act(async () => void el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
  return { $, escape };
}

describe('useEscapeClose', () => {
  it('closes on Escape from inside the panel and gives focus back to what opened it', async () => {
    const { $, escape } = await mount();
    $('.pin')!.focus();
    await act(async () => $('.pin')!.click());
    $('textarea')!.focus();
    await escape($('textarea')!);
    expect($('aside')).toBeNull();
    expect(document.activeElement).toBe($('.pin'));
  });

  it('closes on Escape from the map, and leaves Escape in other widgets to them', async () => {
    const { $, escape } = await mount();
    await act(async () => $('.pin')!.click());
    await escape($('.search')!);
    expect($('aside')).not.toBeNull();
    await escape($('.maplibregl-canvas')!);
    expect($('aside')).toBeNull();
  });

  it('falls back to the map canvas when the opener is gone', async () => {
    const { $, escape } = await mount();
    $('.pin')!.focus();
    await act(async () => $('.pin')!.click());
    $('.pin')!.remove();
    $('textarea')!.focus();
    await escape($('textarea')!);
    expect(document.activeElement).toBe($('.maplibregl-canvas'));
  });
});
