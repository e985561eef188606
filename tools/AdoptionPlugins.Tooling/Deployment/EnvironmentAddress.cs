using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Checks the environment URL an admin typed and reduces it to the root the Web API and token scope are built on.</summary>
public static class EnvironmentAddress
{
    public const string Example = "https://contoso.crm4.dynamics.com";

    /// <summary>The environment root (https, or http on loopback for local fakes); anything else throws <see cref="DeploymentInputException"/>.</summary>
    public static Uri Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DeploymentInputException($"--url is required: the environment URL, e.g. {Example} (Power Platform admin center > Environments > your environment > Environment URL). It can also come from DATAVERSE_URL.");
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new DeploymentInputException($"\"{text}\" is not an environment URL; expected one like {Example}.");
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            throw new DeploymentInputException($"\"{text}\" uses http; Dataverse is only reached over https (the token must not travel in clear). Use https://{url.Authority}.");
        }

        if (url.AbsolutePath != "/" || url.Query.Length > 0)
        {
            throw new DeploymentInputException($"\"{text}\" has a path; give the environment URL alone: {url.Scheme}://{url.Authority}");
        }

        return new Uri($"{url.Scheme}://{url.Authority}/");
    }
}
