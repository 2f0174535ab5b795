/** The charts' font: DejaVu Sans, shipped with the package (dejavu-fonts-ttf) and named in every SVG. */
export const FONT_FAMILY = 'DejaVu Sans';
