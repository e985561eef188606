using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Texts;
using Microsoft.Xrm.Sdk;
using Nudge = AdoptionPlugins.Schema.Nudge;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Erases one person's adoption data for a data subject request (dataverse-facts 7.2), table after table, at most
/// <see cref="PurgeBatch.MaxRows"/> rows per page: first it marks their profile erased, so a reconcile meanwhile rebuilds
/// nothing; then it deletes the signals credited to them (signals others logged on their behalf keep the other's credit and
/// lose the person's name), their activity days, message log, quick wins and leave; puts a neutral stand-in for their name in
/// other people's messages and quick wins; and last leaves their profile as a tombstone that holds only the erase day.
/// </summary>
public sealed class PersonalDataEraser
{
    /// <summary>Rows of texts read at once: a message holds up to 30,000 characters, so a page of them stays a few megabytes.</summary>
    public const int NamingRows = 250;

    private readonly AdoptionDataGateway _gateway;
    private readonly ErasedHistoryGateway _history;
    private readonly SettingsGateway _settings;

    public PersonalDataEraser(AdoptionDataGateway gateway, ErasedHistoryGateway history, SettingsGateway settings)
    {
        _gateway = gateway ?? throw new ArgumentNullException(nameof(gateway));
        _history = history ?? throw new ArgumentNullException(nameof(history));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    }

    /// <param name="cursor">Where the erase stands.</param>
    /// <param name="todayUtc">The day of the erase (UTC): nothing up to its end is rebuilt by a reconcile.</param>
    public PersonalDataPage ErasePage(PersonalDataCursor cursor, DateTime todayUtc)
    {
        _ = cursor ?? throw new ArgumentNullException(nameof(cursor));
        if (cursor.Table == AdoptionDataTable.Signals)
        {
            _history.MarkErased(cursor.UserId, todayUtc, clearHistory: false);
        }

        var reportLanguage = new Lazy<TextLanguage>(ReportLanguage);
        IReadOnlyList<string>? names = null;
        var read = 0;
        var erased = 0;
        PersonalDataCursor? position = cursor;
        while (position is not null && read < PurgeBatch.MaxRows)
        {
            var wanted = PurgeBatch.MaxRows - read;
            var step = position.Table switch
            {
                AdoptionDataTable.MessagesNamingThem or AdoptionDataTable.WinsNamingThem =>
                    Scrub(position, names ??= _history.NamesOf(position.UserId), Math.Min(wanted, NamingRows), reportLanguage),
                AdoptionDataTable.Profiles => new Step(0, _history.MarkErased(position.UserId, todayUtc, clearHistory: true) ? 1 : 0, null, mayHaveMore: false),
                _ => EraseSome(position, wanted),
            };
            read += step.Read;
            erased += step.Changed;
            position = step.MayHaveMore ? new PersonalDataCursor(position.UserId, position.Table, step.Last) : position.NextTable();
        }

        return new PersonalDataPage(position?.ToString(), erased, null);
    }

    // Deleted rows are gone from the next query, so the cursor needs no last row here.
    private Step EraseSome(PersonalDataCursor position, int wanted)
    {
        var rows = _gateway.ReadOfPerson(position.Table, position.UserId, null, wanted, allColumns: false);
        foreach (var row in rows)
        {
            _gateway.Delete(position.Table, row.Id);
        }

        if (position.Table != AdoptionDataTable.Signals || rows.Count == wanted)
        {
            return new Step(rows.Count, rows.Count, null, rows.Count == wanted);
        }

        var loggedForThem = _gateway.ReadLoggedOnBehalfOf(position.UserId, wanted - rows.Count);
        foreach (var signal in loggedForThem)
        {
            _gateway.ForgetOnBehalfOf(signal.Id);
        }

        var count = rows.Count + loggedForThem.Count;
        return new Step(count, count, null, count == wanted);
    }

    // A row whose like match is not a whole name (the name inside a longer one) stays as it is and matches again, so the cursor
    // moves past the last row read rather than relying on changed rows dropping out of the query.
    private Step Scrub(PersonalDataCursor position, IReadOnlyList<string> names, int wanted, Lazy<TextLanguage> reportLanguage)
    {
        var rows = _gateway.ReadNaming(position.Table, names, position.After, wanted);
        var changed = 0;
        foreach (var row in rows)
        {
            var standIn = LanguageOf(row, reportLanguage).Format(TextKey.ErasedPerson);
            var scrubbed = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var column in AdoptionDataGateway.TextsOf(position.Table))
            {
                var text = ColumnReader.Get<string>(row, column.Key);
                var without = NameScrub.Scrub(text, names, standIn);
                if (!string.Equals(text, without, StringComparison.Ordinal))
                {
                    scrubbed[column.Key] = without;
                }
            }

            if (scrubbed.Count > 0)
            {
                _gateway.Rewrite(position.Table, row.Id, scrubbed);
                changed++;
            }
        }

        return new Step(rows.Count, changed, rows.Count > 0 ? rows[rows.Count - 1].Id : position.After, rows.Count == wanted);
    }

    // A message says which language it was written in; a quick win was written in the report language.
    private static TextLanguage LanguageOf(Entity row, Lazy<TextLanguage> reportLanguage) =>
        ColumnReader.GetValue<int>(row, Nudge.Language) is { } lcid && TextCatalog.Find(lcid) is { } language ? language : reportLanguage.Value;

    private TextLanguage ReportLanguage()
    {
        return TextCatalog.Get(_settings.Read().Resolve().Settings.Messages.ReportLanguage);
    }

    // What one step of a page did: rows read (the page's budget), rows deleted or changed, the last row read where the cursor
    // must remember it, and whether the table may hold more.
    private sealed class Step
    {
        public Step(int read, int changed, Guid? last, bool mayHaveMore)
        {
            Read = read;
            Changed = changed;
            Last = last;
            MayHaveMore = mayHaveMore;
        }

        public int Read { get; }

        public int Changed { get; }

        public Guid? Last { get; }

        public bool MayHaveMore { get; }
    }
}
