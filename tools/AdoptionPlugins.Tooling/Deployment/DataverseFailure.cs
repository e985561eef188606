namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>What kind of failure a Web API call ended in, so callers can tell "sign-in refused" from "the request failed".</summary>
public enum DataverseFailure
{
    /// <summary>Sign-in failed or the environment refused the token (HTTP 401).</summary>
    Unauthorized,

    /// <summary>Signed in, but the user lacks a privilege (HTTP 403).</summary>
    Forbidden,

    /// <summary>The environment could not be reached at all.</summary>
    Unreachable,

    /// <summary>Service protection limits kept refusing after the bounded retries (HTTP 429, dataverse-facts 4.6).</summary>
    Throttled,

    /// <summary>Any other error answer.</summary>
    Failed,
}
