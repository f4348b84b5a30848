"""Prints users, requests, errors and p50/p95/p99 of a Gatling run from its console output (Gatling's "Global
Information" block) and the requests with errors: gatling-summary.py GATLING_LOG USERS RAMP HOLD"""
import re
import sys

log, users, ramp, hold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
text = open(log, encoding="utf-8", errors="replace").read()
block = text[text.rfind("---- Global Information"):]


def value(label, column=0):
    match = re.search(r"> " + re.escape(label) + r"\s*\|\s*([\d.,-]+)\s*\|\s*([\d.,-]+)\s*\|\s*([\d.,-]+)", block)
    return match.group(1 + column).replace(",", "").replace("-", "0") if match else "?"


report = re.findall(r"please open the following file: file://(\S+)", text)
print(f"users {users} (ramp {ramp} s, then {hold} s); report {report[-1] if report else '?'}")
print(f"requests {value('request count')}, failed {value('request count', 2)}; "
      f"p50 {value('response time 50th percentile (ms)')} ms, p95 {value('response time 95th percentile (ms)')} ms, "
      f"p99 {value('response time 99th percentile (ms)')} ms, max {value('max response time (ms)')} ms; "
      f"{value('mean throughput (rps)')} requests/s")
requests = text[text.rfind("---- Requests"):text.rfind("---- Global Information")]
for name, total, ok, ko in re.findall(r"> (.+?)\s*\|\s*([\d,]+)\s*\|\s*([\d,]+)\s*\|\s*([\d,]+)", requests):
    if int(ko.replace(",", "")) > 0:
        print(f"  failed: {name}: {ko} of {total}")
for error in re.findall(r"> (.+?)\s+(\d+) \(\s*[\d.]+%\)", text[text.rfind("---- Errors"):])[:10]:
    print(f"  error: {error[0]} ({error[1]}x)")
