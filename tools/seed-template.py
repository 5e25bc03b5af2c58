#!/usr/bin/env python3
"""Writes the demo's report template and registers from the seed dataset (a one-off authoring aid).

The output (app/src/main/resources/demo/report/) is data a report owner edits; this script only
saves typing its skeleton: chapters and sections with the disclosures the seed report's index
assigns them, and one table per sub-section referencing each figure the seed report prints there
(fact keys from demo/facts-2024-report.csv, which lists the seed rows in the same order).
Narrative blocks are written by hand below. No value is copied: every figure is a reference.

Usage: python3 tools/seed-template.py ../shared/seed-dataset
"""
import csv, os, re, sys
from collections import OrderedDict, defaultdict
from xml.sax.saxutils import escape, quoteattr

seed_dir = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out_dir = os.path.join(root, 'app/src/main/resources/demo/report')
os.makedirs(os.path.join(out_dir, 'registers'), exist_ok=True)

def rows(name):
    with open(os.path.join(seed_dir, name), encoding='utf-8') as f:
        return list(csv.DictReader(f))

seed = rows('indicators.csv')
with open(os.path.join(root, 'app/src/main/resources/demo/facts-2024-report.csv'), encoding='utf-8') as f:
    facts = list(csv.DictReader(f))
index = rows('index.csv')

def ref(f, period=True):
    s = f['indicator']
    if f['entity'] != 'group':
        s += '@' + f['entity']
    if period:
        s += '@' + f['period']
    if f['breakdown']:
        s += '[' + f['breakdown'] + ']'
    return s

# seed sub-sections that the index does not list, placed in the index section that holds them
PARENT = {
    'Honors and awards': 'About Us', 'Major events in 2024': 'About Us',
    'Sustainable development risk management': 'Sustainable development governance system',
    'Salary management for directors, supervisors and senior managers': 'Governance system',
}
SECTION_IDS = {}
def sid(text):
    s = re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')
    return s[:48]

# group 2024 figures by section / sub-section, in seed order; multi-year where earlier years exist
years = defaultdict(set)
for s, f in zip(seed, facts):
    years[ref(f, False)].add(f['period'])
groups = OrderedDict()
for s, f in zip(seed, facts):
    if s['year'] != '2024':
        continue
    parts = [p.strip() for p in s['section_en'].split(' / ')]
    zh_parts = [p.strip() for p in s['section_zh'].split(' / ')]
    top = PARENT.get(parts[0], parts[0])
    if top != parts[0]:
        sub_en, sub_zh = parts[0], zh_parts[0]
    elif len(parts) > 1:
        sub_en, sub_zh = parts[1], zh_parts[1] if len(zh_parts) > 1 else parts[1]
    else:
        sub_en, sub_zh = '', ''
    groups.setdefault(top, OrderedDict()).setdefault((sub_en, sub_zh), []).append(f)

idx_by_en = OrderedDict((r['section_en'], r) for r in index)

def articles(text):
    out = []
    for m in re.finditer(r'Articles? (\d+)(?: to (\d+))?', text):
        a = int(m.group(1)); b = int(m.group(2) or a)
        out += list(range(a, b + 1))
    return ' '.join(str(n) for n in out)

def gri(text):
    return '' if text.strip() == '/' else ' '.join(text.split('/'))

def text_block(zh, en, indent):
    p = ' ' * indent
    return f'{p}<text>\n{p}  <zh>{zh}</zh>\n{p}  <en>{en}</en>\n{p}</text>\n'

def table(rows, indent, caption=None):
    p = ' ' * indent
    multi = [f for f in rows if len(years[ref(f, False)] - {'2024'}) > 0 and all(y.isdigit() for y in years[ref(f, False)])]
    single = [f for f in rows if f not in multi]
    s = ''
    if multi:
        ys = sorted(set().union(*[years[ref(f, False)] for f in multi]))
        s += f'{p}<figures periods="{" ".join(ys)}">\n'
        seen = set()
        for f in multi:
            r = ref(f, False)
            if r not in seen:
                seen.add(r)
                s += f'{p}  <row ref="{r}"/>\n'
        s += f'{p}</figures>\n'
    if single:
        s += f'{p}<figures>\n'
        for f in single:
            s += f'{p}  <row ref="{ref(f)}"/>\n'
        s += f'{p}</figures>\n'
    return s

from narrative import NARRATIVE, EXTRA  # hand-written blocks, keyed by the section's English title

chapters = OrderedDict()
for r in index:
    chapters.setdefault((r['chapter_zh'], r['chapter_en']), []).append(r)

