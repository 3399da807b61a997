import { SpreadsheetError } from './errors';

/**
 * Checks made on the raw bytes before any parser sees them: a crafted file
 * must be refused quickly and cheaply, not by exhausting memory in SheetJS.
 */
export const SPREADSHEET_LIMITS = {
  /** Bytes of the file as received. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Sum of the uncompressed sizes of a zip's entries (a 10,000 × 30 sheet is about 40 MB). */
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxZipEntries: 2_000,
  /** Rows read from one sheet. */
  maxRows: 100_000,
  maxColumns: 200,
} as const;

export type SpreadsheetFormat = 'xlsx' | 'ods' | 'xls' | 'csv';

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** Decide what the bytes are, refusing what is not a spreadsheet we read. */
export function sniffSpreadsheet(bytes: Uint8Array, fileName: string): SpreadsheetFormat {
  if (bytes.byteLength === 0) throw new SpreadsheetError('empty', 'The file is empty');
  if (bytes.byteLength > SPREADSHEET_LIMITS.maxFileBytes) {
    throw new SpreadsheetError('too-large', `The file is larger than ${SPREADSHEET_LIMITS.maxFileBytes} bytes`);
  }
  if (readUint32(bytes, 0) === ZIP_LOCAL) return zipFormat(readZipDirectory(bytes));
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    if (cfbHasStream(bytes, 'EncryptedPackage')) {
      throw new SpreadsheetError('password-protected', 'The workbook is password-protected');
    }
    if (!cfbHasStream(bytes, 'Workbook') && !cfbHasStream(bytes, 'Book')) {
      throw new SpreadsheetError('not-a-spreadsheet', 'The file is an Office document but not a workbook');
    }
    return 'xls';
  }
  if (looksLikeText(bytes) && /\.(csv|txt|tsv)$/i.test(fileName)) return 'csv';
  if (looksLikeText(bytes) && !looksLikeMarkup(bytes)) return 'csv';
  throw new SpreadsheetError('not-a-spreadsheet', 'The file is not a spreadsheet (.xlsx, .xls, .ods or .csv)');
}

function zipFormat(entries: ZipEntry[]): SpreadsheetFormat {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('EncryptionInfo')) throw new SpreadsheetError('password-protected', 'The workbook is encrypted');
  if (names.has('xl/workbook.xml') || names.has('xl/workbook.bin')) return 'xlsx';
  if (names.has('mimetype') && names.has('content.xml')) return 'ods';
  throw new SpreadsheetError('not-a-spreadsheet', 'The zip file is not a workbook');
}

/**
 * Read the zip's central directory and refuse archives that declare more than
 * the limits once inflated (zip bombs), zip64 archives and local headers that
 * disagree with the directory (a lying directory would defeat the check).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = () => new SpreadsheetError('corrupt', 'The workbook is damaged (bad zip directory)');
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt();
  const count = view.getUint16(end + 10, true);
  const dirOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    throw new SpreadsheetError('too-large', 'The workbook uses zip64, which is refused');
  }
  if (count > SPREADSHEET_LIMITS.maxZipEntries) {
    throw new SpreadsheetError('too-large', `The workbook has more than ${SPREADSHEET_LIMITS.maxZipEntries} parts`);
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== ZIP_CENTRAL) throw corrupt();
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      throw new SpreadsheetError('too-large', 'The workbook uses zip64, which is refused');
    }
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    checkLocalHeader(view, localOffset, compressedSize, uncompressedSize, corrupt);
    total += uncompressedSize;
    if (total > SPREADSHEET_LIMITS.maxUncompressedBytes) {
      throw new SpreadsheetError(
        'too-large',
        `The workbook would inflate to more than ${SPREADSHEET_LIMITS.maxUncompressedBytes} bytes`,
      );
    }
    entries.push({ name, compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkLocalHeader(
  view: DataView,
  offset: number,
  compressedSize: number,
  uncompressedSize: number,
  corrupt: () => Error,
): void {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== ZIP_LOCAL) throw corrupt();
  const flags = view.getUint16(offset + 6, true);
  if (flags & 0x0001) throw new SpreadsheetError('password-protected', 'The zip parts are encrypted');
  // With a data descriptor (bit 3) the local sizes are zero and the directory is authoritative.
  if (flags & 0x0008) return;
  const localCompressed = view.getUint32(offset + 18, true);
  const localUncompressed = view.getUint32(offset + 22, true);
  if (localCompressed !== compressedSize || localUncompressed !== uncompressedSize) throw corrupt();
}

/** Does a compound file (old Office format) hold a stream of this name? Directory names are UTF-16LE. */
function cfbHasStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  // Directory entries are 128 bytes and start on 128-byte boundaries after the 512-byte header.
  outer: for (let i = 512; i + needle.length + 2 <= bytes.byteLength; i += 128) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    // The name must end there (a NUL terminator), so "Workbook" does not match "WorkbookX".
    return bytes[i + needle.length] === 0 && bytes[i + needle.length + 1] === 0;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  for (const b of sample) if (b === 0) return false;
  return true;
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<') || head.startsWith('%pdf') || head.startsWith('{');
}

function readUint32(bytes: Uint8Array, at: number): number {
  if (bytes.byteLength < at + 4) return -1;
  return (
    ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0
  );
}
