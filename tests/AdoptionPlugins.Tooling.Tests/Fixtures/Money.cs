using System;

namespace AdoptionPlugins.Tooling.Tests.Fixtures;

/// <summary>A readonly struct with operators, an implicit conversion and overrides.</summary>
public readonly struct Money : IEquatable<Money>
{
    public Money(decimal amount) => Amount = amount;

    public decimal Amount { get; }

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    public static bool operator ==(Money left, Money right) => left.Equals(right);

    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    public static implicit operator Money(decimal amount) => new(amount);

    public bool Equals(Money other) => Amount == other.Amount;

    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    public override int GetHashCode() => Amount.GetHashCode();
}
