try: pass
except: pass
try: pass
except E: pass
except (A, B) as e: pass
else: pass
finally: pass
try: pass
finally: pass
try:
    raise
except* ValueError as eg:
    raise X from eg
except* (TypeError, KeyError):
    raise Y from None
