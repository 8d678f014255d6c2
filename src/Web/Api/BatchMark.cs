using System.Text.Json.Serialization;
using Competitions.Web.Json;

namespace Competitions.Web.Api;

/// <summary>
/// One mark of a tablet's outbox: a <see cref="MarkRequest"/> that names its event and competitor. Its text fields are
/// read as they are and checked per mark (ids against the sheet, the device id by the ledger's rules), so one bad mark
/// is refused alone instead of failing the valid marks of the batch with it.
/// </summary>
public sealed record BatchMark(
    Guid MarkId,
    [property: JsonConverter(typeof(PerMarkStringConverter))] string EventCode,
    [property: JsonConverter(typeof(PerMarkStringConverter))] string CompetitorId,
    [property: JsonConverter(typeof(PerMarkStringConverter))] string AspectId,
    decimal Value,
    [property: JsonConverter(typeof(PerMarkStringConverter))] string? JudgeId = null,
    [property: JsonConverter(typeof(PerMarkStringConverter))] string? DeviceId = null);
