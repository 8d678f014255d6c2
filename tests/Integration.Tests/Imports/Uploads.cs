using System.Text.Json;
using Competitions.Domain.Imports;
using Competitions.Web.Imports;
using MiniExcelLibs;

namespace Competitions.Integration.Tests.Imports;

/// <summary>Files sent as the organizer console sends them: multipart/form-data, field <c>file</c>.</summary>
public static class Uploads
{
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, byte[] bytes, string fileName)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", fileName);
        return await client.PostAsync(url, content);
    }

    public static byte[] Xlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    public static async Task<ImportReport<CompetitorImportRow>> ReadReportAsync(this HttpResponseMessage response) =>
        await Infrastructure.Json.ReadAsync<ImportReport<CompetitorImportRow>>(response);

    /// <summary>The <c>errors</c> extension of a refused import's problem details.</summary>
    public static async Task<List<ImportProblem>> ReadProblemErrorsAsync(this HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").Deserialize<List<ImportProblem>>(Infrastructure.Json.Options)!;
    }
}
