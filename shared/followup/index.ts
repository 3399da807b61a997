export * from './decimal';
export * from './district-import';
export * from './period';
export * from './progress';
export * from './ranking';
export * from './reporting-workbook';
export * from './schemas';
