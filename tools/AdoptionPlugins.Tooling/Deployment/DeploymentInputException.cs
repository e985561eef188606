using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A mistake in what the admin gave a command that talks to an environment (zip, settings file, URL, credentials, days, scope), with a message that says what to fix.</summary>
public sealed class DeploymentInputException : Exception
{
    public DeploymentInputException()
    {
    }

    public DeploymentInputException(string message)
        : base(message)
    {
    }

    public DeploymentInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
