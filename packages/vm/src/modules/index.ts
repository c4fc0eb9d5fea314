// Every native module registers itself when imported here (runtime.ts imports this file).
import './registry';
import './frozen';
import './math';
import './random';
import './sys';
import './time';
import './operator';
import './gc';
import './weakref';
import './tracemalloc';
import './collections';
import './dataclasses';
