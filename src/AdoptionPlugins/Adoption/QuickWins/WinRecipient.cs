using System;
using AdoptionPlugins.Adoption.Privacy;

namespace AdoptionPlugins.Adoption.QuickWins;

/// <summary>Someone a quick win is announced to, and in which role they read it.</summary>
public sealed class WinRecipient
{
    public WinRecipient(Guid userId, Viewer viewer)
    {
        UserId = userId;
        Viewer = viewer;
    }

    public Guid UserId { get; }

    public Viewer Viewer { get; }
}
