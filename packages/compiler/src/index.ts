export * from './opcodes';
export * from './code-object';
export { compile, futureFeatures, type CompileOptions } from './codegen';
export { CompileError } from './errors';
export {
  buildSymtable, mangle, SymbolTable, SymbolTableEntry, SCOPE_NAMES, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
  FREE, CELL,
} from './symtable';
export { dis } from './dis';
export { dumpCode, loadCode, MARSHAL_VERSION } from './marshal';
