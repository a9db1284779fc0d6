"""A docstring first is allowed."""
from __future__ import division, print_function
from __future__ import generator_stop
import __future__
print(division, print_function.getOptionalRelease(), generator_stop.getMandatoryRelease())
print(__future__.annotations, __future__.all_feature_names[-1], __future__.CO_FUTURE_DIVISION)
for src in ['x = 1\nfrom __future__ import division', 'from __future__ import nope', '"doc"\nfrom __future__ import division\nfrom __future__ import generators\nprint(division)', 'from __future__ import braces', 'def f():\n    from __future__ import division\n']:
    try:
        exec(compile(src, 'f.py', 'exec'), {})
    except SyntaxError as e:
        print(repr(e), e.lineno, e.offset)
