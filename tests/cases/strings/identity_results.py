# which str results are new objects and which are the shared one-character strs; bool's interned reprs
def single(s):
    return s is chr(ord(s)) if len(s) == 1 else None
cases = [
 ("upper", lambda: chr(97).upper()), ("upper_e", lambda: chr(233).upper()),
 ("upper_same", lambda: chr(65).upper()), ("lower", lambda: chr(65).lower()),
 ("lower_same", lambda: chr(97).lower()), ("lower_E", lambda: chr(201).lower()),
 ("swapcase", lambda: chr(65).swapcase()), ("swapcase_e", lambda: chr(233).swapcase()),
 ("swapcase_digit", lambda: "1".swapcase()), ("casefold", lambda: chr(97).casefold()),
 ("casefold_A", lambda: chr(65).casefold()), ("casefold_e", lambda: chr(233).casefold()),
 ("title", lambda: chr(97).title()), ("title_e", lambda: chr(233).title()),
 ("capitalize", lambda: chr(97).capitalize()), ("capitalize_e", lambda: chr(233).capitalize()),
 ("replace", lambda: "b".replace("b", "a")), ("replace_e", lambda: "b".replace("b", "é")),
 ("replace_shrink", lambda: "ab".replace("b", "")), ("replace_count", lambda: "bb".replace("b", "", 1)),
 ("join2", lambda: "".join(["a", ""])), ("join_sep", lambda: ",".join(["", ""])[0]),
 ("join_e", lambda: "".join([chr(233), ""])), ("step", lambda: "ab"[::2]), ("step_e", lambda: "éb"[::2]),
 ("step_neg", lambda: "ba"[::-2]), ("slice", lambda: "ab"[0:1]), ("slice_e", lambda: "éb"[0:1]),
 ("idx_e", lambda: "éb"[0]), ("strip", lambda: " a ".strip()), ("strip_chars", lambda: "xax".strip("x")),
 ("split", lambda: "a b".split()[0]), ("split_sep", lambda: "a,b".split(",")[0]),
 ("rsplit", lambda: "a b".rsplit()[1] if False else "b a".rsplit()[1]),
 ("partition", lambda: "a,b".partition(",")[0]), ("rpartition", lambda: "b,a".rpartition(",")[2]),
 ("splitlines", lambda: "a\nb".splitlines()[0]), ("expandtabs", lambda: "ab".expandtabs()[:1]),
 ("removeprefix", lambda: "ba".removeprefix("b")), ("removesuffix", lambda: "ab".removesuffix("b")),
 ("translate", lambda: "b".translate({98: 97})), ("translate_none", lambda: "a".translate({})),
 ("fstring", lambda: f"{chr(97)}"), ("chr", lambda: chr(97)), ("iter", lambda: next(iter("ab"))),
 ("decode", lambda: b"a".decode()), ("decode_latin", lambda: b"a".decode("latin-1")),
 ("str_bytes", lambda: str(b"a", "ascii")), ("repr_int", lambda: repr(5)), ("format_int", lambda: format(5)),
 ("format_int_d", lambda: format(5, "d")), ("hex", lambda: hex(5)[2:]), ("int_str_neg", lambda: str(-5)[1:]),
 ("concat", lambda: "" + chr(97)), ("concat2", lambda: chr(97) + ""), ("str_float_slice", lambda: str(1.5)[1]),
 ("min", lambda: min("ab")), ("sorted", lambda: sorted("ba")[0]), ("list", lambda: list("ab")[0]),
 ("tuple", lambda: tuple("ab")[0]), ("set", lambda: next(iter(set("a")))),
 ("reversed", lambda: next(reversed("ab"))), ("mapchr", lambda: "".join(map(chr, [97]))),
 ("ljust2", lambda: "a".ljust(2)[1]), ("lstrip", lambda: "  a".lstrip()), ("rstrip", lambda: "a  ".rstrip()),
]
for name, f in cases:
    print(name, repr(f()), single(f()))
print(str(True) is str(True), str(False) is repr(False), str(None) is str(None), repr(None) is repr(None), str(...) is str(...))
print(str(5) is str(5), repr(7) is repr(7), f"{5}" is f"{5}", str(12) == "12", str(-3) is str(-3))
