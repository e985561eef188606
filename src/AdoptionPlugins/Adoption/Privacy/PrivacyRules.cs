using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// What may identify a person (dataverse-facts 7.2): everyone sees their own data; in privacy mode nobody else sees a name
/// or a person's numbers, and group figures only for groups of at least the minimum size; peers never see each other's numbers.
/// </summary>
public sealed class PrivacyRules
{
    private readonly PrivacySettings _settings;

    public PrivacyRules(PrivacySettings settings)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    public bool PrivacyMode => _settings.PrivacyMode;

    public int MinimumGroupSize => _settings.MinimumGroupSize;

    /// <summary>Whether a text for this viewer may name the people it is about.</summary>
    public bool MayName(Viewer viewer) => viewer == Viewer.Self || !_settings.PrivacyMode;

    /// <summary>Whether this viewer may see one person's own figures (share of active days, state): only the person, or a manager outside privacy mode.</summary>
    public bool MayShowPersonalFigures(Viewer viewer) => viewer == Viewer.Self || (viewer == Viewer.Manager && !_settings.PrivacyMode);

    /// <summary>Whether figures of a group this large may be shown: in privacy mode only from the minimum group size.</summary>
    public bool MayShowGroup(int people) => people > 0 && (!_settings.PrivacyMode || people >= _settings.MinimumGroupSize);

    /// <summary>Whether a personal success (a first meeting, a comeback) may be shared with this viewer; in privacy mode only with the person.</summary>
    public bool MayShareAPersonalWin(Viewer viewer) => viewer == Viewer.Self || !_settings.PrivacyMode;

    /// <summary>
    /// How much a profile's stored reason may tell. Managers read their people's profiles through hierarchy security, which
    /// the product cannot switch off per table by itself, so in privacy mode the reason keeps only the rule.
    /// </summary>
    public ReasonDetail StoredReasonDetail => _settings.PrivacyMode ? ReasonDetail.WithoutFigures : ReasonDetail.WithFigures;

    /// <summary>The first day whose activity is kept; older activity days are purged.</summary>
    public DateTime KeepFrom(DateTime today) => today.Date.AddDays(-_settings.RetentionDays);
}
