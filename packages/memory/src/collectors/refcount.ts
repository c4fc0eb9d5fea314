// --gc refcount: objects are freed when their count reaches zero; cycles leak. It is CPython 3.11
// with a cycle collector that never finds garbage: tracking, the three generations, get_count()
// and thresholds are kept exactly as the generational backend keeps them, so gc.get_objects(g),
// gc.is_tracked and gc.get_count() read as in CPython, but collect() only ages the survivors (and
// untracks atom-only tuples and dicts, as CPython's collections do) and returns 0. No automatic
// collections: gc.isenabled() is False and gc.enable() leaves it so (DESIGN.md section 6).
import type { BackendName } from '../events';
import type { RootSet } from '../object';
import type { CollectorHost } from './collector';
import { GenerationalCollector, NUM_GENERATIONS } from './generational';

export class RefcountCollector extends GenerationalCollector {
  override readonly name: BackendName = 'refcount';
  override readonly findsCycles: boolean = false;

  constructor(host: CollectorHost, thresholds: [number, number, number] = [700, 10, 10]) {
    super(host, thresholds, false);
    this.enabled = false;
  }

  override chooseGeneration(): number {
    return -1;
  }

  /** gc_collect_main with every object found reachable: counts, promotion, free lists. */
  override collect(generation: number, _roots: RootSet): number {
    const [young, old] = this.startCollection(generation);
    const full = generation === NUM_GENERATIONS - 1;
    this.untrackAtoms(young, full);
    this.ageSurvivors(generation, young, old);
    if (full) this.host.clearFreeLists();
    this.lastExamined = 0;
    this.lastCollected = 0;
    this.lastUncollectable = 0;
    this.collections[generation]++;
    return 0;
  }
}
