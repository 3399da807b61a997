// The Danish formats moved to shared/format/danish.ts; this stays only until InitiativeDetail imports from there.
export { formatAmount, formatShortDate, parseAmount, parseDanishDate } from '../../../shared/format/danish';
