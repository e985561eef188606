using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Runs;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

public class PurgePhasesTests
{
    private static readonly DateTime Monday = new(2026, 3, 2);
    private static readonly EvaluationRequest Everyone = new();

    [Fact]
    public void WholeOrganizationsRun_PurgesEveryTableAfterTheDigestThenTheSummariesThenEnds()
    {
        var digest = new EvaluationCursor(Everyone.Fingerprint, Monday, EvaluationPhase.Digest, null, 0);

        var purged = new List<AdoptionDataTable?>();
        var phases = new List<EvaluationPhase>();
        for (var cursor = digest.NextPhase(true, 0); cursor is not null; cursor = cursor.NextPhase(true, 0))
        {
            purged.Add(EvaluationCursor.PurgedBy(cursor.Phase));
            phases.Add(cursor.Phase);
        }

        Assert.Equal(
            [AdoptionDataTable.Signals, AdoptionDataTable.ActivityDays, AdoptionDataTable.MessageLog, AdoptionDataTable.QuickWins, AdoptionDataTable.LeavePeriods, AdoptionDataTable.Profiles, null],
            purged);
        Assert.Equal(EvaluationPhase.PurgeSummaries, phases[^1]);
    }

    [Theory]
    [InlineData("U", EvaluationPhase.Users)]
    [InlineData("D", EvaluationPhase.Digest)]
    [InlineData("P", EvaluationPhase.PurgeProfiles)]
    [InlineData("G", EvaluationPhase.PurgeSummaries)]
    public void CursorText_NamesItsPhaseByALetterThatNeverChanges(string letter, EvaluationPhase phase)
    {
        var text = $"1|{Everyone.Fingerprint}|2026-03-02|{letter}||0";

        var read = EvaluationCursor.Parse(text, Everyone, Monday);

        Assert.Equal(phase, read.Phase);
    }

    [Fact]
    public void CursorOfTheLastProfilesPage_ContinuesWithTheSummaries()
    {
        var profiles = new EvaluationCursor(Everyone.Fingerprint, Monday, EvaluationPhase.PurgeProfiles, null, 0);

        var next = profiles.NextPhase(true, 0);

        Assert.Equal(EvaluationPhase.PurgeSummaries, next?.Phase);
    }

    [Theory]
    [InlineData(EvaluationPhase.PurgeSignals)]
    [InlineData(EvaluationPhase.PurgeActivityDays)]
    [InlineData(EvaluationPhase.PurgeMessageLog)]
    [InlineData(EvaluationPhase.PurgeQuickWins)]
    [InlineData(EvaluationPhase.PurgeLeavePeriods)]
    [InlineData(EvaluationPhase.PurgeProfiles)]
    [InlineData(EvaluationPhase.PurgeSummaries)]
    public void PurgeCursor_ReadsBackAtTheSamePhaseAndRow(EvaluationPhase phase)
    {
        var written = new EvaluationCursor(Everyone.Fingerprint, Monday, phase, new Guid("0f2b4c8e-1d3a-4e5f-8a9b-0c1d2e3f4a5b"), 4);

        var read = EvaluationCursor.Parse(written.ToString(), Everyone, Monday);

        Assert.Equal((phase, written.After), (read.Phase, read.After));
    }

    [Theory]
    [InlineData(EvaluationPhase.Users)]
    [InlineData(EvaluationPhase.Teams)]
    [InlineData(EvaluationPhase.Digest)]
    [InlineData(EvaluationPhase.PurgeSummaries)]
    public void PhasesWithoutPersonalData_PurgeNoPersonalDataTable(EvaluationPhase phase)
    {
        Assert.Null(EvaluationCursor.PurgedBy(phase));
    }
}
