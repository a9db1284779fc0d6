#!/bin/sh
# Re-record CPython's sys._debugmallocstats() output used by tests/obmalloc/stats.test.ts.
# python3 must be CPython 3.11; PY37 may point at a CPython 3.7 (pyenv 3.7.16 here).
set -e
cd "$(dirname "$0")"
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11); sys._debugmallocstats()' 2> debugmallocstats-3.11.txt
PY37="${PY37:-$HOME/.pyenv/versions/3.7.16/bin/python3.7}"
if [ -x "$PY37" ]; then
  "$PY37" -c 'import sys; sys._debugmallocstats()' 2> debugmallocstats-3.7.txt
fi
