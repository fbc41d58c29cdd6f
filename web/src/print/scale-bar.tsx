import { niceScale } from './scale.ts';

/** An alternating black-and-white bar of a round length, with 0, half and full marks. */
export function ScaleBar({ metresPerPx, maxPx, u }: { metresPerPx: number; maxPx: number; u: number }) {
  const s = niceScale(metresPerPx, maxPx);
  const h = 5 * u;
  const pad = 6 * u;
  const font = 8.5 * u;
  const width = s.px + 2 * pad + font * 2.5;
  const seg = s.px / s.segments;
  const half = s.metres / 2;
  const halfLabel = half >= 1000 ? `${half / 1000}` : `${half}`;
  return (
    <svg className="scale-bar" width={width} height={h + font * 1.9 + pad} viewBox={`0 0 ${width} ${h + font * 1.9 + pad}`} role="img" aria-label={s.label} data-metres={s.metres} data-px={s.px.toFixed(2)}>
      <g transform={`translate(${pad}, ${font * 1.5})`}>
        {Array.from({ length: s.segments }, (_, i) => (
          <rect key={i} x={i * seg} y={0} width={seg} height={h} fill={i % 2 === 0 ? '#1f2933' : '#ffffff'} stroke="#1f2933" strokeWidth={0.8 * u} />
        ))}
        <text x={0} y={-font * 0.45} fontSize={font} textAnchor="middle">0</text>
        <text x={s.px / 2} y={-font * 0.45} fontSize={font} textAnchor="middle">{halfLabel}</text>
        <text x={s.px} y={-font * 0.45} fontSize={font} textAnchor="start">{s.label}</text>
      </g>
    </svg>
  );
}
