using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>Everything the daily evaluation reads about one user: profile, directory facts, activity days and leave.</summary>
public sealed class EvaluationSubject
{
    public EvaluationSubject(AdoptionProfile profile, UserFacts user, IEnumerable<ActivityDay>? days = null, IEnumerable<LeavePeriod>? leave = null)
    {
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
        User = user ?? throw new ArgumentNullException(nameof(user));
        if (profile.UserId != user.UserId)
        {
            throw new ArgumentException($"The profile describes user {profile.UserId} but the directory facts describe user {user.UserId}.", nameof(user));
        }

        Days = (days ?? []).OrderBy(day => day.Day).ToArray();
        var duplicate = Days.Zip(Days.Skip(1), (first, second) => first.Day == second.Day ? second : null).FirstOrDefault(day => day is not null);
        if (duplicate is not null)
        {
            throw new ArgumentException($"User {user.UserId} has two activity-day rows for {duplicate.Day:yyyy-MM-dd}; each day must be rolled up once.", nameof(days));
        }

        Leave = (leave ?? []).OrderBy(period => period.Start).ToArray();
    }

    public Guid UserId => Profile.UserId;

    public AdoptionProfile Profile { get; }

    public UserFacts User { get; }

    /// <summary>Activity days in date order, one per day at most.</summary>
    public IReadOnlyList<ActivityDay> Days { get; }

    public IReadOnlyList<LeavePeriod> Leave { get; }

    public bool IsOnLeave(DateTime day) => Leave.Any(period => period.Covers(day));
}
