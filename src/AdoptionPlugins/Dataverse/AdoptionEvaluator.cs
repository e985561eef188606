using System;
using AdoptionPlugins.Adoption.Runs;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Runs one bounded page of the daily evaluation (DESIGN-evaluation.md): the users phase pages through everyone, the team
/// phase through the leaders, the digest page and the purge of data past retention end the whole organization's run. The caller
/// loops while HasMore.
/// </summary>
public sealed class AdoptionEvaluator
{
    private readonly IOrganizationService _service;
    private readonly ITracingService _tracing;

    public AdoptionEvaluator(IOrganizationService service, ITracingService tracing)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _tracing = tracing ?? throw new ArgumentNullException(nameof(tracing));
    }

    /// <param name="request">What to evaluate.</param>
    /// <param name="cursor">Where the run stands: <see cref="EvaluationCursor.Parse"/> of the previous page's NextCursor.</param>
    /// <param name="nowUtc">The operation's time, which profiles record as when they were evaluated.</param>
    public EvaluationPageResult RunPage(EvaluationRequest request, EvaluationCursor cursor, DateTime nowUtc)
    {
        var run = EvaluationRun.Start(_service, _tracing, nowUtc, request, cursor);
        return run.Cursor.Phase switch
        {
            EvaluationPhase.Users => new UserEvaluationPage(run).Run(),
            EvaluationPhase.Teams => new TeamEvaluationPage(run).Run(),
            EvaluationPhase.Digest => new DigestEvaluationPage(run).Run(),
            _ => new RetentionPurgePage(run).Run(),
        };
    }
}
