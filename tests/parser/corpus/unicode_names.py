π = 3.14
café = 'x'
日本語 = 1
ﬁ = 2
𝔘𝔫𝔦 = 3
def ñ(ü): return ü
class Ω: pass
