using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Competitions.Web.Security;

/// <summary>
/// Console cookies and anti-forgery tokens are protected with Data Protection keys. Each node's default key ring (a
/// folder in its home directory, or in memory in a container) would make a cookie from one web node unreadable on the
/// next and on itself after a restart; so the ring lives in PostgreSQL, shared by every node under one application
/// name, encrypted with a certificate when the platform provides one.
/// </summary>
public static class DataProtectionSetup
{
    /// <summary>The same on every node: it isolates the protectors, so nodes must agree on it to read each other's.</summary>
    public const string ApplicationName = "Competitions";

    public const string CertificatePathSetting = "DataProtection:CertificatePath";

    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    public static IServiceCollection AddCompetitionsDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Competitions")
            ?? throw new InvalidOperationException("No connection string: set ConnectionStrings__Competitions (the web nodes' shared key ring is kept there).");
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new PostgresXmlRepository(connectionString));
        var certificatePath = configuration[CertificatePathSetting];
        if (!string.IsNullOrEmpty(certificatePath))
        {
            // Also registered for decryption, so a node reads keys that any node encrypted with the same certificate.
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration[CertificatePasswordSetting]));
        }

        return services;
    }

    /// <summary>Says at start-up, not in the middle of a contest, that a stolen database dump would reveal the keys.</summary>
    public static void WarnIfKeysUnencrypted(this WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Configuration[CertificatePathSetting]))
        {
            app.Logger.LogWarning(
                "Data Protection keys are stored UNENCRYPTED in PostgreSQL (table data_protection_keys): anyone who reads the database or a dump of it can forge console cookies. Set {Setting} (a PKCS#12 file, the same on every web node) to encrypt them.",
                CertificatePathSetting);
        }
    }
}
