// The wrapper that runs a program under CPython for `pyarena bench`: `python3 -c PROBE prog.py`.
// It times every collection with gc.callbacks (time.perf_counter between the 'start' and the
// 'stop' call), runs the program as __main__ with runpy, and writes what pyarena's --stats-json
// writes (the fields the harness reads) to the file named by PYARENA_BENCH_OUT. The program's own
// stdout and stderr are left alone. Collections at interpreter shutdown come after the file is
// written, as pyarena's shutdown collections are not events either.

export const CPYTHON_PROBE = String.raw`
import gc, json, os, resource, runpy, sys, time
_out = os.environ.pop("PYARENA_BENCH_OUT")
_now = time.perf_counter
_collections = []
_started = [0.0]
def _on_gc(phase, info):
    if phase == "start":
        _started[0] = _now()
    else:
        t = _now()
        _collections.append((_started[0] * 1000.0, (t - _started[0]) * 1000.0, info["generation"], info["collected"]))
gc.callbacks.append(_on_gc)
_program = sys.argv[1]
sys.argv = sys.argv[1:]
_code = 0
_t0 = _now()
try:
    runpy.run_path(_program, run_name="__main__")
except SystemExit as e:
    _code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    raise
except BaseException:
    _code = 1
    raise
finally:
    _t1 = _now()
    gc.callbacks.remove(_on_gc)
    with open(_out, "w") as f:
        json.dump({
            "target": "cpython",
            "version": sys.version.split()[0],
            "startMs": _t0 * 1000.0,
            "endMs": _t1 * 1000.0,
            "exitCode": _code,
            "collections": _collections,
            "peakHeapBytes": None,
            "maxRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "hostGcMs": None,
        }, f)
`;
