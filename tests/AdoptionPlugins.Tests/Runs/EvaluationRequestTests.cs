using System;
using AdoptionPlugins.Adoption.Runs;
using Xunit;

namespace AdoptionPlugins.Tests.Runs;

public class EvaluationRequestTests
{
    [Fact]
    public void NothingSent_EvaluatesEveryoneInPagesOfAHundred()
    {
        var request = new EvaluationRequest();

        Assert.Equal((100, true, false), (request.PageSize, request.IsWholeOrganization, request.DryRun));
    }

    [Fact]
    public void UserAndTeamTogether_AreRefused()
    {
        var refusal = Assert.Throws<ArgumentException>(() => new EvaluationRequest(userId: Guid.NewGuid(), teamId: Guid.NewGuid()));

        Assert.StartsWith("UserId and TeamId are both set", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyIds_MeanEveryone()
    {
        var request = new EvaluationRequest(userId: Guid.Empty, teamId: Guid.Empty);

        Assert.True(request.IsWholeOrganization);
    }

    [Fact]
    public void DifferentScope_GivesADifferentFingerprint()
    {
        var everyone = new EvaluationRequest().Fingerprint;

        var oneUser = new EvaluationRequest(userId: new Guid("0f2b4c8e-1d3a-4e5f-8a9b-0c1d2e3f4a5b")).Fingerprint;

        Assert.NotEqual(everyone, oneUser);
    }
}
