# A compiler error in exec'd source has no text: only the File line
exec('for x in y:\n  pass\nreturn 5')
