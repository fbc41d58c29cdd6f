import { useT } from '../i18n/lang.ts';

/** A phone number people can tap on a phone. */
export function Phone({ phone }: { phone: string }) {
  const t = useT();
  if (!phone) return null;
  return (
    <a className="phone" href={`tel:${phone.replace(/[^\d+]/g, '')}`} title={t('panel.call', { phone })}>
      {phone}
    </a>
  );
}
