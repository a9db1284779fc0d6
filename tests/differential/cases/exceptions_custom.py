class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
class Quiet(Exception):
    def __str__(self): return 'quiet!'
try:
    raise ValidationError('age', 'must be positive')
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args, isinstance(e, Exception))
try:
    raise Quiet(1, 2)
except Quiet as e:
    print(e, repr(e), e.args)
try:
    raise ValidationError
except TypeError as e:
    print('TypeError', e)
