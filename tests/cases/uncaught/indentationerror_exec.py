# IndentationError from exec(): one caret whatever its end offset
exec('if 1:\npass')
