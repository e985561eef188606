using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>The full text of one message: the in-app notification's title and body, and the email's subject and paragraphs.</summary>
public sealed class ComposedMessage
{
    public ComposedMessage(int languageId, string title, string body, string subject, IEnumerable<string> emailParagraphs, string? languageNote)
    {
        LanguageId = languageId;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Body = body ?? throw new ArgumentNullException(nameof(body));
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        EmailParagraphs = (emailParagraphs ?? throw new ArgumentNullException(nameof(emailParagraphs))).ToArray();
        LanguageNote = languageNote;
    }

    /// <summary>The language the texts are in (LCID).</summary>
    public int LanguageId { get; }

    /// <summary>The in-app notification's title (SendAppNotification Title, dataverse-facts 6.1).</summary>
    public string Title { get; }

    /// <summary>The in-app notification's body: short, plain text.</summary>
    public string Body { get; }

    public string Subject { get; }

    /// <summary>The email in plain-text paragraphs, greeting first and signature last; the gateway encodes them as HTML.</summary>
    public IReadOnlyList<string> EmailParagraphs { get; }

    public string EmailText => string.Join("\n\n", EmailParagraphs);

    /// <summary>The logged note when the recipient's language had no texts and the fallback was used.</summary>
    public string? LanguageNote { get; }
}
