assert x
assert x, 'msg'
raise
raise E
raise E('m') from cause
return_ = 1
pass
