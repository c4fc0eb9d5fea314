export * from './ast';
export { parse } from './parse';
export { PySyntaxError, formatSyntaxError, type SyntaxErrorType } from './errors';
