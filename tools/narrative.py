"""Hand-written narrative and components of the demo template, keyed by section (or section, sub-section).

Text follows the seed report; every number is a fact reference."""

def T(zh, en, indent=6):
    p = ' ' * indent
    return f'{p}<text>\n{p}  <zh>{zh}</zh>\n{p}  <en>{en}</en>\n{p}</text>\n'

def risks(table, cols, zh, en, indent=6):
    p = ' ' * indent
    heads = {
        'category': ('风险类别', 'Category'), 'name': ('风险/机遇名称', 'Risk / opportunity'), 'type': ('类型', 'Type'),
        'description': ('描述', 'Description'), 'financial_impact': ('财务影响', 'Financial impact'),
        'impact_period': ('影响期间', 'Impact period'), 'countermeasures': ('应对措施', 'Countermeasures'),
    }
    s = f'{p}<register source="risks" where="table={table}" zh="{zh}" en="{en}">\n'
    for c in cols:
        s += f'{p}  <column key="{c}" zh="{heads[c][0]}" en="{heads[c][1]}"/>\n'
    return s + f'{p}</register>\n'

def targets(ids, zh, en, indent=6):
    return f'{" " * indent}<targets ids="{ids}" zh="{zh}" en="{en}"/>\n'

FIVE = ['type', 'name', 'description', 'financial_impact', 'impact_period', 'countermeasures']

def ids(a, b):
    return ' '.join(f'T{n:03d}' for n in range(a, b + 1))

