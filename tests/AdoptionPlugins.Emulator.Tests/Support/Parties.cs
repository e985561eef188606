using System.Linq;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Party-list values (email from/to, appointment attendees) as the SDK sends them: activityparty entities in a collection.</summary>
public static class Parties
{
    public static EntityCollection Of(params EntityReference[] parties) =>
        new([.. parties.Select(p => new Entity("activityparty") { ["partyid"] = p })]);

    public static EntityCollection Address(string address) =>
        new([new Entity("activityparty") { ["addressused"] = address }]);
}
