using System.Globalization;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Ranking;
using Competitions.Domain.Scheme;
using CriterionTemplate = (string Title, string[] Measurements, string[] Judgements);
using Organisation = (string Name, string District);
using TradeFamily = (string[] Trades, (string Title, string[] Measurements, string[] Judgements)[] Criteria);

namespace Competitions.Silo.Demo;

/// <summary>
/// Builds a realistic city skills contest (赛项, rosters, marking schemes, judge panels) from a seed. Every draw comes
/// from one seeded <see cref="Random"/> in a fixed order, so the same arguments always give the same contest.
/// </summary>
public static class DemoContestGenerator
{
    // Blind codes are read aloud and copied by hand, so characters that look alike (0/O, 1/I) are left out.
    private const string BlindCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    // Roughly in order of frequency: the draw below favours the front of the list.
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private const string GivenNameCharacters =
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建文辉力鹏宇浩婷雪琳晨欣怡佳俊凯鑫博昊轩宁颖思梦嘉航志海斌波林峰晓丹东亮飞云天兰凤帆诗雨彤瑞泽涵然锋健琪子";

    private static readonly string[] Districts =
        ["福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区", "坪山区", "光明区", "大鹏新区"];

    private static readonly string[] Venues =
    [
        "深圳技师学院 实训楼A",
        "深圳技师学院 实训楼B",
        "深圳职业技术大学 工业中心",
        "深圳信息职业技术大学 实训大楼",
        "深圳鹏城技师学院 综合实训楼",
        "深圳市第二职业技术学校 实训楼",
    ];

    private static readonly Organisation[] Colleges =
    [
        ("深圳技师学院", "福田区"),
        ("深圳职业技术大学", "南山区"),
        ("深圳信息职业技术大学", "龙岗区"),
        ("深圳城市职业学院", "福田区"),
        ("深圳鹏城技师学院", "坪山区"),
        ("深圳市高级技工学校", "南山区"),
        ("深圳市第一职业技术学校", "福田区"),
        ("深圳市第二职业技术学校", "罗湖区"),
        ("深圳市第三职业技术学校", "龙华区"),
        ("深圳市第六职业技术学校", "光明区"),
        ("深圳市第八职业技术学校", "盐田区"),
        ("深圳市华强职业技术学校", "福田区"),
        ("深圳市博伦职业技术学校", "龙岗区"),
        ("深圳市宝安职业技术学校", "宝安区"),
        ("深圳市宝安区航城职业技术学校", "宝安区"),
        ("深圳市行知职业技术学校", "宝安区"),
        ("深圳市携创高级技工学校", "宝安区"),
        ("深圳市龙岗职业技术学校", "龙岗区"),
        ("深圳市龙岗区第二职业技术学校", "龙岗区"),
        ("深圳市龙华区职业技术学校", "龙华区"),
        ("深圳市光明区职业技术学校", "光明区"),
        ("深圳市坪山区职业技术学校", "坪山区"),
        ("深圳市盐田区职业技术学校", "盐田区"),
        ("深圳市南山区职业技术学校", "南山区"),
        ("深圳市大鹏新区职业技术学校", "大鹏新区"),
    ];

    private static readonly Organisation[] MajorEmployers =
    [
        ("比亚迪汽车工业有限公司", "坪山区"),
        ("深圳市地铁集团有限公司", "福田区"),
        ("深圳供电局有限公司", "罗湖区"),
        ("深圳市燃气集团股份有限公司", "福田区"),
        ("深圳市水务（集团）有限公司", "罗湖区"),
        ("深圳航空有限责任公司", "宝安区"),
        ("深圳市机场（集团）有限公司", "宝安区"),
        ("顺丰速运有限公司", "宝安区"),
        ("盐田国际集装箱码头有限公司", "盐田区"),
        ("深圳巴士集团股份有限公司", "福田区"),
        ("深圳市特区建工集团有限公司", "福田区"),
        ("华润万家有限公司", "罗湖区"),
    ];

    private static readonly string[] CompanyStems =
    [
        "华创", "鹏城", "中联", "宏达", "恒通", "科瑞", "瑞丰", "金阳", "新峰", "永盛", "博远", "泰和",
        "安捷", "汇鑫", "嘉信", "明辉", "启航", "锐进", "盛世", "天成", "万通", "信达", "雅博", "兆丰",
        "精工", "海岸", "星河", "蓝海", "立信", "华腾", "福安", "大成", "鼎盛", "凯达", "联创", "美嘉",
        "宝利", "康华", "顺达", "骏业", "德润", "南粤", "深科", "湾区", "前程", "粤新", "协力", "聚能",
    ];

