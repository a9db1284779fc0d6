# Records python3's AST (with positions) for every snippet in cases.py as canonical JSON:
#   cd tests/parser/ast-cases && python3 regen.py
# Output: expected.json, {name: tree}. ints as {"int": "..."}, floats as {"float": repr},
# bytes as {"bytes": [...]}, complex as {"complex": [re, im]}, Ellipsis as {"ellipsis": true}.
import ast, json, math, os
from cases import CASES

def f(v):
    if math.isinf(v): return {"float": "inf" if v > 0 else "-inf"}
    if math.isnan(v): return {"float": "nan"}
    return {"float": repr(v)}

def conv(n, const_value=False):
    if isinstance(n, ast.AST):
        d = {"_type": type(n).__name__}
        for k in n._fields:
            v = getattr(n, k, None)
            d[k] = conv(v, isinstance(n, ast.Constant) and k == 'value')
        for k in n._attributes:
            if hasattr(n, k): d[k] = getattr(n, k)
        return d
    if isinstance(n, list): return [conv(x) for x in n]
    if n is Ellipsis: return {"ellipsis": True}
    if isinstance(n, bool) or n is None or isinstance(n, str): return n
    if isinstance(n, int): return {"int": str(n)} if const_value else n
    if isinstance(n, float): return f(n)
    if isinstance(n, complex): return {"complex": [f(n.real), f(n.imag)]}
    if isinstance(n, bytes): return {"bytes": list(n)}
    raise TypeError(repr(n))

here = os.path.dirname(os.path.abspath(__file__))
out = {name: conv(ast.parse(src)) for name, src in CASES.items()}
with open(os.path.join(here, 'expected.json'), 'w') as fh:
    json.dump(out, fh, indent=0, sort_keys=True)
