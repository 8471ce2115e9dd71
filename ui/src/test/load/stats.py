#!/usr/bin/env python3
"""Prints Gatling's statistics per request (count, KO, p50/p95/p99, max) from a report folder's index.html.

Gatling 3.14 writes its figures into the report's HTML table (its simulation.log is binary); the percentiles are
those of gatling.conf (50, 95, 99, 99.9). Usage: stats.py <report folder>
"""
import html
import re
import sys

page = open(sys.argv[1] + "/index.html", encoding="utf-8").read()
start = page.find("statistics_table_container")
rows = re.findall(r"<tr[^>]*>(.*?)</tr>", page[start:], re.S)
print(f"{'request':<34}{'count':>7}{'KO':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
for row in rows:
    name = re.search(r'class="ellipsed-name">(.*?)</span>', row)
    cells = dict(re.findall(r'class="value [a-z ]*col-(\d+)">([^<]*)</td>', row))
    if not name or "2" not in cells:
        continue
    c = lambda k: cells.get(k, "-").strip()
    print(f"{html.unescape(name.group(1)):<34}{c('2'):>7}{c('4'):>6}{c('8'):>9}{c('9'):>9}{c('10'):>9}{c('12'):>9}")
