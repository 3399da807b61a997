import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout of staffing's dialogs: rows of fields that wrap, weekday checkboxes, compact tables. */
export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    '& > *': { flex: '1 1 180px' },
  },
  days: { display: 'flex', flexWrap: 'wrap', border: 'none', margin: 0, padding: 0 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  rowButton: { flex: '0 0 auto', alignSelf: 'flex-end' },
  start: { alignSelf: 'flex-start' },
  wide: { maxWidth: '880px', width: '100%' },
  compactTable: { minWidth: 'auto' },
  numberInput: { width: '90px' },
});
