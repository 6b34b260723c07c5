// CSS declarations made `!important`, so that no style sheet of the page overrides them (written once, without the repetition, since the content script's size counts).

/** `a:b;c:d;` → `a:b !important;c:d !important;` (every declaration must end with `;`). */
export const important = (css: string): string => css.replace(/;/g, ' !important;');
