export * from './find-overlaps';
export * from './proposals';
export * from './text-similarity';
