#!/bin/sh
# Diff our opcode sequence against CPython 3.11's for one program, after normalising away what
# 3.11 has and we don't (RESUME, PUSH_NULL, PRECALL, KW_NAMES, caches, CALL variants).
# usage (from packages/compiler): tools/compare-cpython.sh prog.py
set -e
python3 tools/cpython-ops.py "$1" > /tmp/pyarena-cpython-ops.txt
npx tsx tools/our-ops.ts "$1" 2>/dev/null > /tmp/pyarena-our-ops.txt
diff /tmp/pyarena-cpython-ops.txt /tmp/pyarena-our-ops.txt
