import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import x
from .. import y
from ...pkg.mod import (z as w, v,)
from .mod import *
from __future__ import annotations
