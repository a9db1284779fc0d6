print(list(enumerate([])), sum([0.1] * 10), sum(range(101)))
