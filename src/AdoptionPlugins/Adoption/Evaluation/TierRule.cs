using System;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>Decides a user's tier: an administrator's explicit choice, else a security role, else a job title rule, else the default.</summary>
public static class TierRule
{
    public static TierDecision Decide(AdoptionProfile profile, UserFacts user, TierRules rules)
    {
        profile = profile ?? throw new ArgumentNullException(nameof(profile));
        user = user ?? throw new ArgumentNullException(nameof(user));
        rules = rules ?? throw new ArgumentNullException(nameof(rules));

        if (profile.TierSource == TierSource.Explicit && profile.Tier is { } chosen)
        {
            return new TierDecision(chosen, TierSource.Explicit);
        }

        foreach (var tierRoles in rules.RolesInOrder)
        {
            var role = user.RoleNames.FirstOrDefault(held => tierRoles.Value.Contains(held, StringComparer.OrdinalIgnoreCase));
            if (role is not null)
            {
                return new TierDecision(tierRoles.Key, TierSource.Role, role);
            }
        }

        var titleRule = rules.TitleRules.FirstOrDefault(rule => rule.Matches(user.JobTitle));
        return titleRule is not null
            ? new TierDecision(titleRule.Tier, TierSource.TitleRule, user.JobTitle, titleRule.Phrase)
            : new TierDecision(rules.DefaultTier, TierSource.Default);
    }
}
