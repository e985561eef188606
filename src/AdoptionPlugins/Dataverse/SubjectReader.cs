using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Reads what a verdict needs for a list of people: their profiles as they were before the run's day, their activity days
/// over the lookback and their leave. Three requests per page. A person whose rows cannot be read is reported and skipped,
/// so one bad row never stops everyone else's evaluation.
/// </summary>
public sealed class SubjectReader
{
    private readonly EvaluationRun _run;

    public SubjectReader(EvaluationRun run)
    {
        _run = run ?? throw new ArgumentNullException(nameof(run));
    }

    public IReadOnlyList<SubjectRead> Read(IReadOnlyList<Person> people)
    {
        _ = people ?? throw new ArgumentNullException(nameof(people));
        if (people.Count == 0)
        {
            return [];
        }

        var today = _run.Today;
        var from = today.AddDays(-_run.Settings.Classification.LookbackDays);
        var ids = people.Select(person => person.Id).ToList();
        var profiles = _run.Profiles.Read(ids);
        var days = _run.History.ReadDays(ids, from, today.AddDays(-1));
        var privacy = new PrivacyRules(_run.Settings.Privacy);
        var leave = new LeaveGateway(_run.Service).Read(ids, from, note => _run.Tracing.Trace("{0}", note));
        var subjects = new List<SubjectRead>();
        foreach (var person in people)
        {
            var stored = profiles.TryGetValue(person.Id, out var found) ? found : new StoredProfile(person.Id);
            try
            {
                var profile = stored.BeforeRun(today, person.KnownSince);
                var needsNewReason = found is not null && found.NeedsNewReason(privacy.KeepFrom(today), privacy.StoredReasonDetail);
                subjects.Add(new SubjectRead(new EvaluationSubject(profile, person.Facts, days[person.Id], leave[person.Id]), found is not null, needsNewReason));
            }
            catch (ArgumentException unreadable)
            {
                _run.Tracing.Trace("User {0} ({1}) was not evaluated: {2}", person.Facts.FullName, person.Id, unreadable.Message);
            }
        }

        return subjects;
    }
}
