# An uncaught SyntaxError from exec() shows the string's line and a caret
src = 'x = 1\ndef f(:\n  pass\n'
exec(src)
