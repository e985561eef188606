using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>Puts a message together the same way every time: greeting, content, why and how to opt out, signature.</summary>
public static class MessageFrame
{
    /// <param name="language">The recipient's language, chosen with a logged fallback.</param>
    /// <param name="report">The language of the log note about a fallback.</param>
    /// <param name="recipient">Who it is for; the greeting uses the first name.</param>
    /// <param name="title">The in-app title.</param>
    /// <param name="subject">The email subject.</param>
    /// <param name="inApp">The sentences of the in-app body.</param>
    /// <param name="paragraphs">The email's content paragraphs.</param>
    /// <param name="optOutEveryDays">How often at most such a note comes, for the opt-out line; null for messages without one.</param>
    public static ComposedMessage Build(LanguageChoice language, TextLanguage report, Recipient recipient, string title, string subject, IEnumerable<string?> inApp, IEnumerable<string?> paragraphs, int? optOutEveryDays)
    {
        language = language ?? throw new ArgumentNullException(nameof(language));
        recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        var texts = language.Language;
        var email = new List<string> { texts.Format(TextKey.Greeting, TextArg.Of("name", recipient.User.FirstName)) };
        email.AddRange(paragraphs.Where(paragraph => !string.IsNullOrWhiteSpace(paragraph)).Select(paragraph => paragraph!));
        if (optOutEveryDays is { } days)
        {
            email.Add(texts.Format(TextKey.OptOutLine, TextArg.Count("days", days)));
        }

        email.Add(texts.Format(TextKey.Signature));
        return new ComposedMessage(texts.Lcid, title, string.Join(" ", inApp.Where(sentence => !string.IsNullOrWhiteSpace(sentence))), subject, email, language.FallbackNote(report));
    }
}
