#!/bin/sh
# Re-records the expected stdout/stderr of every tests/weakref/cases/NAME.py from python3
# (CPython 3.11). The test masks addresses, directories and the lines of weakref.py frames.
cd "$(dirname "$0")/cases" || exit 1
for f in *.py; do PYTHONHASHSEED=0 python3 "$f" > "${f%.py}.expected" 2> "${f%.py}.stderr"; done
