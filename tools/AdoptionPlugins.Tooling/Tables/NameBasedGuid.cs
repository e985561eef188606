using System;
using System.Security.Cryptography;
using System.Text;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// Name-based UUIDs (RFC 4122 version 5, SHA-1), so generated solution components keep the same id every time they are
/// regenerated and the files do not change.
/// </summary>
public static class NameBasedGuid
{
    /// <summary>The namespace of every id the table generator makes; changing it would give every view a new id.</summary>
    public static readonly Guid TablesNamespace = new("ebf01045-de3f-44fc-8b44-491c30765644");

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 4122 version 5 is defined on SHA-1; the hash names an id, it protects nothing.")]
    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
