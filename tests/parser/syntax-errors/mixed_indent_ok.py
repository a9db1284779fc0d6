if a:
        b
if c:
	b
