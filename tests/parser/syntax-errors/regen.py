# Regenerates the expected stderr of every case from python3 (CPython 3.11):
#   cd tests/parser/syntax-errors && python3 regen.py
# Each case is NAME.py; python3's stderr for `python3 NAME.py` goes to NAME.stderr.
import os, subprocess, sys
CASES = {
    'dollar': '$\n', 'question': 'x = ?\n', 'euro': 'a = 1€\n', 'bad_decimal': '1abc\n',
    'leading_zeros': 'x = 0123\n', 'dot_attr_int': 'x = 1.__class__\n',
    'unterminated': "x = 'abc\n", 'unterminated_triple': "x = '''abc\n\ny = 2\n",
    'print_stmt': 'print "x"\n', 'never_closed': 'x = (1,\n', 'never_closed2': 'x = (1,\n2\n',
    'unmatched': ')\n', 'mismatch': '(]\n', 'mismatch_lines': 'x = [\n1,\n2)\n',
    'expected_colon': 'if x\n  pass\n', 'assign_call': 'f() = 1\n', 'assign_literal': '1 = x\n',
    'assign_expr': 'x + 1 = 2\n', 'assign_call_chain': 'f() = x = 1\n', 'assign_call_chain2': 'x = f() = 1\n',
    'assign_in_tuple': '(a, f()) = 1\n', 'expected_block': 'if x:\npass\n', 'unexpected_indent': ' x=1\n',
    'bad_dedent': 'if 1:\n    x\n  y\n', 'tab_error': 'if 1:\n\tx\n        y\n',
    'two_names': 'a b\n', 'forgot_comma': 'f(a b)\n', 'del_call': 'del f()\n', 'for_call': 'for f() in x: pass\n',
    'bin_digit': 'x = 0b12\n', 'underscore_end': 'x = 1_\n', 'double_underscore': 'x = 1__0\n',
    'bang': '!x\n', 'trailing_bang': 'x = 5 !\n', 'fstring_empty': 'f"{}"\n', 'fstring_conv': 'f"{x!z}"\n',
    'fstring_expecting': 'f"{x"\n', 'fstring_single_brace': 'f"}"\n', 'return_outside': 'return 1\n',
    'dup_arg': 'def f(a, a): pass\n', 'multi_star': 'a, *b, *c = d\n', 'star_alone': '*a = b\n',
    'nonlocal_module': 'nonlocal x\n', 'break_outside': 'break\n', 'continue_outside': 'x = 1\ncontinue\n',
    'bytes_nonascii': 'b"é"\n', 'assign_yield': 'def f():\n    x = yield = 3\n', 'assign_true': 'True = 1\n',
    'assign_genexp': '(x for x in y) = 1\n', 'star_after_dstar': 'f(**x, *y)\n', 'pos_after_kw': 'f(x=1, y)\n',
    'import_as_eof': 'import a.b as\n', 'from_star_more': 'from x import *, a\n', 'bare_star': 'def f(*): pass\n',
    'async_gen_return': 'async def f():\n    yield 1\n    return 2\n', 'await_module': 'await x\n',
    'yield_outside': 'yield 1\n', 'expected_block_def': 'def f():\nreturn 1\n', 'expected_block_eof': 'for x in y:\n',
    'expected_block_class': 'class A:\n\nx = 1\n', 'nonlocal_nobinding': 'def f():\n    nonlocal x\n',
    'param_global': 'def f(a):\n    global a\n', 'used_before_global': 'def f():\n    print(x)\n    global x\n',
    'indent_mid': 'x = 1\n    y = 2\n', 'nested_def_bad_dedent': 'def f():\n        x = 1\n    y = 2\n',
    'keyword_assign': 'f(a + 1 = 2)\n', 'walrus_attr': '(a.b := 1)\n', 'aug_tuple': 'a, b += 1\n',
    'del_literal': 'del 1\n', 'lambda_default': 'lambda a=1, b: 0\n', 'non_default_after': 'def f(a=1, b): pass\n',
    'except_comma': 'try:\n    pass\nexcept A, B:\n    pass\n', 'unclosed_brace_eof': 'd = {1: 2,\n',
    'tab_only': 'if 1:\n\tx = 1\n\ty = 2\n', 'ok_program': 'x = 1\nprint(x)\n',
    'starred_load': 'x = *a\n', 'import_star_func': 'def f():\n    from os import *\n',
    'continue_in_def': 'for x in y:\n    def f():\n        continue\n', 'await_sync': 'def f():\n    await x\n',
    'yield_in_listcomp': 'def f():\n    [(yield x) for x in y]\n', 'ellipsis_assign': '... = 1\n',
    'none_assign': 'None = 1\n', 'compare_assign': 'a < b = 1\n', 'lambda_assign': 'lambda: 1 = 1\n',
    'dict_assign': '{} = 1\n', 'triple_eof_multi': 'x = """abc\ndef\nghi\n',
    'invalid_char_ident': 'a€b = 1\n', 'else_no_if': 'else:\n    pass\n', 'semicolon_only': ';\n',
    'def_no_colon': 'def f()\n    pass\n', 'class_no_colon': 'class A\n    pass\n', 'while_no_colon': 'while x\n    pass\n',
    'else_no_colon': 'if x:\n    pass\nelse\n    pass\n', 'call_unclosed_line2': 'print("hi"\nx = 1\n',
    'missing_operand': 'x = 1 +\n', 'eq_in_if': 'if x = 1:\n    pass\n', 'keyword_as_name': 'class = 1\n',
    'def_keyword_name': 'def if(): pass\n', 'string_prefix_bad': "x = z'abc'\n", 'dict_missing_value': 'd = {1:}\n',
    'lambda_body_missing': 'f = lambda x:\n', 'import_from_missing': 'from import x\n', 'double_comma': 'f(a,,b)\n',
    'trailing_dot': 'x = a.\n', 'return_in_class': 'class A:\n    return 1\n', 'await_in_lambda': 'async def f():\n    g = lambda: await x\n',
    'nested_fstring_error': 'f"{a b}"\n', 'unindent_eof_block': 'def f():\n    if x:\n',
    'try_no_except': 'try:\n    pass\nx = 1\n', 'elif_after_else': 'if a:\n    pass\nelse:\n    pass\nelif b:\n    pass\n',
    'star_expr_alone': '*a\n', 'assign_to_keyword_arg': 'f(True=1)\n', 'del_starred': 'del *a\n',
    'yield_in_class': 'class A:\n    yield 1\n', 'walrus_in_comprehension_iter': '[x for x in (y := [1])]\n',
    'mixed_except_star': 'try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n',
    'global_after_assign': 'def f():\n    x = 1\n    global x\n', 'deep_dedent_ok': 'if a:\n    if b:\n        c\nd\n',
    'unterminated_in_call': 'print("abc)\n', 'null_byte_free': 'x = 1\n',
}
here = os.path.dirname(os.path.abspath(__file__))
for name, src in CASES.items():
    with open(os.path.join(here, name + '.py'), 'w', encoding='utf-8') as f:
        f.write(src)
    r = subprocess.run([sys.executable, name + '.py'], cwd=here, capture_output=True, text=True)
    with open(os.path.join(here, name + '.stderr'), 'w', encoding='utf-8') as f:
        f.write(r.stderr.replace(here + '/', ''))