xml = ['<?xml version="1.0" encoding="UTF-8"?>\n',
       '<!-- Demo report template: the structure of the seed company\'s 2024 sustainability report.\n',
       '     Every figure is a reference to a fact ({{indicator@period}} in text, <row ref=".."/> in tables);\n',
       '     see docs/formats/report-template.md. Skeleton written by tools/seed-template.py, narrative by hand. -->\n',
       '<report id="zkteco-2024" entity="group" year="2024">\n',
       '  <organisation zh="熵基科技股份有限公司" en="ZKTECO CO., LTD."/>\n',
       '  <title zh="2024年度可持续发展报告" en="2024 Sustainability Report"/>\n',
       '  <chapter id="contents" zh="目录" en="Contents">\n    <contents/>\n  </chapter>\n']
used_groups = set()
for (czh, cen), secs in chapters.items():
    xml.append(f'  <chapter id="{sid(cen)}" zh={quoteattr(czh)} en={quoteattr(cen)}>\n')
    for r in secs:
        en = r['section_en']
        xml.append(f'    <section id="{sid(en)}" zh={quoteattr(r["section_zh"])} en={quoteattr(en)} gri="{gri(r["gri_disclosures"])}" szse="{articles(r["szse_guideline17_articles"])}">\n')
        if en in NARRATIVE:
            xml.append(NARRATIVE[en])
        if en == 'Data of 2024':
            xml.append('      <key-figures zh="数说2024" en="Data of 2024">\n')
            for s_, f in zip(seed, facts):
                if s_['year'] == '2024' and s_['in_highlights'].strip():
                    xml.append(f'        <row ref="{ref(f)}"/>\n')
            xml.append('      </key-figures>\n')
        g = groups.get(en, OrderedDict())
        used_groups.add(en)
        for (sub_en, sub_zh), rows_ in g.items():
            if sub_en:
                xml.append(f'      <subsection id="{sid(en)}--{sid(sub_en)}" zh={quoteattr(sub_zh)} en={quoteattr(sub_en)}>\n')
                if (en, sub_en) in NARRATIVE:
                    xml.append(NARRATIVE[(en, sub_en)])
                xml.append(table(rows_, 8))
                if (en, sub_en) in EXTRA:
                    xml.append(EXTRA[(en, sub_en)])
                xml.append('      </subsection>\n')
            else:
                xml.append(table(rows_, 6))
        if en in EXTRA:
            xml.append(EXTRA[en])
        xml.append('    </section>\n')
    xml.append('  </chapter>\n')
xml.append('</report>\n')
missing = [k for k in groups if k not in used_groups]
assert not missing, missing
open(os.path.join(out_dir, 'template.xml'), 'w', encoding='utf-8').write(''.join(xml))

# registers: the seed's qualitative tables, columns renamed to field_zh / field_en
def register(name, src, columns, where=None):
    data = rows(src)
    with open(os.path.join(out_dir, 'registers', name + '.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow([c[0] for c in columns])
        for r in data:
            if where and not where(r):
                continue
            w.writerow([r[c[1]] for c in columns])

register('risks', 'risks.csv', [('risk_id', 'risk_id'), ('table', 'source_table'), ('category_zh', 'category_zh'), ('category_en', 'category_en'),
    ('kind', 'risk_or_opportunity'), ('type_zh', 'type_zh'), ('type_en', 'type_en'), ('name_zh', 'name_zh'), ('name_en', 'name_en'),
    ('description_zh', 'description_zh'), ('description_en', 'description_en'), ('financial_impact_zh', 'financial_impact_zh'),
    ('financial_impact_en', 'financial_impact_en'), ('impact_period_zh', 'impact_period_zh'), ('impact_period_en', 'impact_period_en'),
    ('countermeasures_zh', 'countermeasures_zh'), ('countermeasures_en', 'countermeasures_en')])
register('sdgs', 'sdgs.csv', [('sdg', 'sdg_no'), ('name_zh', 'sdg_name_zh'), ('name_en', 'sdg_name_en_as_printed'), ('goal_zh', 'goal_content_zh'),
    ('goal_en', 'goal_content_en'), ('actions_zh', 'actions_zh'), ('actions_en', 'actions_en'), ('in_table', 'in_sdg_table')])
register('stakeholders', 'stakeholders.csv', [('no', 'stakeholder_no'), ('stakeholder_zh', 'stakeholder_zh'), ('stakeholder_en', 'stakeholder_en'),
    ('channels_zh', 'channels_zh'), ('channels_en', 'channels_en'), ('expectations_zh', 'expectations_zh'), ('expectations_en', 'expectations_en'),
    ('responses_zh', 'responses_zh'), ('responses_en', 'responses_en')])
register('materiality', 'materiality.csv', [('no', 'topic_no'), ('topic_zh', 'topic_zh'), ('topic_en', 'topic_en'), ('dimension', 'dimension'),
    ('dimension_zh', 'dimension_zh'), ('financial_material', 'financial_material'), ('impact_material', 'impact_material'),
    ('classification_zh', 'classification_zh'), ('classification_en', 'classification_en')])
print('wrote', out_dir)
