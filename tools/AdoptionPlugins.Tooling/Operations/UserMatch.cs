using System;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>A user found by sign-in name or email, so a command can name whom it acts on before it does.</summary>
public sealed record UserMatch(Guid Id, string FullName, string? DomainName);
