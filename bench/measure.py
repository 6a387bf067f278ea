#!/usr/bin/env python3
"""Runs a command and prints 'SECONDS PEAK_RSS_MB' (wall clock, the child's maximum resident set).

Usage: measure.py COMMAND [ARGS...]   (the command's own output goes to /dev/null; its exit code is kept)
"""
import resource
import subprocess
import sys
import time

start = time.monotonic()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.monotonic() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{seconds:.3f} {peak_kb / 1024:.1f}")
sys.exit(code)