    private static readonly string[] CompanyIndustries =
    [
        "精密机械有限公司", "数控科技有限公司", "电子科技有限公司", "机电设备有限公司", "电梯工程有限公司", "汽车服务有限公司",
        "建设工程有限公司", "装饰工程有限公司", "家具有限公司", "服装有限公司", "餐饮管理有限公司", "酒店管理有限公司",
        "健康管理有限公司", "养老服务有限公司", "美容美发有限公司", "物流有限公司", "供应链管理有限公司", "信息技术有限公司",
        "网络科技有限公司", "电子商务有限公司", "农业科技有限公司", "生物医药有限公司", "检测技术有限公司", "茶业有限公司",
    ];

    // Appraisal centres of neighbouring cities and trade bodies send judges but no competitors.
    private static readonly string[] JudgeOnlyOrganisations =
    [
        "深圳市职业技能鉴定中心", "广州市职业技能鉴定中心", "东莞市职业技能鉴定中心", "佛山市职业技能鉴定中心",
        "珠海市职业技能鉴定中心", "惠州市职业技能鉴定中心", "中山市职业技能鉴定中心", "深圳市机械行业协会",
        "深圳市电子行业协会", "深圳市烹饪协会", "深圳市美发美容行业协会", "深圳市物流与供应链管理协会",
        "深圳市软件行业协会", "深圳市电子商务协会", "深圳市建筑业协会", "深圳市家具行业协会",
        "深圳市养老服务业协会", "深圳市茶文化促进会", "深圳市焊接学会", "深圳市汽车维修行业协会",
    ];

    // Both groups of these trades compete as teams: the tasks are built for two people working together.
    private static readonly HashSet<string> TeamTrades =
        new(["电梯安装维修工", "工业机器人系统操作员", "网络与信息安全管理员", "数字化管理师"], StringComparer.Ordinal);

