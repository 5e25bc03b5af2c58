#!/usr/bin/python3
"""Times LibreOffice Calc recomputing a workbook: load (hidden), then calculateAll() (a hard
recalculation of every formula). Prints the timings and two probe cells of the group's 2024 row.
Usage: lo-recalc.py WORKBOOK. Needs libreoffice-calc-nogui and python3-uno (Debian)."""
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue

path = os.path.abspath(sys.argv[1])
port = 2083
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                           "-env:UserInstallation=file:///tmp/lo-bench-profile",
                           f"--accept=socket,host=127.0.0.1,port={port};urp;"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for attempt in range(120):
        try:
            ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    hidden = PropertyValue(); hidden.Name = "Hidden"; hidden.Value = True
    t = time.monotonic()
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (hidden,))
    load = time.monotonic() - t
    runs = []
    for r in range(3):
        t = time.monotonic()
        doc.calculateAll()
        runs.append(time.monotonic() - t)
    sheet = doc.Sheets.getByIndex(0)
    header = [sheet.getCellByPosition(c, 0).getString() for c in range(0, 403)]
    row = None
    for r in range(1, 3000):
        if sheet.getCellByPosition(0, r).getString() == "g" and sheet.getCellByPosition(2, r).getValue() == 2024:
            row = r
            break
    d002 = sheet.getCellByPosition(header.index("d002"), row).getString()
    d000 = sheet.getCellByPosition(header.index("d000"), row).getString()
    runs.sort()
    print(f"load_ms={int(load * 1000)} calculateAll_ms_median={int(runs[1] * 1000)} runs_ms={[int(x * 1000) for x in runs]} "
          f"g_2024_d002={d002} g_2024_d000={d000}")
    doc.close(True)
finally:
    office.terminate()
