using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>Name-based GUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same id, so a retried or reconciled write hits the same row.</summary>
public static class DeterministicGuid
{
    /// <summary>The namespace of every id the product derives from a name (signals, activity days, registrations).</summary>
    public static readonly Guid ProductNamespace = new("5b0f1c3e-9a0d-4a57-8f3e-2d6c1f7e4a90");

    [SuppressMessage("Performance", "CA1850:Prefer static HashData method", Justification = "The plugin also targets net462, which has no SHA1.HashData.")]
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 4122 defines version 5 UUIDs with SHA-1; this names rows, it protects nothing.")]
    public static Guid Create(Guid namespaceId, string name)
    {
        _ = name ?? throw new ArgumentNullException(nameof(name));
        var namespaceBytes = ToNetworkOrder(namespaceId.ToByteArray());
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        Buffer.BlockCopy(namespaceBytes, 0, input, 0, namespaceBytes.Length);
        Buffer.BlockCopy(nameBytes, 0, input, namespaceBytes.Length, nameBytes.Length);

        byte[] hash;
        using (var sha1 = SHA1.Create())
        {
            hash = sha1.ComputeHash(input);
        }

        var uuid = new byte[16];
        Array.Copy(hash, uuid, 16);
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(ToNetworkOrder(uuid));
    }

    /// <summary>A name in the product namespace.</summary>
    public static Guid Create(string name) => Create(ProductNamespace, name);

    // Guid.ToByteArray is little-endian in its first three fields; RFC 4122 hashes and lays out bytes in network order.
    private static byte[] ToNetworkOrder(byte[] bytes)
    {
        Array.Reverse(bytes, 0, 4);
        Array.Reverse(bytes, 4, 2);
        Array.Reverse(bytes, 6, 2);
        return bytes;
    }
}
