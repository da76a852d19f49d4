/**
 * QR codes for presenter views and office screens. lean-qr is loaded with a dynamic import()
 * the first time a code is needed, so no other view pays for it. The code is drawn by lit as an
 * SVG path (no innerHTML, no data URL).
 */
import { html, type TemplateResult } from 'lit';

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path data for the dark modules, one unit per module. */
  path: string;
}

const cache = new Map<string, Promise<QrCode>>();

/** The QR code for `text` (cached per text). */
export function qrCode(text: string): Promise<QrCode> {
  let found = cache.get(text);
  if (!found) {
    found = import('lean-qr').then(({ generate, correction }) => {
      const code = generate(text, { minCorrectionLevel: correction.M });
      return { size: code.size, path: modulesPath(code.size, (x, y) => code.get(x, y)) };
    });
    found.catch(() => cache.delete(text)); // a failed chunk load may succeed next time
    cache.set(text, found);
  }
  return found;
}

/** Dark modules as horizontal runs: `M x y h run v 1 h -run z`. */
export function modulesPath(size: number, dark: (x: number, y: number) => boolean): string {
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && dark(x, y)) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}

/** The code as an SVG with a four-module quiet zone; `label` names it for assistive technology. */
export function qrSvg(code: QrCode, label: string): TemplateResult {
  const side = code.size + 8;
  return html`<svg
    part="qr"
    class="qr"
    viewBox="-4 -4 ${side} ${side}"
    role="img"
    aria-label=${label}
    shape-rendering="crispEdges"
  >
    <rect x="-4" y="-4" width=${side} height=${side} fill="#fff"></rect>
    <path d=${code.path} fill="#000"></path>
  </svg>`;
}
