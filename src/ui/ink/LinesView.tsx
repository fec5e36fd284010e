// Draws laid-out lines (a slide body from MdBlocks, the help, the footer): one Ink line per line.
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { StyledLine } from '../../text/styled-line';
import { styledText } from '../frame/styled-text';
import type { Theme } from '../frame/theme';

/** Props of LinesView. */
export interface LinesViewProps {
  /** The lines, already wrapped to the width by display width. */
  readonly lines: readonly StyledLine[];
  /** The colours. */
  readonly theme: Theme;
  /** Draw link text as terminal hyperlinks (OSC 8) to the spans' `url`. */
  readonly hyperlinks?: boolean;
}

/** A line already styled (styled-text.ts); memoised, so an unchanged line costs React nothing on a key press. */
const StyledLineText = memo(function StyledLineText({ text }: { readonly text: string }) {
  return <Text wrap="truncate-end">{text === '' ? ' ' : text}</Text>;
});

/** One styled line; truncated rather than wrapped, so a line never becomes two. Styled as one string:
 * the same bytes as nested <Text>s per span, with one React element and one Ink text node per line. */
export function LineText({ line, theme, hyperlinks = false }: { readonly line: StyledLine; readonly theme: Theme; readonly hyperlinks?: boolean }) {
  return <StyledLineText text={styledText(line, theme, hyperlinks)} />;
}

/** The lines, top to bottom. */
export function LinesView({ lines, theme, hyperlinks = false }: LinesViewProps) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <LineText key={i} line={line} theme={theme} hyperlinks={hyperlinks} />
      ))}
    </Box>
  );
}
