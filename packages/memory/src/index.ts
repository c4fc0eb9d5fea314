export * from './object';