NARRATIVE = {
    'About the Report': T(
        '<p>本报告是熵基科技股份有限公司发布的第二份可持续发展报告（环境、社会及治理（ESG）报告），披露公司及分、子公司在{{year}}年度（报告期）环境、社会及治理方面的理念、实践与绩效。</p>'
        '<p>报告中的数据来自公司内部台账与经审批的记录，由 ESG Ledger 逐项计算并可追溯至源数据行。</p>',
        '<p>This is the second sustainability (ESG) report of ZKTECO CO., LTD. It covers the Company and its branches and subsidiaries in the calendar year {{year}} (the reporting period).</p>'
        '<p>Figures come from the Company\'s internal ledgers and approved records; ESG Ledger computes each of them and traces it to its source rows.</p>'),
    'About Us': T(
        '<p>熵基科技成立于{{company_founding_year@2024|raw}}年，于{{company_listing_year@2024|raw}}年在深圳证券交易所创业板上市，是以生物识别为核心技术的智慧识别与智能管理解决方案提供商。</p>',
        '<p>Founded in {{company_founding_year@2024|raw}} and listed on the ChiNext board of the Shenzhen Stock Exchange in {{company_listing_year@2024|raw}}, ZKTeco provides smart identification and intelligent management solutions built on biometric technology.</p>'),
    'Data of 2024': T(
        '<p>{{year}}年，公司实现营业收入{{operating_revenue@2024}}，归属于上市公司股东的净利润{{net_profit_attributable@2024}}。</p>',
        '<p>In {{year}} the Company\'s operating revenue was {{operating_revenue@2024}} and its net profit attributable to shareholders {{net_profit_attributable@2024}}.</p>'),
    'Sustainable development governance system': T(
        '<p>公司建立自上而下的可持续发展管理机制，由董事会统筹可持续发展事项，董事会办公室负责报告编制与数据管理。</p>',
        '<p>The Company manages sustainability top-down: the Board oversees sustainability matters and the Board Office owns the report and its data.</p>'),
    'SDGs': T(
        '<p>公司将业务与联合国可持续发展目标（SDGs）相结合，以下为公司重点回应的目标及行动。</p>',
        '<p>The Company links its business to the UN Sustainable Development Goals; the goals it responds to and its actions are listed below.</p>')
        + '      <register source="sdgs" where="in_table=Y" zh="可持续发展目标与公司行动" en="SDGs and the Company\'s actions">\n'
          '        <column key="sdg" zh="SDG" en="SDG"/>\n        <column key="name" zh="目标" en="Goal"/>\n'
          '        <column key="goal" zh="内容" en="Content"/>\n        <column key="actions" zh="熵基科技行动" en="ZKTeco actions"/>\n      </register>\n',
    'Stakeholder communication': T(
        '<p>公司通过多种渠道与利益相关方保持沟通，了解其期望与诉求并作出回应。</p>',
        '<p>The Company communicates with its stakeholders through many channels, listens to their expectations and responds.</p>')
        + '      <register source="stakeholders" zh="利益相关方沟通" en="Stakeholder communication">\n'
          '        <column key="stakeholder" zh="利益相关方" en="Stakeholder"/>\n        <column key="channels" zh="沟通渠道" en="Channels"/>\n'
          '        <column key="expectations" zh="期望与诉求" en="Expectations"/>\n        <column key="responses" zh="回应方式" en="Responses"/>\n      </register>\n',
    'Importance issue recognition': T(
        '<p>公司以《指引》设置的{{materiality_guideline_topics@2024}}为基础，建立了包含{{materiality_topic_library_size@2024}}的议题库，共回收有效问卷{{materiality_valid_questionnaires@2024}}，按双重重要性原则识别重要议题。</p>',
        '<p>Starting from the {{materiality_guideline_topics@2024|number}} topics of the Guideline, the Company built a library of {{materiality_topic_library_size@2024|number}} topics, collected {{materiality_valid_questionnaires@2024|number}} valid questionnaires and assessed each topic for double materiality.</p>')
        + '      <materiality-matrix source="materiality" zh="双重重要性议题矩阵" en="Double materiality matrix"/>\n'
          '      <register source="materiality" zh="重要性议题识别清单" en="List of material topics">\n'
          '        <column key="topic" zh="议题" en="Topic"/>\n        <column key="dimension" zh="维度" en="Dimension"/>\n'
          '        <column key="classification" zh="重要性" en="Materiality"/>\n      </register>\n',
    'Responding to climate change': T(
        '<p>公司按照“治理、战略、影响、风险和机遇管理、指标与目标”的框架管理气候相关风险与机遇。</p>',
        '<p>The Company manages climate-related risks and opportunities under the four pillars of governance, strategy, impact, risk and opportunity management, and metrics and targets.</p>')
        + risks('climate', FIVE, '气候相关风险与机遇', 'Climate-related risks and opportunities')
        + targets('T001', '气候目标', 'Climate target'),
    'Environmental management': targets(ids(2, 11), '2024年环境目标', 'Environmental targets 2024'),
    'Innovation-driven': T(
        '<p>公司研发团队超过{{rd_team_size_label@2024|raw}}+人，{{year}}年研发投入{{rd_investment@2024}}，研发人员占比{{rd_staff_share@2024}}。</p>',
        '<p>The Company\'s R&amp;D team has {{rd_team_size_label@2024|raw}}+ people; R&amp;D investment in {{year}} was {{rd_investment@2024}} and R&amp;D staff made up {{rd_staff_share@2024}} of employees.</p>')
        + '      <chart type="stacked-bar" periods="2022 2023 2024" zh="研发人员（按性别）" en="R&amp;D staff by gender">\n'
          '        <row ref="rd_staff[gender=male]"/>\n        <row ref="rd_staff[gender=female]"/>\n      </chart>\n'
          '      <chart type="line" periods="2022 2023 2024" zh="研发投入（万元）" en="R&amp;D investment (RMB 10k)">\n'
          '        <row ref="rd_investment"/>\n      </chart>\n'
        + risks('rnd', FIVE, '创新驱动相关风险与机遇', 'Innovation risks and opportunities')
        + targets(ids(14, 22), '创新驱动目标', 'Innovation targets'),
    'Product and service safety and quality': T(
        '<p>{{year}}年客户满意度为{{customer_satisfaction_score@2024|raw}}/100分。</p>',
        '<p>Customer satisfaction in {{year}} was {{customer_satisfaction_score@2024|raw}}/100.</p>')
        + risks('quality', FIVE, '产品质量相关风险与机遇', 'Quality risks and opportunities')
        + targets(ids(23, 43), '部门质量目标', 'Department quality targets'),
    'Data security and customer privacy protection': risks('data_security', FIVE, '数据安全相关风险与机遇', 'Data security risks and opportunities')
        + targets(ids(44, 57), '信息安全目标', 'Information security targets'),
    'Supply chain security': risks('supply_chain', FIVE, '供应链相关风险与机遇', 'Supply chain risks and opportunities')
        + targets(ids(58, 59), '供应链目标', 'Supply chain targets'),
    'Protection of employee rights and interests': T(
        '<p>截至{{year}}年末，公司共有员工{{employees_total@2024}}，其中女性员工{{employees_total@2024[gender=female]}}，占比{{female_employee_share@2024}}；全年新进员工{{new_hires@2024}}。</p>',
        '<p>At the end of {{year}} the Company had {{employees_total@2024}} employees, of whom {{employees_total@2024[gender=female]}} were women ({{female_employee_share@2024}}); {{new_hires@2024}} joined during the year.</p>')
        + '      <chart type="donut" zh="员工性别结构" en="Employees by gender">\n'
          '        <row ref="employees_total@2024[gender=male]"/>\n        <row ref="employees_total@2024[gender=female]"/>\n      </chart>\n'
          '      <chart type="donut" zh="员工年龄结构" en="Employees by age">\n'
          '        <row ref="employees_total@2024[age=30_and_below]"/>\n        <row ref="employees_total@2024[age=31_to_50]"/>\n'
          '        <row ref="employees_total@2024[age=over_50]"/>\n      </chart>\n'
          '      <chart type="bar" periods="2024" zh="新进员工（按招聘渠道）" en="New employees by hiring channel">\n'
          '        <row ref="new_hires[hire_channel=social]"/>\n        <row ref="new_hires[hire_channel=campus]"/>\n'
          '      </chart>\n',
    'Occupational health and safety': targets(ids(60, 62), '2024年安全目标', 'Safety targets 2024'),
    'Social contribution': T(
        '<p>{{year}}年，公司共向社区和公益组织捐款{{charitable_donation@2024}}。</p>',
        '<p>In {{year}} the Company donated {{charitable_donation@2024}} to communities and charities.</p>'),
    'Index': '      <content-index/>\n',
    'Feedback': '      <feedback>\n'
        '        <question zh="您对本报告的总体评价是？" en="What is your overall opinion of this report?"/>\n'
        '        <question zh="您认为本报告是否全面反映了公司的可持续发展工作？" en="Does this report fully reflect the Company\'s sustainability work?"/>\n'
        '        <question zh="您认为本报告披露的信息是否清晰、准确、完整？" en="Is the information disclosed clear, accurate and complete?"/>\n'
        '        <question zh="您认为本报告的结构是否合理？" en="Is the structure of this report reasonable?"/>\n'
        '        <question zh="您认为本报告的版式设计是否便于阅读？" en="Is the layout of this report easy to read?"/>\n'
        '        <question zh="您对公司治理方面的表现评价如何？" en="How do you rate the Company\'s governance performance?"/>\n'
        '        <question zh="您对公司环境方面的表现评价如何？" en="How do you rate the Company\'s environmental performance?"/>\n'
        '        <question zh="您对公司社会方面的表现评价如何？" en="How do you rate the Company\'s social performance?"/>\n'
        '      </feedback>\n',
}

EXTRA = {
    ('Sustainable development governance system', 'Sustainable development risk management'):
        risks('general', ['category', 'name', 'countermeasures'], '可持续发展风险及应对', 'Sustainability risks and responses', 8),
    ('Employee training and development', 'Training cases'):
        '        <case zh="案例：TTT内训师培训" en="Case: train-the-trainer programme">\n'
        '          <text>\n            <zh><p>公司开展TTT内训师培训，课程共{{ttt_training_class_hours@2024|number}}课时，帮助内部讲师提升课程开发与授课能力。</p></zh>\n'
        '            <en><p>The Company ran a train-the-trainer programme of {{ttt_training_class_hours@2024|number}} class hours to build its in-house lecturers\' course design and teaching skills.</p></en>\n'
        '          </text>\n        </case>\n',
}
