using System;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Which kinds of recipients the product may write to; each can be switched off on its own.</summary>
[Flags]
public enum MessageAudiences
{
    None = 0,
    Executives = 1,
    Managers = 2,
    Contributors = 4,
    Sponsor = 8,
    QuickWins = 16,
    All = Executives | Managers | Contributors | Sponsor | QuickWins,
}
