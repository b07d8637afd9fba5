import { makeStyles, tokens } from '@fluentui/react-components';

/** Shared layout: the pane is 320 px wide at its narrowest, so everything stacks and wraps. */
export const useStyles = makeStyles({
  fieldRow: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', alignItems: 'start', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, '& > *': { minWidth: 0 } },
  /** inputs fill their cell and may shrink below the browser's default 20-character width */
  control: { width: '100%', minWidth: 0 },
  controlInput: { minWidth: 0, width: '100%' },
  /** a step's heading: focused on step change, outlined only for the keyboard */
  heading: { ':focus': { outline: 'none' }, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  tableScroll: {
    maxHeight: '260px',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
  /** a label that wraps inside its box (radio options, long field labels at 320 px) */
  wrapLabel: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
  /** a table sized by its content (Fluent's default fixed layout squeezes long cells at 320 px); its box scrolls sideways */
  autoTable: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  /** wider cells than fieldRow, for long labels and values (column mapping) */
  wideRow: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'end', '& > *': { minWidth: 0 } },
  chart: { width: '100%', minHeight: '200px' },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  /** a chart's figure: the column gap alone spaces title, chart, legend and table */
  figure: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, '& > *': { margin: 0 } },
  formula: { fontFamily: tokens.fontFamilyMonospace, backgroundColor: tokens.colorNeutralBackground3, padding: `0 ${tokens.spacingHorizontalXS}` },
  report: { whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: tokens.fontFamilyBase, margin: 0 },
  issueList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  tierLabel: { minWidth: '72px' },
  bigNumber: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});
