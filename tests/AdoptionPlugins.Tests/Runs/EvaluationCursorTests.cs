using System;
using AdoptionPlugins.Adoption.Runs;
using Xunit;

namespace AdoptionPlugins.Tests.Runs;

public class EvaluationCursorTests
{
    private static readonly DateTime Monday = new(2026, 3, 2);
    private static readonly EvaluationRequest Everyone = new();

    [Fact]
    public void NoCursor_StartsTheUsersPhaseOfToday()
    {
        var cursor = EvaluationCursor.Parse(null, Everyone, Monday);

        Assert.Equal((Monday, EvaluationPhase.Users, (Guid?)null, 0), (cursor.Day, cursor.Phase, cursor.After, cursor.SentSoFar));
    }

    [Fact]
    public void ReturnedCursor_ReadsBackAsItWasWritten()
    {
        var written = EvaluationCursor.Start(Everyone, Monday).Continue(new Guid("0f2b4c8e-1d3a-4e5f-8a9b-0c1d2e3f4a5b"), 7);

        var read = EvaluationCursor.Parse(written.ToString(), Everyone, Monday);

        Assert.Equal((written.Day, written.Phase, written.After, written.SentSoFar), (read.Day, read.Phase, read.After, read.SentSoFar));
    }

    [Fact]
    public void RunThatCrossedMidnight_GoesOnAsTheDayItBegan()
    {
        var cursor = EvaluationCursor.Start(Everyone, Monday).NextPhase(true, 3)!.ToString();

        var read = EvaluationCursor.Parse(cursor, Everyone, Monday.AddDays(1));

        Assert.Equal((Monday, EvaluationPhase.Teams, 3), (read.Day, read.Phase, read.SentSoFar));
    }

    [Fact]
    public void CursorOfAnOlderRun_IsRefusedSayingToStartAgain()
    {
        var cursor = EvaluationCursor.Start(Everyone, Monday).ToString();

        var refusal = Assert.Throws<ArgumentException>(() => EvaluationCursor.Parse(cursor, Everyone, Monday.AddDays(2)));

        Assert.StartsWith("The Cursor belongs to the run of 2026-03-02, which cannot be continued on 2026-03-04", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("1|00000000|2026-03-02|X||0")]
    [InlineData("1|00000000|2026-03-02|U|not-a-guid|0")]
    public void TextThisApiNeverReturned_IsRefused(string text)
    {
        var refusal = Assert.Throws<ArgumentException>(() => EvaluationCursor.Parse(text, Everyone, Monday));

        Assert.StartsWith("The Cursor is not one this API returned", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, EvaluationPhase.Digest)]
    [InlineData(false, null)]
    public void TeamsPhase_EndsInTheDigestOnlyForTheWholeOrganization(bool wholeOrganization, EvaluationPhase? expected)
    {
        var teams = EvaluationCursor.Start(Everyone, Monday).NextPhase(wholeOrganization, 0)!;

        var after = teams.NextPhase(wholeOrganization, 0);

        Assert.Equal(expected, after?.Phase);
    }
}
