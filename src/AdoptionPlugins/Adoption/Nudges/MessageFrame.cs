using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>Puts a message together the same way every time: greeting, content, why and how to opt out, signature.</summary>
public static class MessageFrame
{
    /// <param name="language">The recipient's language, from <see cref="LanguageFor"/>.</param>
    /// <param name="settings">Valid settings: the report language writes the log note about a fallback.</param>
    /// <param name="recipient">Who it is for; the greeting uses the first name.</param>
    /// <param name="title">The in-app title.</param>
    /// <param name="subject">The email subject.</param>
    /// <param name="inApp">The sentences of the in-app body.</param>
    /// <param name="paragraphs">The email's content paragraphs.</param>
    /// <param name="optOutEveryDays">How often at most such a note comes, for the opt-out line; null for messages without one.</param>
    public static ComposedMessage Build(LanguageChoice language, AdoptionSettings settings, Recipient recipient, string title, string subject, IEnumerable<string?> inApp, IEnumerable<string?> paragraphs, int? optOutEveryDays)
    {
        language = language ?? throw new ArgumentNullException(nameof(language));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        var texts = language.Language;
        var email = new List<string> { texts.Format(TextKey.Greeting, TextArg.Of("name", recipient.User.FirstName)) };
        email.AddRange(paragraphs.Where(paragraph => !string.IsNullOrWhiteSpace(paragraph)).Select(paragraph => paragraph!));
        if (optOutEveryDays is { } days)
        {
            email.Add(texts.Format(TextKey.OptOutLine, TextArg.Count("days", days)));
        }

        email.Add(texts.Format(TextKey.Signature));
        return new ComposedMessage(texts.Lcid, title, string.Join(" ", inApp.Where(sentence => !string.IsNullOrWhiteSpace(sentence))), subject, email, language.FallbackNote(TextCatalog.Get(settings.Messages.ReportLanguage)));
    }

    /// <summary>The recipient's own UI language when it has texts and is enabled, else the fallback with a note to log.</summary>
    public static LanguageChoice LanguageFor(Recipient recipient, AdoptionSettings settings)
    {
        recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        return TextCatalog.Choose(recipient.User.LanguageId, settings.Messages.EnabledLanguages, settings.Messages.FallbackLanguage);
    }
}
