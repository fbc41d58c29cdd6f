/** The map is never rotated (bearing 0), so north is straight up. */
export function NorthArrow({ label, u }: { label: string; u: number }) {
  const w = 22 * u;
  const h = 34 * u;
  return (
    <svg className="north-arrow" width={w} height={h} viewBox="0 0 22 34" role="img" aria-label={label}>
      <text x="11" y="9" fontSize="9" fontWeight="700" textAnchor="middle">{label}</text>
      <polygon points="11,11 18,32 11,27" fill="#1f2933" />
      <polygon points="11,11 4,32 11,27" fill="#ffffff" stroke="#1f2933" strokeWidth="1" strokeLinejoin="round" />
    </svg>
  );
}
