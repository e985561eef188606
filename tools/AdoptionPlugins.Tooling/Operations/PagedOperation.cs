using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>What one paged run asks for and how it speaks to the admin: its inputs, a line per page and the closing summary; <see cref="PagedRunner"/> does the calling.</summary>
public abstract class PagedOperation
{
    protected PagedOperation(PagedAction action, int? pageSize, string? cursor)
    {
        Action = action ?? throw new ArgumentNullException(nameof(action));
        if (pageSize is { } size && (size < 1 || size > action.MaxPageSize))
        {
            throw new DeploymentInputException($"--page-size must be between 1 and {action.MaxPageSize}, not {size}: one page of {action.UniqueName} takes at most {action.MaxPageSize} {action.PageUnit} (without --page-size, {action.DefaultPageSize}).");
        }

        if (cursor is not null && string.IsNullOrWhiteSpace(cursor))
        {
            throw new DeploymentInputException("--cursor is empty; pass the cursor an interrupted run printed, or leave --cursor out to start from the beginning.");
        }

        PageSize = pageSize;
        StartCursor = cursor?.Trim();
    }

    public PagedAction Action { get; }

    /// <summary>The page size sent, or null to let the plugin use its default.</summary>
    public int? PageSize { get; }

    /// <summary>Where an interrupted run left off (--cursor), or null to start from the beginning.</summary>
    public string? StartCursor { get; }

    /// <summary>The first line of the run, saying what it does.</summary>
    public string Title => StartCursor is null ? Describe() : $"{Describe()}, resuming from cursor {StartCursor}";

    /// <summary>Reads what the run needs from the environment before the first page, and returns lines worth printing first.</summary>
    public virtual Task<IReadOnlyList<string>> PrepareAsync(DataverseWebApi api, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>The request parameters for the page asked for with <paramref name="cursor"/>.</summary>
    public IReadOnlyDictionary<string, object> Inputs(string? cursor)
    {
        var inputs = new Dictionary<string, object>(Parameters(), StringComparer.Ordinal);
        if (PageSize is { } size)
        {
            inputs[PagedAction.PageSize] = size;
        }

        if (cursor is not null)
        {
            inputs[PagedAction.Cursor] = cursor;
        }

        return inputs;
    }

    public string DescribePage(ActionPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return $"Page {page.Number}: {Counts(page.Count)}";
    }

    /// <summary>What was done, for standard output.</summary>
    public IReadOnlyList<string> Summary(PagedRunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Completed)
        {
            return [$"Done in {Counted(report.Pages.Count, "page")}: {Counts(report.Total)}.", .. Notes(report)];
        }

        return report.Pages.Count == 0
            ? ["No page was completed."]
            : [$"Completed before it stopped, {Counted(report.Pages.Count, "page")}: {Counts(report.Total)}."];
    }

    /// <summary>Why the run stopped and how to resume it, for standard error; empty when it completed.</summary>
    public IReadOnlyList<string> Problem(PagedRunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Completed)
        {
            return [];
        }

        var page = report.Pages.Count + 1;
        var why = report.Failure is { } failure
            ? $"error: page {page} of {Action.UniqueName} failed: {failure.Message}{(failure.Status == HttpStatusCode.NotFound ? " Is AdoptionPlugins installed in this environment? 'adoption deploy' installs it." : string.Empty)}"
            : $"error: stopped by the user during page {page}.";
        // A page is one synchronous main operation inside one transaction: a failure rolls it back, so resuming at its cursor redoes it whole (dataverse-facts 1.2, 2.2).
        var resume = report.ResumeCursor is { } cursor
            ? $"The pages before it are done. To resume at page {page}, run the same command with --cursor {cursor}"
            : "Nothing was done. Run the same command again to start from the beginning.";
        return [why, resume];
    }

    /// <summary>The parameters that say what to do, without page size and cursor.</summary>
    protected abstract IEnumerable<KeyValuePair<string, object>> Parameters();

    /// <summary>What the run does, such as "Backfilling activity from ... to ...".</summary>
    protected abstract string Describe();

    /// <summary>The counters of a page or of the whole run, in words.</summary>
    protected abstract string Counts(Func<string, int> count);

    /// <summary>Lines that follow the summary of a completed run.</summary>
    protected virtual IEnumerable<string> Notes(PagedRunReport report) => [];

    protected static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
