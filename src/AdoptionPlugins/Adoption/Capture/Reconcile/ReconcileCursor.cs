using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Capture.Reconcile;

/// <summary>
/// Where a reconcile run stands, as the opaque text the caller passes back: the phase, the source table, the page and the
/// platform's paging cookie. Re-sending the same cursor redoes the same page, which is harmless: every write is an upsert
/// by a deterministic id.
/// </summary>
public sealed class ReconcileCursor
{
    private const string Version = "1";
    private const char Separator = '|';

    public ReconcileCursor(string fingerprint, ReconcilePhase phase, int tableIndex, int pageNumber, string? pagingCookie)
    {
        if (tableIndex < 0 || tableIndex >= Tables.Count || pageNumber < 1)
        {
            throw new ArgumentException($"A cursor names a source table 0 to {Tables.Count - 1} and a page from 1, not {tableIndex} and {pageNumber}.");
        }

        Fingerprint = fingerprint;
        Phase = phase;
        TableIndex = tableIndex;
        PageNumber = pageNumber;
        PagingCookie = string.IsNullOrEmpty(pagingCookie) ? null : pagingCookie;
    }

    /// <summary>The source tables in the order reconcile reads them.</summary>
    public static System.Collections.Generic.IReadOnlyList<SourceTable> Tables { get; } =
        [SourceTable.Task, SourceTable.PhoneCall, SourceTable.Appointment, SourceTable.Email, SourceTable.Note, SourceTable.Opportunity];

    public string Fingerprint { get; }

    public ReconcilePhase Phase { get; }

    /// <summary>Index into <see cref="Tables"/> in the Sources phase.</summary>
    public int TableIndex { get; }

    public SourceTable Table => Tables[TableIndex];

    /// <summary>The page to read next: of the source table, or of users in the RollUp phase.</summary>
    public int PageNumber { get; }

    /// <summary>The platform's cookie for <see cref="PageNumber"/>, when the previous page returned one.</summary>
    public string? PagingCookie { get; }

    /// <summary>The first page of a run.</summary>
    public static ReconcileCursor Start(ReconcileRequest request) =>
        new((request ?? throw new ArgumentNullException(nameof(request))).Fingerprint, ReconcilePhase.Sources, 0, 1, null);

    /// <summary>Reads a cursor a previous page returned; null or empty text starts a run.</summary>
    public static ReconcileCursor Parse(string? text, ReconcileRequest request)
    {
        _ = request ?? throw new ArgumentNullException(nameof(request));
        if (string.IsNullOrWhiteSpace(text))
        {
            return Start(request);
        }

        var parts = text!.Split(new[] { Separator }, 6);
        if (parts.Length != 6 || parts[0] != Version
            || !TryPhase(parts[2], out var phase)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var table)
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || table >= Tables.Count || page < 1)
        {
            throw new ArgumentException("The Cursor is not one this API returned; send the NextCursor of the previous page unchanged, or none to start again.", nameof(text));
        }

        if (parts[1] != request.Fingerprint)
        {
            throw new ArgumentException("The Cursor belongs to a run with other users, days or page size; send those again unchanged, or no cursor to start a new run.", nameof(text));
        }

        return new ReconcileCursor(parts[1], phase, table, page, parts[5]);
    }

    /// <summary>The cursor after a page: the next page of the same list, the next table, the roll-up, or null when the run is done.</summary>
    public ReconcileCursor? After(bool moreRows, string? nextPagingCookie)
    {
        if (moreRows)
        {
            return new ReconcileCursor(Fingerprint, Phase, TableIndex, PageNumber + 1, nextPagingCookie);
        }

        if (Phase == ReconcilePhase.Sources)
        {
            return TableIndex + 1 < Tables.Count
                ? new ReconcileCursor(Fingerprint, ReconcilePhase.Sources, TableIndex + 1, 1, null)
                : new ReconcileCursor(Fingerprint, ReconcilePhase.RollUp, 0, 1, null);
        }

        return null;
    }

    public override string ToString() => string.Join(
        Separator.ToString(),
        Version,
        Fingerprint,
        Phase == ReconcilePhase.Sources ? "S" : "R",
        TableIndex.ToString(CultureInfo.InvariantCulture),
        PageNumber.ToString(CultureInfo.InvariantCulture),
        PagingCookie ?? string.Empty);

    private static bool TryPhase(string text, out ReconcilePhase phase)
    {
        phase = text == "R" ? ReconcilePhase.RollUp : ReconcilePhase.Sources;
        return text is "S" or "R";
    }
}