    // Titles may hold {0} (a length of 20–80) and {1} (a size of 6–24), filled per aspect so drawings differ.
    private static readonly TradeFamily[] TradeFamilies =
    [
        (
            ["车工", "钳工", "数控铣工", "数控车工", "增材制造设备操作员"],
            [
                ("安全文明生产", ["劳保用品穿戴", "设备开机前点检", "工量具定置摆放", "工位清洁与设备保养"], ["安全操作意识", "文明生产习惯"]),
                ("尺寸精度", ["外圆尺寸 Φ{0}±0.02", "内孔尺寸 Φ{1}H7", "长度尺寸 {0}±0.05", "槽宽 {1}±0.03", "台阶高度 {1}±0.02", "孔距 {0}±0.03", "螺纹 M{1}×1.5 通止规检测"], []),
                ("形位公差", ["平行度 0.03", "垂直度 0.02", "同轴度 Φ0.03", "对称度 0.04", "平面度 0.02", "圆跳动 0.03"], []),
                ("表面质量", ["表面粗糙度 Ra1.6", "表面粗糙度 Ra3.2", "倒角与去毛刺", "无夹伤与划痕"], ["表面纹理一致性", "整体外观"]),
                ("工艺规范", ["工艺卡填写完整", "刀具与切削参数选用", "程序编制正确"], ["加工工艺合理性", "工序安排与装夹方案"]),
                ("装配与功能", ["配合间隙 ≤0.04", "装配后运动灵活", "功能测试"], ["装配质量"]),
            ]
        ),
        (
            ["电工", "焊工", "电梯安装维修工", "制冷空调系统安装维修工", "工业机器人系统操作员", "电力电缆安装运维工", "变配电运行值班员", "汽车维修工", "无人机驾驶员"],
            [
                ("安全文明生产", ["劳保用品穿戴", "验电与挂牌上锁", "工具仪表使用规范", "现场清理"], ["安全操作意识"]),
                ("安装工艺", ["元器件布置位置", "线槽与管路水平度", "接线端子压接", "线号标识齐全", "紧固件力矩"], ["布线工艺美观", "安装整体质量"]),
                ("功能调试", ["通电试运行一次成功", "参数设置正确", "保护功能测试", "运行数据记录"], ["调试步骤规范性"]),
                ("故障诊断与排除", ["故障现象描述", "故障点定位", "故障排除", "排除后复测"], ["诊断思路清晰"]),
                ("工艺规范", ["作业流程符合规程", "材料与工具选用", "检测记录完整"], ["操作熟练程度"]),
                ("技术文档", ["图纸识读与标注", "工作票填写", "竣工资料完整"], ["技术报告质量"]),
            ]
        ),
        (
            ["砌筑工", "抹灰工", "木工", "精细木工", "柳编工", "汽车喷漆工", "缝纫工", "服装制版师", "茶叶加工工"],
            [
                ("安全文明施工", ["劳保用品穿戴", "工具使用安全", "材料堆放整齐", "场地清理"], ["文明施工习惯"]),
                ("尺寸与位置", ["总长 {0}0 mm ±2", "高度 {0}0 mm ±2", "宽度 {1}0 mm ±1", "对角线偏差 ≤3 mm", "中心位置偏差 ≤2 mm"], []),
                ("平整度与垂直度", ["表面平整度 ≤3 mm", "立面垂直度 ≤3 mm", "阴阳角方正", "线条顺直"], []),
                ("工艺质量", ["接缝严密", "针距均匀", "涂层厚度", "结合牢固"], ["工艺精细程度", "细节处理"]),
                ("外观效果", ["表面无瑕疵"], ["整体美观", "色泽与质感", "造型比例协调", "作品完整度"]),
                ("材料使用", ["材料损耗控制", "材料选用正确"], ["材料利用合理性"]),
            ]
        ),
        (
            ["美容师", "美发师", "育婴员", "养老护理员", "保健按摩师", "健康管理师", "眼镜验光员", "中式烹调师", "中式面点师", "西式面点师", "茶艺师", "咖啡师", "调酒师", "插花花艺师"],
            [
                ("职业素养", ["仪容仪表符合要求", "操作前手部清洁", "工作台整洁"], ["职业形象与礼仪", "服务意识"]),
                ("操作规范", ["操作流程完整", "工具器皿使用规范", "规定时间内完成"], ["操作熟练流畅", "动作规范程度"]),
                ("技术要点", ["关键步骤完成", "用量与配比准确", "温度与时间控制", "风险评估"], ["技术难度", "技法运用"]),
                ("作品与效果", ["成品规格符合要求", "数量达标"], ["整体效果", "创意与主题表达", "完成质量", "呈现美感"]),
                ("卫生与安全", ["用品与食材卫生", "废弃物分类处理", "操作安全"], ["卫生安全意识"]),
                ("沟通与服务", ["服务记录填写"], ["服务对象沟通", "讲解与说明", "服务满意度"]),
            ]
        ),
        (
            ["电子商务师", "物流服务师", "快递员", "仓储管理员", "连锁经营管理师", "网络与信息安全管理员", "计算机程序设计员", "平面设计师", "室内装饰设计师", "互联网营销师", "人工智能训练师", "数字化管理师"],
            [
                ("职业规范", ["文件命名与提交规范", "操作日志完整", "信息安全与保密"], ["职业规范意识"]),
                ("需求分析", ["需求要点识别", "业务流程梳理"], ["分析思路", "问题理解深度"]),
                ("方案设计", ["方案要素完整", "流程图与结构图正确"], ["方案合理性", "创新性"]),
                ("功能实现", ["核心功能实现", "数据处理正确", "系统配置正确", "接口调用成功", "任务按时完成"], ["实现质量"]),
                ("测试与数据", ["测试用例覆盖", "数据准确率达标", "异常处理"], ["测试分析质量"]),
                ("成果展示", ["展示材料完整", "规定时间内完成汇报"], ["表达与汇报", "视觉呈现", "答辩表现"]),
            ]
        ),
        (
            ["花卉园艺工", "农艺工", "家畜繁殖员", "化学检验员", "药物制剂工"],
            [
                ("安全规范", ["防护用品穿戴", "危险品与器械管理", "废弃物处置"], ["安全操作意识"]),
                ("准备工作", ["仪器设备检查", "试剂与材料准备", "样品标识"], []),
                ("操作规程", ["称量操作", "移液与接种操作", "关键步骤顺序", "记录及时"], ["操作熟练程度", "操作规范性"]),
                ("结果准确度", ["测定结果相对误差", "平行样偏差", "成品合格率"], []),
                ("记录与报告", ["原始记录完整", "计算正确", "报告格式规范"], ["结论分析"]),
                ("现场整理", ["仪器复位清洁", "台面整理"], ["文明操作"]),
            ]
        ),
    ];

