using System.Globalization;
using MiniExcelLibs;

namespace Competitions.Benchmark;

/// <summary>
/// A realistic competitor roster as an organizer's .xlsx: Chinese names, colleges, districts, valid ID numbers and
/// skill levels, spread over the events; seeded, so every run imports the same file.
/// </summary>
public static class RosterWorkbook
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛";
    private const string GivenNameCharacters = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建文辉力鹏宇浩婷雪琳晨欣怡佳俊凯鑫博昊轩宁颖思梦嘉航志海斌波林峰晓丹东亮飞云天兰";
    private static readonly string[] Districts = ["福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "盐田区", "龙华区", "坪山区", "光明区", "大鹏新区"];
    private static readonly string[] Colleges = ["深圳技师学院", "深圳职业技术大学", "深圳信息职业技术大学", "深圳鹏城技师学院", "深圳市高级技工学校", "深圳市第一职业技术学校", "比亚迪股份有限公司", "华为技术有限公司", "中广核工程有限公司", "深圳地铁集团"];
    private static readonly string[] Levels = ["初级工", "中级工", "高级工", "技师", "高级技师"];
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static byte[] Build(IReadOnlyList<string> eventCodes, int competitors)
    {
        var random = new Random(2026);
        var rows = new List<Dictionary<string, object?>>(competitors);
        for (var i = 0; i < competitors; i++)
        {
            var name = string.Concat(
                Surnames[random.Next(Surnames.Length)].ToString(),
                GivenNameCharacters[random.Next(GivenNameCharacters.Length)].ToString(),
                random.Next(3) == 0 ? string.Empty : GivenNameCharacters[random.Next(GivenNameCharacters.Length)].ToString());
            rows.Add(new Dictionary<string, object?>
            {
                ["赛项"] = eventCodes[i % eventCodes.Count],
                ["编号"] = $"C{i + 1:D5}",
                ["姓名"] = name,
                ["单位"] = Colleges[random.Next(Colleges.Length)],
                ["代表队"] = Districts[random.Next(Districts.Length)],
                ["身份证号"] = IdNumber(random),
                ["现等级"] = Levels[random.Next(Levels.Length)],
            });
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(rows, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static string IdNumber(Random random)
    {
        var born = new DateOnly(1970, 1, 1).AddDays(random.Next(365 * 35));
        var body = string.Create(CultureInfo.InvariantCulture, $"440304{born:yyyyMMdd}{random.Next(1000):D3}");
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
