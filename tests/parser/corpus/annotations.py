x: int = 5
y: 'Forward'
z: list[dict[str, int | None]] = {}
def f(a: int = 1, *b: str, c: 'C' = None, **d: bytes) -> tuple[int, ...]: ...
class C:
    attr: ClassVar[int]
    other: Final = 1
w: (int) = 1
