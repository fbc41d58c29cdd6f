import { useT } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/zh.ts';
import { MESSAGES } from '../i18n/lang.ts';
import { useEdit } from './edit.store.ts';

/** Why the last edit was refused, in the planner's words (geodata's message when there are none). */
export function RefusalNote() {
  const t = useT();
  const refused = useEdit((s) => s.refused);
  if (!refused) return null;
  const key = `edit.error.${refused.code}` as MessageKey;
  return (
    <p className="refusal" role="alert">
      {key in MESSAGES.zh ? t(key) : refused.message}
      <button type="button" className="icon-button" aria-label={t('panel.close')} onClick={() => useEdit.getState().refuse(null)}>
        ×
      </button>
    </p>
  );
}
