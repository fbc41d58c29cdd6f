import type { ZoneInfo } from '@wangge/geodata';
import { useT } from '../i18n/lang.ts';

/** The special zones (专项责任区) that contain the clicked place, with their departments. */
export function ZonesSection({ zones }: { zones: ZoneInfo[] }) {
  const t = useT();
  if (zones.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="panel-zones">
      <h3 id="panel-zones">{t('panel.zones')}</h3>
      <ul className="zone-list">
        {zones.map((z) => (
          <li key={z.id} className="zone-item">
            <div className="zone-title">
              <span className="zone-name">{z.name}</span>
              <span className="tag tag-zone">{t(`zoneKind.${z.kind}`)}</span>
            </div>
            <div className="zone-units">
              <span className="muted">{t('panel.zoneUnits')}</span>
              <span>{z.units.map((u) => u.name).join(t('panel.listSeparator'))}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
