export { COLUMN_FIELDS, type ColumnField, fieldForHeader } from './columns';
export { parseDanishDate, parseMoney, parseYesNo, serialToIsoDate, splitList } from './danish-values';
export { SPREADSHEET_ERROR_CODES, SpreadsheetError, type SpreadsheetErrorCode } from './errors';
export { SPREADSHEET_LIMITS } from './file-guard';
export { buildHearingWorkbook, HEARING_SHEET, type HearingWorkbookInput } from './hearing-workbook';
export {
  type InspectedColumn,
  type InspectedInitiative,
  type InspectOptions,
  type InspectResult,
  inspectSpreadsheet,
} from './inspect';
export {
  buildOverviewWorkbook,
  type FollowupEntry,
  followupEntriesFrom,
  OVERVIEW_SHEETS,
  type OverviewWorkbookInput,
} from './overview-workbook';
export {
  type FieldChange,
  type ImportPlan,
  type PlannedChange,
  type PlannedCreate,
  type PlannedMatch,
  planImport,
} from './plan-import';
export { toReportJson } from './report-json';
