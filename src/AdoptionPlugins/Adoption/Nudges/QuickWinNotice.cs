using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>The in-app notice celebrating quick wins with one person; several wins of a day make one notice, not several.</summary>
public static class QuickWinNotice
{
    /// <summary>One candidate per person who hears about any of the wins, each listing what that person may read.</summary>
    public static IReadOnlyList<MessageCandidate> ComposeAll(IEnumerable<QuickWin> wins, OrgChart chart, Func<Guid, Recipient?> recipients, AdoptionSettings settings, DateTime today)
    {
        chart = chart ?? throw new ArgumentNullException(nameof(chart));
        recipients = recipients ?? throw new ArgumentNullException(nameof(recipients));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var privacy = new PrivacyRules(settings.Privacy);
        var announced = (wins ?? throw new ArgumentNullException(nameof(wins)))
            .SelectMany(win => QuickWinAudience.For(win, chart, privacy).Select(heard => new KeyValuePair<Guid, AnnouncedWin>(heard.UserId, new AnnouncedWin(win, heard.Viewer))))
            .GroupBy(pair => pair.Key, pair => pair.Value);
        var candidates = new List<MessageCandidate>();
        foreach (var person in announced)
        {
            if (recipients(person.Key) is { } recipient)
            {
                candidates.Add(Compose(recipient, person.ToList(), chart, settings, today));
            }
        }

        return candidates;
    }

    public static MessageCandidate Compose(Recipient recipient, IReadOnlyList<AnnouncedWin> wins, OrgChart chart, AdoptionSettings settings, DateTime today)
    {
        recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        wins = wins ?? throw new ArgumentNullException(nameof(wins));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        if (wins.Count == 0)
        {
            throw new ArgumentException("A quick-win notice needs at least one win.", nameof(wins));
        }

        var choice = MessageFrame.LanguageFor(recipient, settings);
        var language = choice.Language;
        var privacy = new PrivacyRules(settings.Privacy);
        var bodies = wins.Select(announced => QuickWinTexts.Body(announced.Win, announced.Viewer, language, privacy, chart)).ToList();
        var title = wins.Count == 1
            ? QuickWinTexts.Title(wins[0].Win, language)
            : language.Format(TextKey.WinsSeveralTitle, TextArg.Count("count", wins.Count));

        var message = MessageFrame.Build(choice, settings, recipient, title, title, bodies, bodies, null);
        return new MessageCandidate(recipient, MessageKind.QuickWinNotice, today, message, MessageChannels.InApp);
    }
}
