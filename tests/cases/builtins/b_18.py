print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], slice(3).indices(10))
