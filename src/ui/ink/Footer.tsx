// The footer: position, progress, section, pending count and the one hint, `? help`.
import { footerLine, type FooterInput } from '../frame/screen-layout';
import { LineText } from './LinesView';
import type { Theme } from '../frame/theme';

/** Props of Footer. */
export interface FooterProps extends FooterInput {
  /** The colours. */
  readonly theme: Theme;
}

/** The footer, one line. */
export function Footer({ theme, ...input }: FooterProps) {
  return <LineText line={footerLine(input)} theme={theme} />;
}
