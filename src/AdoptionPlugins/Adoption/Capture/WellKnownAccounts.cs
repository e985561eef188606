using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>The platform's own accounts, recognised by name because their ids differ per organization (dataverse-facts 5.2, 5.3).</summary>
public static class WellKnownAccounts
{
    public const string System = "SYSTEM";
    public const string Integration = "INTEGRATION";

    /// <summary>The delegate identity server-side sync moves to between Nov 2025 and Mar 2026 (dataverse-facts 5.2).</summary>
    public const string ServerSideSync = "# SSSAdminProd";

    /// <summary>Which platform account the name belongs to, or null for anyone else.</summary>
    public static NoCreditReason? Classify(string? fullName)
    {
        var name = fullName?.Trim();
        if (string.Equals(name, System, StringComparison.OrdinalIgnoreCase))
        {
            return NoCreditReason.SystemAccount;
        }

        if (string.Equals(name, Integration, StringComparison.OrdinalIgnoreCase))
        {
            return NoCreditReason.IntegrationAccount;
        }

        return string.Equals(name, ServerSideSync, StringComparison.OrdinalIgnoreCase) ? NoCreditReason.ServerSideSyncAccount : null;
    }

    /// <summary>SYSTEM and <c># SSSAdminProd</c> create and send the emails and meetings server-side sync tracks (dataverse-facts 5.2).</summary>
    public static bool IsServerSideSync(string? fullName) =>
        Classify(fullName) is NoCreditReason.SystemAccount or NoCreditReason.ServerSideSyncAccount;
}
