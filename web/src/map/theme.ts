/**
 * Colours and fonts shared by the map layers. Status colours come from @wangge/geodata; these are
 * the neutral ones around them, chosen to stay apart from every status colour (exempt is #f0f0f0).
 */
export const MAP_COLORS = {
  background: '#dde2e7',
  communityFill: '#f7f7f5',
  communityLine: '#3b4350',
  gridLine: '#ffffff',
  noStatus: '#ffffff',
  label: '#1f2933',
  halo: '#ffffff',
  zone: '#6a3d9a',
  selection: '#111827',
  cluster: '#37474f',
  /** the ring of an overdue problem pin: apart from every workflow colour (red to green) */
  overdue: '#c2185b',
  /** the pin being placed while filing a problem */
  draft: '#1d4ed8',
} as const;

/**
 * No glyphs URL in the style, so MapLibre draws every label with these local fonts (CJK included):
 * nothing is fetched from a glyph server, which county intranets do not have.
 */
export const MAP_FONTS = {
  regular: ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
  bold: ['Noto Sans CJK SC Bold', 'PingFang SC Semibold', 'Microsoft YaHei Bold', 'sans-serif'],
} as const;

/** Where a label may sit around its point, most wanted first (MapLibre tries them in order). */
export const LABEL_ANCHORS = ['center', 'top', 'bottom', 'left', 'right'] as const;
