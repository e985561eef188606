using System;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Schema;
using Xunit;

namespace AdoptionPlugins.Tests.Evaluation;

public class EvaluationChoicesTests
{
    [Theory]
    [InlineData(QuickWinKind.DealWon, 618370000)]
    [InlineData(QuickWinKind.FirstMeeting, 618370001)]
    [InlineData(QuickWinKind.Comeback, 618370002)]
    [InlineData(QuickWinKind.TeamMilestone, 618370003)]
    public void QuickWinKindOption_ReadsBackAsItsKind(QuickWinKind kind, int option)
    {
        var read = EvaluationChoices.QuickWinKindOf(option);

        Assert.Equal((kind, option), (read, EvaluationChoices.ValueOf(kind)));
    }

    [Theory]
    [InlineData(618369999)]
    [InlineData(618370004)]
    public void QuickWinKindOutsideTheChoice_IsRefusedNamingTheColumn(int option)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationChoices.QuickWinKindOf(option));

        Assert.Contains($"{option} is not an option of adopt_kind.", refused.Message, StringComparison.Ordinal);
    }
}
