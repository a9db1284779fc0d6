# Regenerates NAME.stderr for every NAME.py here from python3 (CPython 3.11):
#   python3 tests/parser/class-errors/regen.py
# The recorded text uses the bare file name, as formatSyntaxError is given it.
import glob, os, re, subprocess
os.chdir(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob('k*.py')):
    p = subprocess.run(['python3', f], capture_output=True, text=True)
    out = p.stderr if p.returncode and not p.stderr.startswith('Traceback') else ''
    out = re.sub(r'File "[^"]*/', 'File "', out)
    open(f[:-3] + '.stderr', 'w').write(out)
