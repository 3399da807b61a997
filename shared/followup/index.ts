export * from './period';
export * from './progress';
export * from './ranking';
export * from './schemas';
