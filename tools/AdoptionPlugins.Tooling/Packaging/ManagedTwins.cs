using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Chooses between <c>X.xml</c> and its <c>X_managed.xml</c> twin, as SolutionPackager does for forms, dashboards, apps and site
/// maps (solution-format 4): the managed flavour takes the twin when there is one. Our tree has no twins (house-style Layout), so
/// both flavours read the same file; the samples' app and site map twins are byte-identical anyway.
/// </summary>
internal static class ManagedTwins
{
    private const string Suffix = "_managed.xml";

    /// <summary>One file per component, in ordinal order of the unmanaged name; every twin is taken from <paramref name="files"/>.</summary>
    public static IReadOnlyList<string> Choose(TreeFiles files, IEnumerable<string> candidates, SolutionFlavour flavour)
    {
        var all = candidates.ToHashSet(StringComparer.Ordinal);
        var chosen = new List<string>();
        foreach (var plain in all.Where(path => !path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            var twin = plain[..^".xml".Length] + Suffix;
            if (all.Contains(twin))
            {
                files.Take(flavour == SolutionFlavour.Managed ? plain : twin);
                chosen.Add(flavour == SolutionFlavour.Managed ? twin : plain);
            }
            else
            {
                chosen.Add(plain);
            }
        }

        return chosen;
    }
}
