using System;
using System.Collections.Generic;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>The scripted behaviour of one fake environment: which token it accepts, what is installed, how the import, keys and throttling go.</summary>
public sealed record FakeScenario
{
    public const string GoodToken = "fake-token";

    public string AcceptedToken { get; init; } = GoodToken;

    /// <summary>A version of the solution already installed, or null for a fresh environment.</summary>
    public Version? InstalledVersion { get; init; }

    public bool InstalledAsUnmanaged { get; init; }

    /// <summary>When set, the import fails and the import log names this cloud flow as the failing component.</summary>
    public string? FailingComponent { get; init; }

    /// <summary>How many looks at the system job see it still running before it completes.</summary>
    public int ImportPollsBeforeDone { get; init; }

    public KeyBehaviour Keys { get; init; } = KeyBehaviour.BecomesActive;

    public int KeyPollsBeforeActive { get; init; }

    /// <summary>The first requests that get 429 Too Many Requests (service protection) before the fake answers normally.</summary>
    public int ThrottledRequests { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Plugin steps arrive disabled after the import.</summary>
    public bool StepsArriveDisabled { get; init; }

    /// <summary>Rows that already exist in each custom table after import (for uninstall's purge).</summary>
    public int RowsPerTable { get; init; }

    /// <summary>The paged custom APIs the environment answers, by unique name; any other action is not found.</summary>
    public IReadOnlyDictionary<string, FakePagedAction> Actions { get; init; } = new Dictionary<string, FakePagedAction>();

    public IReadOnlyList<FakeUser> Users { get; init; } = [];

    /// <summary>Settings rows (name, value) already saved once the settings table exists, as an administrator left them.</summary>
    public IReadOnlyDictionary<string, string> SavedSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, the settings check plugin refuses every settings save with this message (HTTP 400), as when another setting is invalid.</summary>
    public string? SettingsSaveRefusal { get; init; }

    /// <summary>Reading environment variables is refused (403), as for a role without those privileges.</summary>
    public bool VariablesForbidden { get; init; }
}
