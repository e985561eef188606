using System;
using System.Text;
using System.Text.RegularExpressions;

namespace AdoptionPlugins.Emulator.Query;

// SQL LIKE (% any run, _ one character, [set]) as a case-insensitive regular expression, matching Dataverse's CI collation.
internal static class LikePattern
{
    public static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[' when pattern.IndexOf(']', i + 1) is var close and > 0:
                    var set = pattern[(i + 1)..close];
                    regex.Append('[').Append(set.StartsWith('^') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
