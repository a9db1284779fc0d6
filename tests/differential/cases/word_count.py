text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away quick quick"""
counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(word.ljust(8) if False else word, n)
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:5], len(letters))
print(sorted(set(text.split())), len(text.split()))
