import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLang } from '../i18n/lang.ts';
import { LoginDialog } from './login-dialog.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// unmounted after each test, so switching the language in the next one re-renders no stale dialog
const roots: Root[] = [];
afterEach(() => {
  act(() => roots.splice(0).forEach((r) => r.unmount()));
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Types into a React-controlled input the way a user would (React listens for input events on the native value). */
function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function wrongPassword(): Promise<HTMLElement> {
  const refused = { error: { code: 'bad_credentials', message: 'wrong username or password' } };
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(refused), { status: 401, headers: { 'content-type': 'application/json' } })));
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  roots.push(root);
  await act(async () => root.render(<LoginDialog onClose={() => {}} />));
  await act(async () => {
    type(host.querySelector<HTMLInputElement>('input[name=username]')!, 'leader');
    type(host.querySelector<HTMLInputElement>('input[name=password]')!, 'WANGGE-DEMO');
  });
  await act(async () => host.querySelector('form')!.requestSubmit());
  return host.querySelector<HTMLElement>('[role=alert]')!;
}

describe('LoginDialog after a wrong password', () => {
  it('says what to try next (Caps Lock, the administrator), in Chinese by default', async () => {
    useLang.getState().setLang('zh');
    const alert = await wrongPassword();
    expect(alert.textContent).toContain('用户名或密码错误');
    expect(alert.querySelector('.login-hint')?.textContent).toMatch(/大小写锁定.*系统管理员/);
  });

  it('and in English', async () => {
    useLang.getState().setLang('en');
    const alert = await wrongPassword();
    expect(alert.textContent).toContain('Wrong username or password');
    expect(alert.querySelector('.login-hint')?.textContent).toMatch(/Caps Lock.*administrator/);
  });
});
