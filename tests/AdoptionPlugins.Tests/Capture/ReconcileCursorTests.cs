using System;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Capture.Reconcile;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class ReconcileCursorTests
{
    private static readonly ReconcileRequest November = new(null, new DateTime(2026, 11, 1), new DateTime(2026, 11, 30), 100);

    [Fact]
    public void NoCursor_StartsWithTheFirstPageOfTasks()
    {
        var cursor = ReconcileCursor.Parse(null, November);

        Assert.Equal((ReconcilePhase.Sources, SourceTable.Task, 1, null), (cursor.Phase, cursor.Table, cursor.PageNumber, cursor.PagingCookie));
    }

    [Fact]
    public void PageWithMoreRows_MovesToTheNextPageWithTheCookie()
    {
        var next = ReconcileCursor.Start(November).After(moreRows: true, "<cookie page=\"1\" />");

        Assert.Equal((SourceTable.Task, 2, "<cookie page=\"1\" />"), (next!.Table, next.PageNumber, next.PagingCookie));
    }

    [Fact]
    public void LastPageOfATable_MovesToTheFirstPageOfTheNextTable()
    {
        var next = ReconcileCursor.Start(November).After(moreRows: true, "c")!.After(moreRows: false, null);

        Assert.Equal((SourceTable.PhoneCall, 1, null), (next!.Table, next.PageNumber, next.PagingCookie));
    }

    [Fact]
    public void LastPageOfTheLastTable_MovesToTheRollUp()
    {
        var last = new ReconcileCursor(November.Fingerprint, ReconcilePhase.Sources, ReconcileCursor.Tables.Count - 1, 3, "c");

        var next = last.After(moreRows: false, null);

        Assert.Equal((ReconcilePhase.RollUp, 1), (next!.Phase, next.PageNumber));
    }

    [Fact]
    public void LastRollUpPage_EndsTheRun()
    {
        var last = new ReconcileCursor(November.Fingerprint, ReconcilePhase.RollUp, 0, 7, null);

        Assert.Null(last.After(moreRows: false, null));
    }

    [Fact]
    public void CursorText_ReadsBackTheSameCursorCookieIncluded()
    {
        var cursor = new ReconcileCursor(November.Fingerprint, ReconcilePhase.Sources, 3, 12, "<cookie page=\"11\"><activityid last=\"{A|B}\" /></cookie>");

        var read = ReconcileCursor.Parse(cursor.ToString(), November);

        Assert.Equal(cursor.ToString(), read.ToString());
    }

    [Fact]
    public void MadeUpCursor_IsRefusedWithWhatToSendInstead()
    {
        var error = Assert.Throws<ArgumentException>(() => ReconcileCursor.Parse("page 3 please", November));

        Assert.Contains("send the NextCursor of the previous page unchanged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CursorOfAnotherRun_IsRefused()
    {
        var other = new ReconcileRequest(null, new DateTime(2026, 10, 1), new DateTime(2026, 10, 31), 100);

        var error = Assert.Throws<ArgumentException>(() => ReconcileCursor.Parse(ReconcileCursor.Start(other).ToString(), November));

        Assert.Contains("belongs to a run with other users, days or page size", error.Message, StringComparison.Ordinal);
    }
}
