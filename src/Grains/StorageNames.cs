namespace Competitions.Grains;

public static class StorageNames
{
    /// <summary>The ADO.NET grain storage on PostgreSQL that holds configuration grains.</summary>
    public const string Configuration = "configuration";
}
