using System.Globalization;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Adoption.Runs;

/// <summary>A short, stable digest of a text, to recognise a cursor's request without repeating the request in the cursor.</summary>
public static class Fingerprint
{
    public static string Of(string text) =>
        DeterministicGuid.Create("evaluation:" + text).ToString("N", CultureInfo.InvariantCulture).Substring(0, 8);
}
