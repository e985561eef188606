using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Reads a .snk key pair (a CAPI PRIVATEKEYBLOB) into the public-key blob and token an assembly carries.</summary>
public static class StrongNameKey
{
    private const int RsaSignatureAlgorithm = 0x2400;
    private const int Sha1HashAlgorithm = 0x8004;

    public static byte[] PublicKeyBlob(string snkPath)
    {
        var pair = File.ReadAllBytes(snkPath);
        if (pair.Length < 20 || pair[0] != 0x07 || pair[8] != (byte)'R' || pair[11] != (byte)'2')
        {
            throw new InvalidDataException($"{snkPath} is not an RSA key pair (PRIVATEKEYBLOB with RSA2).");
        }

        // Strong-name public key: signature and hash algorithm ids, the blob's length, then the key pair's
        // BLOBHEADER + RSAPUBKEY + modulus re-labelled as a signing PUBLICKEYBLOB ("RSA1"), as the compiler writes it.
        var modulusLength = BinaryPrimitives.ReadInt32LittleEndian(pair.AsSpan(12)) / 8;
        var blob = new byte[12 + 20 + modulusLength];
        BinaryPrimitives.WriteInt32LittleEndian(blob, RsaSignatureAlgorithm);
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), Sha1HashAlgorithm);
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(8), 20 + modulusLength);
        pair.AsSpan(0, 20 + modulusLength).CopyTo(blob.AsSpan(12));
        blob[12] = 0x06;
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(12 + 4), RsaSignatureAlgorithm);
        blob[12 + 11] = (byte)'1';
        return blob;
    }

    /// <summary>Last 8 bytes, reversed, of SHA-1 over the public-key blob.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "The strong-name token is defined as a SHA-1 digest; this is identification, not security.")]
    public static string Token(byte[] publicKeyBlob) =>
        Convert.ToHexStringLower(SHA1.HashData(publicKeyBlob).TakeLast(8).Reverse().ToArray());
}
