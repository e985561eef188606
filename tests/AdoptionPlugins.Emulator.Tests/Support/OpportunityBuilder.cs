using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Builds an open opportunity with a name and an estimated value.</summary>
public sealed class OpportunityBuilder
{
    private readonly Entity _opportunity = new("opportunity") { ["name"] = "Contoso renewal", ["estimatedvalue"] = new Money(50_000m) };

    public OpportunityBuilder OwnedBy(Guid userId)
    {
        _opportunity["ownerid"] = new EntityReference("systemuser", userId);
        return this;
    }

    public Entity Build() => _opportunity;
}
