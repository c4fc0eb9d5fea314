// @pyarena/memory: the heap model (obmalloc arenas/pools, raw allocator, free lists), the
// collectors, events, statistics and the heap verifier. Knows objects only through object.ts.
export * from './object';
export * from './obmalloc';
export * from './raw-alloc';
export * from './freelists';
export * from './gc-list';
export * from './events';
export * from './errors';
export * from './stats';
export * from './verify';
export * from './heap';
export * from './tracer';
export * from './collectors/collector';
export * from './collectors/refcount';
export * from './collectors/pymalloc';
export * from './collectors/generational';
export * from './collectors/marksweep';
export * from './collectors/incremental';
