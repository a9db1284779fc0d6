x = yield
(yield) = 1
