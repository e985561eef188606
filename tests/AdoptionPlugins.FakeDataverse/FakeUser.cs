using System;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>A systemuser row the fake finds by domain name or primary email.</summary>
public sealed record FakeUser(Guid Id, string FullName, string DomainName, string Email);
