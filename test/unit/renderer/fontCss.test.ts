// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fontFacesFor } from '../../../renderer/features/export/fontCss.ts';

const LATIN = '@font-face { font-family: Inter; font-weight: 400; unicode-range: U+0000-00FF, U+0131, U+2000-206F; src: url("data:latin"); }';
const CYRILLIC = '@font-face { font-family: Inter; font-weight: 400; unicode-range: U+0400-045F, U+0490-0491; src: url("data:cyrillic"); }';
const GREEK = '@font-face { font-family: Inter; font-weight: 400; unicode-range: U+03??; src: url("data:greek"); }';
const ANY = '@font-face { font-family: Icons; src: url("data:any"); }';
const CSS = [LATIN, CYRILLIC, GREEK, ANY].join('\n');

describe('fontFacesFor (a picture carries only the fonts its text needs)', () => {
  it('keeps the faces whose range covers a character of the text, and faces without a range', () => {
    expect(fontFacesFor(CSS, 'Order ahead — “Pay”')).toBe([LATIN, ANY].join('\n'));
    expect(fontFacesFor(CSS, 'Заказ')).toBe([CYRILLIC, ANY].join('\n'));
  });

  it('reads wildcard ranges (U+03??) and single code points', () => {
    expect(fontFacesFor(CSS, 'Ωμέγα')).toBe([GREEK, ANY].join('\n'));
    expect(fontFacesFor(CSS, 'ı')).toBe([LATIN, ANY].join('\n'));
  });
});
