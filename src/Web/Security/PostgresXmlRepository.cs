using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Competitions.Web.Security;

/// <summary>
/// Data Protection's key ring in PostgreSQL (the table <c>data_protection_keys</c>, created by the silo's schema
/// migrations), so every web node protects and unprotects cookies and anti-forgery tokens with the same keys, and a
/// restarted node still reads what it issued before. Plain Npgsql: two statements do not justify an ORM.
/// </summary>
/// <remarks>
/// The interface is synchronous; the key manager calls it only when it builds its cached key ring (at the first
/// protect or unprotect, then about once a day) and when it creates a key, never once per request.
/// </remarks>
public sealed class PostgresXmlRepository(string connectionString) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES ($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = friendlyName });
        command.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
