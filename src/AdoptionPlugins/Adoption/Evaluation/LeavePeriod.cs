using System;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>Days a user is away (an adopt_leaveperiod row, both dates included): they never count against anyone.</summary>
public sealed class LeavePeriod
{
    public LeavePeriod(DateTime start, DateTime end)
    {
        if (end.Date < start.Date)
        {
            throw new ArgumentException($"A leave period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        Start = start.Date;
        End = end.Date;
    }

    public DateTime Start { get; }

    public DateTime End { get; }

    public bool Covers(DateTime day) => day.Date >= Start && day.Date <= End;
}
