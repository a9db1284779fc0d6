class A(B): pass
class C(): pass
class D: pass
