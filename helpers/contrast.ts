// WCAG 2.x contrast ratio, for "the pay button is properly highlighted". Colours come from
// getComputedStyle, so the parser takes the rgb()/rgba() forms Chromium returns, plus hex.

export interface Rgba { r: number; g: number; b: number; a: number }

export function parseCssColor(value: string): Rgba {
  const text = value.trim().toLowerCase();
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(text);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? Number(rgb[4].slice(0, -1)) / 100 : Number(rgb[4]);
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
  }
  const hex = /^#([0-9a-f]{3,8})$/.exec(text);
  if (hex?.[1]) {
    const digits = hex[1].length <= 4 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    const n = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? n(6) / 255 : 1 };
  }
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  throw new RangeError(`colour: expected rgb(), rgba() or #hex, got ${JSON.stringify(value)}`);
}

/** Composites a translucent colour over an opaque backdrop, as the browser paints it. */
export function blendOver(top: Rgba, backdrop: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + backdrop.r * (1 - a), g: top.g * a + backdrop.g * (1 - a), b: top.b * a + backdrop.b * (1 - a), a: 1 };
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const l1 = relativeLuminance(foreground);
  const l2 = relativeLuminance(background);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
