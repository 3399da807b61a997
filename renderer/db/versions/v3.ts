/**
 * Version 3: the bytes of attachments (received hearing sheets, reports), kept
 * locally by content hash; the synced `attachments` table holds their metadata.
 */
export const v3 = {
  attachmentBlobs: 'hash',
} as const;
