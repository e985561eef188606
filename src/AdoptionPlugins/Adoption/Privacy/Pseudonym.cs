using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>A stable stand-in name ("Person 4F7A2C") for views that would otherwise name someone in privacy mode.</summary>
public static class Pseudonym
{
    /// <summary>Shortest secret accepted: without one, anyone who can list user ids could recompute every pseudonym.</summary>
    public const int MinimumSecretLength = 16;

    [SuppressMessage("Performance", "CA1850:Prefer static HashData method", Justification = "The plugin also builds for .NET Framework 4.6.2, which has no SHA256.HashData.")]
    public static string For(Guid userId, string secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumSecretLength)
        {
            throw new ArgumentException($"A pseudonym needs a secret of at least {MinimumSecretLength} characters, kept out of the solution.", nameof(secret));
        }

        using var hash = SHA256.Create();
        var digest = hash.ComputeHash(Encoding.UTF8.GetBytes(secret + ":" + userId.ToString("D")));
        return "Person " + string.Concat(digest.Take(3).Select(part => part.ToString("X2", CultureInfo.InvariantCulture)));
    }
}