    /// <param name="judgesPerEvent">
    /// How many judges each event gets; by default the judges are shared out evenly, at most 16 an event. With a
    /// <paramref name="judgeCount"/> a multiple of it, no judge serves two events.
    /// </param>
    public static DemoContest Generate(
        string contestId = "demo-2026", int eventCount = 108, int competitorCount = 12000, int judgeCount = 1000, int seed = 2026,
        int? judgesPerEvent = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eventCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(competitorCount, eventCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(judgeCount, 3);

        var random = new Random(seed);
        var contest = new ContestDefinition(
            contestId, "2026年深圳市职业技能大赛", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 25), "Asia/Shanghai", Venues);

        var companies = BuildCompanies(random);
        var employers = companies.Concat(MajorEmployers).ToArray();

        // Capped so that three full panels of five plus a chief are enough for any event.
        var panelJudges = Math.Clamp(judgesPerEvent ?? (judgeCount / eventCount), 3, 16);
        var judges = BuildJudges(random, judgeCount, panelJudges, employers);

        var sizes = SplitCompetitors(random, competitorCount, eventCount);
        var trades = TradeFamilies.SelectMany(f => f.Trades.Select(t => (Trade: t, f.Criteria))).ToArray();
        var events = new List<DemoEvent>(eventCount);
        var venue = Venues[0];
        for (var i = 0; i < eventCount; i++)
        {
            var slot = i / 2;
            var (trade, criteria) = trades[slot % trades.Length];
            var round = slot / trades.Length;
            var students = i % 2 == 1;
            if (!students)
            {
                // Both groups of a trade share the workshop and its equipment.
                venue = Venues[random.Next(Venues.Length)];
            }

            var group = students ? "学生组" : "职工组";
            var name = round == 0 ? $"{trade}（{group}）" : $"{trade}（{group}{round + 1}）";
            var scheme = BuildScheme(random, criteria);
            var theoryPercent = random.NextDouble() switch
            {
                < 0.6 => 30m,
                < 0.85 => 20m,
                _ => 0m,
            };
            var definition = new EventDefinition(
                Code: $"E{i + 1:D3}",
                Name: name,
                Venue: venue,
                Format: TeamTrades.Contains(trade) ? EventFormat.Team : EventFormat.Individual,
                BlindMarking: random.NextDouble() < 0.85,
                TheoryPercent: theoryPercent,
                PracticalPercent: 100m - theoryPercent,
                TieBreaks: random.NextDouble() < 0.4
                    ? [new TieBreakDefinition(TieBreakKind.PracticalScore), new TieBreakDefinition(TieBreakKind.CriterionScore, "B")]
                    : [new TieBreakDefinition(TieBreakKind.PracticalScore)]);

            var entrants = students ? Colleges : PickEntrants(random, employers);
            var competitors = BuildCompetitors(random, sizes[i], entrants, definition.Format == EventFormat.Team);
            var eventJudges = Enumerable.Range(0, panelJudges)
                .Select(k => judges[((i * panelJudges) + k) % judgeCount].Id)
                .ToList();
            var panels = BuildPanels(random, scheme.Criteria, eventJudges);
            events.Add(new DemoEvent(definition, scheme, competitors, panels));
        }

        return new DemoContest(contest, judges, events);
    }

    private static Organisation[] BuildCompanies(Random random) =>
        [.. CompanyStems.Select((stem, i) => (
            $"深圳市{stem}{CompanyIndustries[i % CompanyIndustries.Length]}",
            Districts[random.Next(Districts.Length)]))];

    /// <summary>
    /// Judges come in blocks of one event's size with no two of a block from the same organisation, so an event's
    /// panels are never emptied by a single organisation's recusals.
    /// </summary>
    private static List<JudgeProfile> BuildJudges(Random random, int judgeCount, int judgesPerEvent, Organisation[] employers)
    {
        var judges = new List<JudgeProfile>(judgeCount);
        var block = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < judgeCount; j++)
        {
            if (j % judgesPerEvent == 0)
            {
                block.Clear();
            }

            string organisation;
            do
            {
                organisation = random.NextDouble() switch
                {
                    < 0.35 => employers[random.Next(employers.Length)].Name,
                    < 0.65 => Colleges[random.Next(Colleges.Length)].Name,
                    _ => JudgeOnlyOrganisations[random.Next(JudgeOnlyOrganisations.Length)],
                };
            }
            while (!block.Add(organisation));

            judges.Add(new JudgeProfile($"J{j + 1:D4}", PersonName(random), organisation));
        }

