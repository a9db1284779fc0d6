#!/bin/sh
# Re-records the expected output of every scenario from python3 (CPython 3.11).
cd "$(dirname "$0")/cases" || exit 1
for f in *.py; do python3 "$f" > "${f%.py}.expected" 2> "${f%.py}.stderr"; done
