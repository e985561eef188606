using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>A person a message may go to: name, language, email address, and whether they opted out or are on the VIP list.</summary>
public sealed class Recipient
{
    public Recipient(UserFacts user, bool isOptedOut, bool isVip)
    {
        User = user ?? throw new ArgumentNullException(nameof(user));
        IsOptedOut = isOptedOut;
        IsVip = isVip;
    }

    public UserFacts User { get; }

    public Guid UserId => User.UserId;

    public bool IsOptedOut { get; }

    public bool IsVip { get; }

    public static Recipient Of(EvaluationSubject subject)
    {
        subject = subject ?? throw new ArgumentNullException(nameof(subject));
        return new Recipient(subject.User, subject.Profile.IsOptedOut, subject.Profile.IsVip);
    }
}
