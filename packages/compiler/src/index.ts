export * from './opcodes';
export * from './code-object';
