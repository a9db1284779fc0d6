print('x' 'y' z)
