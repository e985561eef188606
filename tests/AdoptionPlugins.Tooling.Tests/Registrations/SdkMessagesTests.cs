using System.Linq;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>The message table: each known name maps to its id and back; messages without a known id have none.</summary>
public class SdkMessagesTests
{
    [Fact]
    public void EveryKnownMessage_MapsToItsIdAndBack()
    {
        var names = SdkMessages.Names;

        var roundTripped = names.Select(name => SdkMessages.NameOf(SdkMessages.IdOf(name)!.Value));

        Assert.Equal(["Create", "Update", "Delete", "Assign", "SetState"], roundTripped);
    }

    [Theory]
    [InlineData("Win")]
    [InlineData("pfx_EvaluateAdoption")]
    [InlineData("update")]
    public void MessageWithoutAKnownId_HasNone(string name)
    {
        var id = SdkMessages.IdOf(name);

        Assert.Null(id);
    }
}