        return judges;
    }

    /// <summary>Event sizes around the mean, varied in pairs (one gains what the other loses) so the total is exact.</summary>
    private static int[] SplitCompetitors(Random random, int total, int eventCount)
    {
        var mean = total / eventCount;
        var sizes = Enumerable.Repeat(mean, eventCount).ToArray();
        var spread = Math.Min(30, mean - 1);
        var order = Enumerable.Range(0, eventCount).ToArray();
        random.Shuffle(order);
        for (var k = 0; k + 1 < order.Length; k += 2)
        {
            var delta = random.Next(0, spread + 1);
            sizes[order[k]] += delta;
            sizes[order[k + 1]] -= delta;
        }

        random.Shuffle(order);
        for (var k = 0; k < total - (mean * eventCount); k++)
        {
            sizes[order[k]]++;
        }

        return sizes;
    }

    /// <summary>
    /// An event draws its workers from a few dozen employers (and some college staff), so each sends several entrants
    /// as real delegations do, rather than one each from everywhere.
    /// </summary>
    private static Organisation[] PickEntrants(Random random, Organisation[] employers)
    {
        var shuffled = employers.ToArray();
        random.Shuffle(shuffled);
        var colleges = Colleges.ToArray();
        random.Shuffle(colleges);
        return [.. shuffled.Take(random.Next(18, 31)), .. colleges.Take(random.Next(2, 6))];
    }

    private static List<CompetitorEntry> BuildCompetitors(Random random, int count, Organisation[] entrants, bool teams)
    {
        var stations = Enumerable.Range(1, count).ToArray();
        random.Shuffle(stations);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var competitors = new List<CompetitorEntry>(count);
        for (var c = 0; c < count; c++)
        {
            var (organisation, district) = entrants[random.Next(entrants.Length)];
            var name = teams ? $"{PersonName(random)}、{PersonName(random)}" : PersonName(random);
            string code;
            do
            {
                code = new string(random.GetItems(BlindCodeAlphabet.AsSpan(), 4));
            }
            while (!codes.Add(code));

            competitors.Add(new CompetitorEntry($"C{c + 1:D4}", name, organisation, district, stations[c], code));
        }

        return competitors;
    }

    private static string PersonName(Random random)
    {
        // Squaring the draw favours the front of the list, where the common surnames are.
        var surname = Surnames[(int)(Math.Pow(random.NextDouble(), 2) * Surnames.Length)];
        var first = GivenNameCharacters[random.Next(GivenNameCharacters.Length)];
        return random.NextDouble() < 0.7
            ? $"{surname}{first}{GivenNameCharacters[random.Next(GivenNameCharacters.Length)]}"
            : $"{surname}{first}";
    }

    private static MarkingSchemeDefinition BuildScheme(Random random, CriterionTemplate[] templates)
    {
        // Safety (the first template) is always criterion A, as in the national technical documents.
        var count = random.Next(3, Math.Min(6, templates.Length) + 1);
        var rest = Enumerable.Range(1, templates.Length - 1).ToArray();
        random.Shuffle(rest);
        var chosen = rest.Take(count - 1).Order().Prepend(0).Select(t => templates[t]).ToArray();

        var aspectCounts = Enumerable.Repeat(1, count).ToArray();
        for (var remaining = random.Next(10, 41) - count; remaining > 0; remaining--)
        {
            aspectCounts[random.Next(count)]++;
        }

        var criteria = new List<CriterionDefinition>(count);
        for (var c = 0; c < count; c++)
        {
            var letter = (char)('A' + c);
            criteria.Add(new CriterionDefinition(
                letter.ToString(), $"{letter} {chosen[c].Title}", BuildAspects(random, letter, chosen[c], aspectCounts[c])));
        }

        return new MarkingSchemeDefinition(criteria);
    }

    private static List<AspectDefinition> BuildAspects(Random random, char letter, CriterionTemplate template, int count)
    {
        // One panel marks a criterion, so its judgement aspects share one aggregation method.
        var aggregation = random.NextDouble() switch
        {
            < 0.7 => AggregationMethod.Mean,
            < 0.85 => AggregationMethod.TrimmedMean,
            _ => AggregationMethod.Median,
        };
        var measurements = template.Measurements.ToArray();
        var judgements = template.Judgements.ToArray();
        random.Shuffle(measurements);
        random.Shuffle(judgements);
        var usedMeasurements = 0;
        var usedJudgements = 0;

        var aspects = new List<AspectDefinition>(count);
        for (var a = 1; a <= count; a++)
        {
            var id = $"{letter}{a}";
            // Fresh titles first: a kind whose titles are all used only comes up again once the other's are too.
            var freshMeasurement = usedMeasurements < measurements.Length;
            var freshJudgement = usedJudgements < judgements.Length;
            var measured = judgements.Length == 0
                || (measurements.Length > 0 && (freshMeasurement == freshJudgement ? random.NextDouble() < 0.6 : freshMeasurement));
            if (measured)
            {
                var title = Title(random, measurements, usedMeasurements++);
                var step = random.Next(2) == 0 ? 0.5m : 1m;
                var max = step == 1m ? random.Next(1, 6) : random.Next(2, 11) / 2m;
                aspects.Add(new AspectDefinition(id, title, AspectKind.Measurement, max, step));
            }
            else
            {
                var title = Title(random, judgements, usedJudgements++);
                aspects.Add(new AspectDefinition(id, title, AspectKind.Judgement, random.Next(1, 7), 1m, aggregation, 1m));
            }
        }

        return aspects;
    }

    /// <summary>The n-th title from the list; once every title is used they come round again, numbered.</summary>
    private static string Title(Random random, string[] titles, int n)
    {
        var title = string.Format(CultureInfo.InvariantCulture, titles[n % titles.Length], random.Next(10, 41) * 2, random.Next(3, 13) * 2);
        return n < titles.Length ? title : $"{title}（{(n / titles.Length) + 1}）";
    }

    /// <summary>
    /// Splits the criteria into two or three panels of three to five judges; panels whose criterion uses a trimmed
    /// mean get five when the event has the judges, since the trim needs five scores.
    /// </summary>
    private static PanelSetup BuildPanels(Random random, IReadOnlyList<CriterionDefinition> criteria, List<string> judgeIds)
    {
        var chief = judgeIds[0];
        var panelCount = Math.Min(criteria.Count, random.Next(2, 4));
        List<CriterionDefinition[]> groups;
        while (true)
        {
            groups = Partition(random, criteria, panelCount);
            var staffed = 3 * panelCount <= judgeIds.Count;
            // A third panel is worth having only if it leaves every trimmed-mean panel its five judges.
            var trimsFit = panelCount < 3 || groups.Sum(Wanted) <= judgeIds.Count;
            if (panelCount == 1 || (staffed && trimsFit))
            {
                break;
            }

            panelCount--;
        }

        // The chief oversees from outside the panels unless a panel would otherwise be short.
        var pool = judgeIds.Count - 1 >= groups.Sum(Wanted) ? judgeIds.Skip(1).ToList() : judgeIds;
        var sizes = groups.Select(_ => 3).ToArray();
        var spare = pool.Count - (3 * groups.Count);
        for (var g = 0; g < groups.Count && spare > 0; g++)
        {
            var extra = Math.Min(spare, Wanted(groups[g]) - 3);
            sizes[g] += extra;
            spare -= extra;
        }

        for (var g = 0; spare > 0 && sizes.Any(s => s < 5); g = (g + 1) % sizes.Length)
        {
            if (sizes[g] < 5)
            {
                sizes[g]++;
                spare--;
            }
        }

        var panels = new List<JudgePanel>(groups.Count);
        var next = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            panels.Add(new JudgePanel($"P{g + 1}", pool.GetRange(next, sizes[g]), [.. groups[g].Select(c => c.Id)], []));
            next += sizes[g];
        }

        return new PanelSetup(chief, panels);

        static int Wanted(CriterionDefinition[] group) =>
            group.SelectMany(c => c.Aspects).Any(a => a.Kind == AspectKind.Judgement && a.Aggregation == AggregationMethod.TrimmedMean) ? 5 : 3;
    }

    /// <summary>Consecutive criteria go to the same panel, as a panel usually marks one part of the task.</summary>
    private static List<CriterionDefinition[]> Partition(Random random, IReadOnlyList<CriterionDefinition> criteria, int parts)
    {
        var cuts = Enumerable.Range(1, criteria.Count - 1).ToArray();
        random.Shuffle(cuts);
        var bounds = cuts.Take(parts - 1).Order().Prepend(0).Append(criteria.Count).ToArray();
        return [.. bounds.Zip(bounds.Skip(1), (from, to) => criteria.Skip(from).Take(to - from).ToArray())];
    }
}
