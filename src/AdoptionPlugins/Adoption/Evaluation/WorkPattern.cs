using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>The weekdays a person works, so part-time staff are only expected on their own days.</summary>
public sealed class WorkPattern
{
    private readonly bool[] _works = new bool[7];

    public WorkPattern(IEnumerable<DayOfWeek> workingDays)
    {
        foreach (var day in workingDays ?? throw new ArgumentNullException(nameof(workingDays)))
        {
            if (day < DayOfWeek.Sunday || day > DayOfWeek.Saturday)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), day, "A working day must be a day of the week.");
            }

            _works[(int)day] = true;
        }

        if (!_works.Any(works => works))
        {
            throw new ArgumentException("A work pattern needs at least one working day.", nameof(workingDays));
        }
    }

    /// <summary>The days of the week in the order people in Europe and the US read a working week.</summary>
    public static IReadOnlyList<DayOfWeek> MondayFirst { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Monday to Friday.</summary>
    public static WorkPattern FullWeek { get; } = new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    /// <summary>The working days from Monday to Sunday, the order people read them in.</summary>
    public IReadOnlyList<DayOfWeek> WorkingDays => MondayFirst.Where(Works).ToArray();

    public bool Works(DayOfWeek day) => _works[(int)day];

    public bool SameDaysAs(WorkPattern other) => other is not null && _works.SequenceEqual(other._works);
}
