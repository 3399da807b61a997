export * from './find-overlaps';
export * from './proposals';
export * from './proposals-workbook';
export * from './text-similarity';
