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
    public void WholeOrganizationsRun_PurgesEveryTableAfterTheDigestThenEnds()
    {
        var digest = new EvaluationCursor(Everyone.Fingerprint, Monday, EvaluationPhase.Digest, null, 0);

        var purged = new List<AdoptionDataTable?>();
        for (var cursor = digest.NextPhase(true, 0); cursor is not null; cursor = cursor.NextPhase(true, 0))
        {
            purged.Add(EvaluationCursor.PurgedBy(cursor.Phase));
        }

        Assert.Equal(
            [AdoptionDataTable.Signals, AdoptionDataTable.ActivityDays, AdoptionDataTable.MessageLog, AdoptionDataTable.QuickWins, AdoptionDataTable.LeavePeriods, AdoptionDataTable.Profiles],
            purged);
    }

    [Theory]
    [InlineData(EvaluationPhase.PurgeSignals)]
    [InlineData(EvaluationPhase.PurgeActivityDays)]
    [InlineData(EvaluationPhase.PurgeMessageLog)]
    [InlineData(EvaluationPhase.PurgeQuickWins)]
    [InlineData(EvaluationPhase.PurgeLeavePeriods)]
    [InlineData(EvaluationPhase.PurgeProfiles)]
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
    public void EvaluationPhases_PurgeNothing(EvaluationPhase phase)
    {
        Assert.Null(EvaluationCursor.PurgedBy(phase));
    }
}
