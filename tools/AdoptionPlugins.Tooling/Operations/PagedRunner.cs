using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Tooling.Operations;

/// <summary>
/// Calls a paged custom API page after page, passing each NextCursor back while HasMore (dataverse-facts 2.3); a failed or
/// stopped page ends the run with the cursor to resume from instead of an exception.
/// </summary>
public static class PagedRunner
{
    public static async Task<PagedRunReport> RunAsync(DataverseWebApi api, PagedOperation operation, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(progress);
        var pages = new List<ActionPage>();
        var cursor = operation.StartCursor;
        try
        {
            foreach (var line in await operation.PrepareAsync(api, cancellationToken).ConfigureAwait(false))
            {
                progress(line);
            }

            while (true)
            {
                var number = pages.Count + 1;
                var answer = await api.CallActionAsync(operation.Action.UniqueName, operation.Inputs(cursor), $"running page {number} of {operation.Action.UniqueName}", cancellationToken).ConfigureAwait(false);
                var page = Read(answer, number, cursor, operation.Action);
                pages.Add(page);
                progress(operation.DescribePage(page));
                if (!page.HasMore)
                {
                    return new PagedRunReport { Pages = pages };
                }

                cursor = page.NextCursor;
            }
        }
        catch (DataverseRequestException failure)
        {
            return new PagedRunReport { Pages = pages, Failure = failure, ResumeCursor = cursor };
        }
        catch (JsonException garbled)
        {
            var failure = new DataverseRequestException(DataverseFailure.Failed, $"{operation.Action.UniqueName} answered something that is not JSON ({garbled.Message}); is the URL a Dataverse environment?", garbled);
            return new PagedRunReport { Pages = pages, Failure = failure, ResumeCursor = cursor };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new PagedRunReport { Pages = pages, StoppedByUser = true, ResumeCursor = cursor };
        }
    }

    private static ActionPage Read(JsonElement answer, int number, string? cursor, PagedAction action)
    {
        if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty(PagedAction.HasMore, out var more) || more.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new DataverseRequestException(DataverseFailure.Failed, $"{action.UniqueName} answered without {PagedAction.HasMore}; the installed AdoptionPlugins may be older than this tool. Deploy the matching version, then run again.");
        }

        var next = answer.TryGetProperty(PagedAction.NextCursor, out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } value ? value : null;
        if (more.GetBoolean() && (next is null || next == cursor))
        {
            throw new DataverseRequestException(DataverseFailure.Failed, $"{action.UniqueName} answered {PagedAction.HasMore} without a new {PagedAction.NextCursor}; stopping rather than asking for the same page again.");
        }

        var counts = action.Counters.ToDictionary(
            counter => counter,
            counter => answer.TryGetProperty(counter, out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt32() : 0,
            StringComparer.Ordinal);
        return new ActionPage(number, cursor, counts, more.GetBoolean(), next);
    }
}
