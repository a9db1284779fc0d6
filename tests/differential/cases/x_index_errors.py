for fn in (lambda: [1][5], lambda: (1,)[-3], lambda: "ab"[9], lambda: {}["k"], lambda: [].pop()):
    try:
        fn()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
