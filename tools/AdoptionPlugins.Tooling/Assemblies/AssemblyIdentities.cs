using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Metadata;
using System.Security.Cryptography;

namespace AdoptionPlugins.Tooling.Assemblies;

/// <summary>Writes assembly identities as the API listings do: <c>Name, Version=…, Culture=…, PublicKeyToken=…</c>.</summary>
internal static class AssemblyIdentities
{
    public static string Of(MetadataReader reader, AssemblyDefinition assembly) =>
        Format(
            reader.GetString(assembly.Name),
            assembly.Version,
            reader.GetString(assembly.Culture),
            TokenOf(reader.GetBlobBytes(assembly.PublicKey)));

    public static string Of(MetadataReader reader, AssemblyReference reference)
    {
        var keyOrToken = reader.GetBlobBytes(reference.PublicKeyOrToken);
        var token = (reference.Flags & AssemblyFlags.PublicKey) != 0
            ? TokenOf(keyOrToken)
            : keyOrToken.Length == 0 ? "null" : Convert.ToHexStringLower(keyOrToken);
        return Format(reader.GetString(reference.Name), reference.Version, reader.GetString(reference.Culture), token);
    }

    /// <summary>The part of an identity before the first comma.</summary>
    public static string NameOf(string identity)
    {
        var comma = identity.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? identity.Trim() : identity[..comma].Trim();
    }

    private static string Format(string name, Version version, string culture, string token) =>
        $"{name}, Version={version}, Culture={(culture.Length == 0 ? "neutral" : culture)}, PublicKeyToken={token}";

    // ECMA-335 II.6.2.1.3: the token is the last 8 bytes of the SHA-1 of the public key, reversed.
    [SuppressMessage(
        "Security",
        "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "The strong-name token is defined over SHA-1; nothing is protected by it here.")]
    private static string TokenOf(byte[] publicKey)
    {
        if (publicKey.Length == 0)
        {
            return "null";
        }

        var token = SHA1.HashData(publicKey)[^8..];
        Array.Reverse(token);
        return Convert.ToHexStringLower(token);
    }
}
