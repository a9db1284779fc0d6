import warnings
for a in [(), (1,2,3,4,5)]:
    try: warnings.warn(*a)
    except TypeError as e: print(e)
try: warnings.warn_explicit('m', UserWarning, 'f')
except TypeError as e: print(e)
warnings.filterwarnings('ignore', category=UserWarning)
warnings.filters.insert(0, ('error', None, 5, None, 0))
try: warnings.warn('x')
except TypeError as e: print(e)
