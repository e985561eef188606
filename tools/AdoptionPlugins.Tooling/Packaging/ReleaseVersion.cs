using System;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// The release version pack stamps into solution.xml. It lives in one place, <c>AdoptionReleaseVersion</c> in
/// <c>Directory.Build.props</c>, and reaches this assembly as metadata at build time; the plugin's AssemblyVersion stays 1.0.0.0.
/// </summary>
public static class ReleaseVersion
{
    public const string MetadataKey = "AdoptionReleaseVersion";

    /// <summary>The version this build of the tooling was built with.</summary>
    public static Version Current
    {
        get
        {
            var text = typeof(ReleaseVersion).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == MetadataKey)?.Value;
            return Parse(text ?? throw new InvalidOperationException($"The tooling was built without {MetadataKey}; set it in Directory.Build.props."));
        }
    }

    /// <summary>A solution version has four numbers, major.minor.build.revision (dataverse-facts 8.1: an upgrade needs a higher one).</summary>
    public static Version Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(part => part.Length > 0 && part.All(char.IsAsciiDigit)) && Version.TryParse(text, out var version)
            ? version
            : throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{text}' is not a solution version; write four numbers such as 1.2.0.0 (major.minor.build.revision)"));
    }
}
