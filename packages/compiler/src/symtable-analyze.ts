// Symbol table pass 2 (symtable.c's analyze_block): resolve every name to a scope, inner blocks
// seeing the names their enclosing functions bind.
import { syntaxError, type ErrorSite } from './errors';
import {
  CELL, DEF_BOUND, DEF_FREE, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL,
  type SymbolTableEntry,
} from './symtable';

/**
 * Resolves the scope of every name in `ste` and its children. `bound` holds the names bound by
 * enclosing function scopes (null at module level), `global` the names declared or known global;
 * names free in this block (or passing through it) are added to `free` for the parent.
 */
export function analyzeBlock(site: ErrorSite, ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>,
  global: Set<string>): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  // A class body's names are invisible to its methods, so children see only what we were given.
  if (ste.type === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of ste.symbols) analyzeName(site, ste, name, flags, bound, local, free, global);
  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const l of local) newBound.add(l);
    if (bound) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    // Methods may refer to __class__: it resolves to a cell of the class body (see dropClassFree).
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(site, child, new Set(newBound), childFree, new Set(newGlobal));
    for (const f of childFree) allFree.add(f);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const f of allFree) newFree.add(f);
  if (ste.type === 'function') {
    // Locals captured by inner functions become cells.
    for (const [name, scope] of ste.scopes) {
      if (scope === LOCAL && newFree.has(name)) {
        ste.scopes.set(name, CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === 'class' && newFree.delete('__class__')) {
    ste.needsClassClosure = true;
  }
  updateSymbols(ste, bound, newFree);
  for (const f of newFree) free.add(f);
}

function analyzeName(site: ErrorSite, ste: SymbolTableEntry, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>): void {
  const at = (msg: string): never => {
    throw syntaxError(site, msg, ste.directives.get(name) ?? { lineno: ste.lineno, col: 0, endLineno: ste.lineno, endCol: 0 });
  };
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) at(`name '${name}' is nonlocal and global`);
    ste.scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) at('nonlocal declaration not allowed at module level');
    if (!bound!.has(name)) at(`no binding for nonlocal '${name}' found`);
    ste.scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // A name used but not bound here: free if an enclosing function binds it, else global.
  if (bound && bound.has(name)) {
    ste.scopes.set(name, FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    ste.scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  ste.scopes.set(name, GLOBAL_IMPLICIT);
}

/**
 * Records free variables of children that pass through this block. A class body gets a FREE
 * entry for them (so it can hand the cell to its methods' closures); when the class itself also
 * binds the name, the entry stays LOCAL for the body and DEF_FREE_CLASS marks the closure use.
 */
function updateSymbols(ste: SymbolTableEntry, bound: Set<string> | null, childFree: Set<string>): void {
  for (const name of childFree) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      if (ste.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    ste.symbols.set(name, DEF_FREE);
    ste.scopes.set(name, FREE);
  }
}
