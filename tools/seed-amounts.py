#!/usr/bin/env python3
"""The amount of text of the seed report's editions, counted as ReportOutlineTest counts the demo's.

Usage: tools/seed-amounts.py ../shared/seeds/000_*.txt ../shared/seeds/001_*.txt

The seed files are the seed report's PDF text (zh: 000_*.txt, en: 001_*.txt). The rule, the same
in the test (ReportOutlineTest.amount) for the text pdftotext gives of a demo edition:
  zh: CJK characters = code points in U+4E00..U+9FFF (CJK Unified Ideographs);
  en: words = runs of characters between ASCII whitespace (space, tab, LF, VT, FF, CR) holding at
      least one ASCII letter A-Z or a-z.
The counts go into app/src/test/resources/report/seed-amounts.properties by hand.
"""
import re
import sys


def cjk(text):
    return sum(1 for c in text if 0x4E00 <= ord(c) <= 0x9FFF)


def words(text):
    return sum(1 for w in re.split(r'[ \t\n\x0b\f\r]+', text) if re.search(r'[A-Za-z]', w))


if __name__ == '__main__':
    zh, en = (open(p, encoding='utf-8').read() for p in sys.argv[1:3])
    print(f'zh.cjk={cjk(zh)}')
    print(f'en.words={words(en)}')
