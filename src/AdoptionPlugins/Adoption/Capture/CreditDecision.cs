using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>The credit rule's answer for one event: who gets the credit and why, or why nobody does.</summary>
public sealed class CreditDecision
{
    private CreditDecision(Guid? userId, CreditReason? reason, Guid? onBehalfOfId, NoCreditReason? noCreditReason)
    {
        UserId = userId;
        Reason = reason;
        OnBehalfOfId = onBehalfOfId;
        NoCreditReason = noCreditReason;
    }

    public bool IsCredited => UserId.HasValue;

    public Guid? UserId { get; }

    public CreditReason? Reason { get; }

    /// <summary>The row's owner when the credited person logged it for someone else.</summary>
    public Guid? OnBehalfOfId { get; }

    public NoCreditReason? NoCreditReason { get; }

    public static CreditDecision To(Guid userId, CreditReason reason, Guid? onBehalfOfId = null) =>
        new(userId, reason, onBehalfOfId == userId ? null : onBehalfOfId, null);

    public static CreditDecision Nobody(NoCreditReason reason) => new(null, null, null, reason);

    public override string ToString() => IsCredited
        ? $"credited to {UserId} ({Reason}{(OnBehalfOfId is { } owner ? $", on behalf of {owner}" : string.Empty)})"
        : $"not credited ({NoCreditReason})";
}
