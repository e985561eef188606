using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Runs;

/// <summary>A profile's working days as an administrator types them: "Mon,Tue,Wed" (commas or semicolons, short or full names).</summary>
public static class WorkPatternText
{
    private static readonly char[] Separators = [',', ';'];

    /// <summary>The pattern, or null for empty text (the usual week); false when a part is not a weekday.</summary>
    public static bool TryRead(string? text, out WorkPattern? pattern)
    {
        pattern = null;
        var parts = (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()).Where(part => part.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return true;
        }

        var days = new List<DayOfWeek>();
        foreach (var part in parts)
        {
            if (!SettingsFormat.TryWeekday(part, out var day))
            {
                return false;
            }

            days.Add(day);
        }

        pattern = new WorkPattern(days);
        return true;
    }

    public static string Write(WorkPattern pattern) =>
        string.Join(",", (pattern ?? throw new ArgumentNullException(nameof(pattern))).WorkingDays.Select(day => day.ToString().Substring(0, 3)));
}
