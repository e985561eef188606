using System;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>A quick win as one recipient hears it: the win and the role they read it in.</summary>
public sealed class AnnouncedWin
{
    public AnnouncedWin(QuickWin win, Viewer viewer)
    {
        Win = win ?? throw new ArgumentNullException(nameof(win));
        Viewer = viewer;
    }

    public QuickWin Win { get; }

    public Viewer Viewer { get; }
}
