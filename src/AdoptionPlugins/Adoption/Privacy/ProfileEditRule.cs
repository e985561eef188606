namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// Who may change an adoption profile by hand. People switch their own adoption messages off and on again themselves: a tool
/// that only an administrator can silence feels like surveillance. Everything else on the profile is the evaluation's verdict
/// or an administrator's decision (tier, VIP care), so nobody can quietly exempt themselves or a colleague.
/// </summary>
public static class ProfileEditRule
{
    /// <summary>Null when the change is allowed; otherwise the message the person sees.</summary>
    /// <param name="changesOnlyOptOut">The save changes the opt-out choice and nothing else.</param>
    /// <param name="isOwnProfile">The profile describes the person saving it.</param>
    /// <param name="isAdministrator">The person saving it holds the Adoption Administrator or System Administrator role.</param>
    public static string? WhyRefused(bool changesOnlyOptOut, bool isOwnProfile, bool isAdministrator)
    {
        if (isAdministrator || (changesOnlyOptOut && isOwnProfile))
        {
            return null;
        }

        return changesOnlyOptOut
            ? "Only the person themself, or an adoption administrator, can switch their adoption messages off or on."
            : "You can change only whether you receive adoption messages. The rest of an adoption profile comes from the daily evaluation, and tiers and VIP care are set by an adoption administrator.";
    }
}
