import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { colorAt, onDark, PALETTE, PALETTE_DARK } from '@perfanalysis/shared/palette';

/** WCAG 2's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** The cards' colour in styles.css, light (:root) and dark (the switch's data-theme="dark"). */
function surfaces(): { light: string; dark: string } {
  const css = readFileSync(new URL('../../../src/styles.css', import.meta.url), 'utf8');
  const surfaceIn = (selector: string) => {
    const block = css.slice(css.indexOf(`${selector} {`));
    const found = /--surface:\s*(#[0-9a-f]{6})/i.exec(block.slice(0, block.indexOf('}')));
    assert.ok(found?.[1], `--surface in ${selector}`);
    return found[1];
  };
  return { light: surfaceIn(':root'), dark: surfaceIn(':root[data-theme="dark"]') };
}

test('every series colour reads at least 4.5:1 against the card it is drawn on, light and dark', () => {
  const { light, dark } = surfaces();
  assert.equal(PALETTE.length, PALETTE_DARK.length);
  for (let i = 0; i < PALETTE.length; i++) {
    const color = colorAt(i);
    assert.ok(contrast(color, light) >= 4.5, `${color} on ${light}: ${contrast(color, light).toFixed(2)}`);
    const shown = onDark(color);
    assert.ok(contrast(shown, dark) >= 4.5, `${shown} on ${dark}: ${contrast(shown, dark).toFixed(2)}`);
  }
  assert.equal(onDark('#123456'), '#123456', 'a colour outside the palette is left as it is');
});
