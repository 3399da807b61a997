import type { ChangeRecorder } from './change-recorder';

export interface AttachmentMeta {
  name: string;
  hash: string;
  size: number;
  mimeType: string;
  /** What the file is, e.g. "hearing-reply"; with the record it belongs to. */
  purpose: string;
  linkedTable: string;
  linkedId: string;
  addedAt: string;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Keep a file with the data: its bytes locally by content hash (written once),
 * its metadata as a synced record. Returns the attachment id.
 */
export async function storeAttachment(
  recorder: ChangeRecorder,
  file: Omit<AttachmentMeta, 'hash' | 'size' | 'addedAt'> & { bytes: Uint8Array },
  actor: string,
): Promise<string> {
  const hash = await sha256Hex(file.bytes);
  const { bytes, ...meta } = file;
  if (!(await recorder.db.attachmentBlobs.get(hash))) await recorder.db.attachmentBlobs.put({ hash, bytes });
  const id = crypto.randomUUID();
  await recorder.write(
    'attachments',
    id,
    { ...meta, hash, size: bytes.byteLength, addedAt: new Date().toISOString() },
    actor,
  );
  return id;
}

/** The bytes of an attachment, verified against its hash; null when missing or corrupt. */
export async function readAttachment(recorder: ChangeRecorder, hash: string): Promise<Uint8Array | null> {
  const blob = await recorder.db.attachmentBlobs.get(hash);
  if (!blob) return null;
  return (await sha256Hex(blob.bytes)) === hash ? blob.bytes : null;
}
